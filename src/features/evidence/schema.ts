import { z } from "zod";
import { tagFilterSchema, tagsSchema } from "@/lib/tags";
import { isRealIsoDay, isoDay, ukToday } from "@/lib/calendar";
import { EVIDENCE_KINDS, EVIDENCE_STATUSES, SORTS, mapImportRow, norm, type ImportLookups } from "./domain";

const optionalDate = (label: string) =>
  z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.iso.date({ error: `Enter ${label} as a real date, for example 2026-11-24` }).nullable(),
  );

const list = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

/** The evidence item form, shared by the browser and the server. */
export const evidenceItemSchema = z
  .object({
    title: z
      .string({ error: "Enter a title for the evidence" })
      .trim()
      .min(1, "Enter a title for the evidence")
      .max(200, "Titles must be 200 characters or fewer"),
    description: z.string().trim().max(10_000, "Descriptions must be 10,000 characters or fewer").default(""),
    kind: z.enum(EVIDENCE_KINDS, { error: "Select what kind of evidence this is" }),
    url: z.preprocess(
      (value) => (value === "" || value === undefined ? null : value),
      z
        .url({ protocol: /^https?$/, error: "Enter a web address starting with https:// or http://" })
        .max(2000)
        .nullable(),
    ),
    ownerId: z.preprocess(
      (value) => (value === "" || value === undefined ? null : value),
      z.uuid("Choose an owner from the list").nullable(),
    ),
    sourceTeam: z.string().trim().max(200, "Team names must be 200 characters or fewer").default(""),
    evidenceDate: optionalDate("the date the evidence is from"),
    reviewBy: optionalDate("the review-by date"),
    containsPersonalData: z.preprocess((value) => value === "yes" || value === "on" || value === true, z.boolean()),
    status: z.enum(EVIDENCE_STATUSES, { error: "Select a status" }).default("draft"),
    statementKeys: z.preprocess(
      list,
      z.array(z.string().min(1)).min(1, "Select at least one quality statement this evidence supports"),
    ),
    categories: z.preprocess(list, z.array(z.string().min(1)).min(1, "Select at least one evidence category")),
    iStatementKeys: z.preprocess(list, z.array(z.string().min(1).max(20)).max(50)),
    returnItemIds: z.preprocess(list, z.array(z.uuid("Select information return items from the list")).max(200)),
    tags: tagsSchema,
  })
  .refine((value) => value.kind !== "link" || value.url, {
    path: ["url"],
    message: "Enter the web address for a link",
  })
  .superRefine((value, ctx) => {
    // Evidence is of something that has happened; it is reviewed after the day it is from.
    const { evidenceDate, reviewBy } = value;
    if (isRealIsoDay(evidenceDate) && evidenceDate > isoDay(ukToday(new Date())))
      ctx.addIssue({
        code: "custom",
        path: ["evidenceDate"],
        message: "The date the evidence is from cannot be in the future: enter today's date or earlier",
      });
    if (isRealIsoDay(evidenceDate) && isRealIsoDay(reviewBy) && reviewBy < evidenceDate)
      ctx.addIssue({
        code: "custom",
        path: ["reviewBy"],
        message: "The review-by date must be on or after the date the evidence is from",
      });
  });
export type EvidenceItemInput = z.infer<typeof evidenceItemSchema>;

export const updateEvidenceItemSchema = z.intersection(
  evidenceItemSchema,
  z.object({ id: z.uuid("Choose an evidence item"), expectedVersion: z.coerce.number().int().min(1) }),
);

/** Filters and sorting of the evidence list, from the page's query string. */
export const evidenceQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional().catch(undefined),
    statement: z.string().max(100).optional().catch(undefined),
    category: z.string().max(100).optional().catch(undefined),
    tag: tagFilterSchema,
    status: z.enum(EVIDENCE_STATUSES).optional().catch(undefined),
    mine: z.literal("1").optional().catch(undefined),
    sensitive: z.enum(["yes", "no"]).optional().catch(undefined),
    sort: z.enum(SORTS).optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  })
  // A search lists the best matches first (title, then description, then the file's text) unless
  // another order is chosen; without words to match, "best match" means recently changed.
  .transform((query) => ({
    ...query,
    sort: query.sort === "relevance" && !query.q ? "updated" : (query.sort ?? (query.q ? "relevance" : "updated")),
  }));
export type EvidenceQuery = z.infer<typeof evidenceQuerySchema>;

export type CheckedRow = { line: number; title: string; input: EvidenceItemInput | null; errors: string[] };

/** Checks every row as the evidence form would; `line` is the row's line in the file (headings are line 1). */
export function checkImportRows(rows: Record<string, string>[], lookups: ImportLookups): CheckedRow[] {
  return rows.map((row, index) => {
    const line = index + 2;
    const mapped = mapImportRow(row, lookups);
    const title = Object.entries(row).find(([name]) => norm(name) === "title")?.[1] ?? "";
    if ("errors" in mapped) return { line, title, input: null, errors: mapped.errors };
    const parsed = evidenceItemSchema.safeParse(mapped.fields);
    if (!parsed.success) return { line, title, input: null, errors: parsed.error.issues.map((issue) => issue.message) };
    return { line, title, input: parsed.data, errors: [] };
  });
}

export const confirmImportSchema = z.object({
  importId: z.uuid("This import was not found. Upload the file again."),
  dropInvalid: z.preprocess((value) => value === "yes", z.boolean()),
});

/** "Try again" on a file that could not be read for search. */
export const readFileAgainSchema = z.object({ fileId: z.uuid("This file was not found. Reload the page.") });

/** Accepting or dismissing one suggested statement or category for an item. */
export const suggestionSchema = z.object({
  itemId: z.uuid("This evidence item was not found. Reload the page and try again."),
  kind: z.enum(["statement", "category"], { error: "Choose a suggestion from the list" }),
  key: z.string().regex(/^[a-z0-9-]{1,100}$/, "Choose a suggestion from the list"),
});
export type SuggestionInput = z.output<typeof suggestionSchema>;
