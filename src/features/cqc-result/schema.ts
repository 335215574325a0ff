import { z } from "zod";
import type { Score } from "@/features/rating/domain";
import { RATINGS, splitFindings } from "./domain";

const STATEMENT_KEY = /^[a-z0-9-]{1,100}$/;
const MAX_FINDINGS = 30;

/**
 * The result form: the four headline fields, then for each quality statement `score-<key>` (1–4)
 * and `findings-<key>` (one finding per paragraph). Which statements must be there is the
 * framework's to say: the mutation checks the nine against the workspace's framework version.
 */
export const cqcResultSchema = z
  .looseObject({
    publishedOn: z.iso.date({ error: "Enter the date the report was published, for example 24 10 2025" }),
    rating: z.enum(RATINGS, { error: "Select the overall rating CQC gave" }),
    percent: z.coerce
      .number({ error: "Enter the overall percentage as a whole number, for example 59" })
      .int("Enter the overall percentage as a whole number, for example 59")
      .min(0, "Enter the overall percentage as a whole number from 0 to 100")
      .max(100, "Enter the overall percentage as a whole number from 0 to 100"),
    reportUrl: z
      .string({ error: "Enter the report's address" })
      .trim()
      .min(1, "Enter the report's address, for example https://www.cqc.org.uk/…")
      .max(500, "Keep the report's address to 500 characters or fewer")
      .pipe(z.url({ protocol: /^https?$/, error: "Enter the report's address starting https://" })),
    expectedVersion: z.coerce.number({ error: "Reload the page and try again" }).int().min(0).default(0),
  })
  .transform((form, ctx) => {
    const scores: Record<string, Score> = {};
    const findings: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(form)) {
      const score = /^score-(.+)$/.exec(name);
      const found = /^findings-(.+)$/.exec(name);
      const key = (score ?? found)?.[1];
      if (!key) continue;
      if (!STATEMENT_KEY.test(key) || typeof value !== "string") {
        ctx.addIssue({ code: "custom", message: "Reload the page and try again" });
        continue;
      }
      if (score) {
        if (value === "") continue;
        if (!/^[1-4]$/.test(value))
          ctx.addIssue({ code: "custom", path: [name], message: "Select a score from 1 to 4" });
        else scores[key] = Number(value) as Score;
      } else {
        if (value.length > 20000)
          ctx.addIssue({ code: "custom", path: [name], message: "Keep the findings to 20,000 characters or fewer" });
        const paragraphs = splitFindings(value);
        if (paragraphs.length > MAX_FINDINGS)
          ctx.addIssue({
            code: "custom",
            path: [name],
            message: `Enter up to ${MAX_FINDINGS} findings, one per paragraph`,
          });
        if (paragraphs.some((paragraph) => paragraph.length > 3000))
          ctx.addIssue({
            code: "custom",
            path: [name],
            message: "Keep each finding to 3,000 characters or fewer: leave a blank line between findings",
          });
        if (paragraphs.length) findings[key] = paragraphs;
      }
    }
    return {
      publishedOn: form.publishedOn,
      rating: form.rating,
      percent: form.percent,
      reportUrl: form.reportUrl,
      expectedVersion: form.expectedVersion,
      scores,
      findings,
    };
  });
export type CqcResultInput = z.output<typeof cqcResultSchema>;

/** The report's text pasted in, to fill the form for checking. */
export const reportTextSchema = z.object({
  reportText: z
    .string({ error: "Paste the text of the report's pages" })
    .trim()
    .min(1, "Paste the text of the report's pages")
    .max(500_000, "That is more text than a report holds: paste the report's pages only"),
});
