"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { listFrameworkStatements } from "./data";
import { joinFindings, parseCqcReport } from "./domain";
import { recordCqcResult } from "./mutations";
import { cqcResultSchema, reportTextSchema } from "./schema";

/**
 * Reads pasted report text into the form's fields, for checking: nothing is saved. The fields
 * come back as `data`, so the form is filled whether or not JavaScript has run.
 */
export const readCqcReportAction = createAction({
  name: "readCqcReportAction",
  permission: "cqc-result:record",
  schema: reportTextSchema,
  async handler(input, { scope }) {
    const statements = await listFrameworkStatements(scope);
    const parsed = parseCqcReport(input.reportText, statements);
    const data: Record<string, string> = {
      publishedOn: parsed.publishedOn ?? "",
      rating: parsed.rating ?? "",
      percent: parsed.percent === null ? "" : String(parsed.percent),
      reportUrl: parsed.reportUrl ?? "",
      problems: parsed.problems.join("\n"),
    };
    for (const statement of statements) {
      data[`score-${statement.key}`] = parsed.scores[statement.key] ? String(parsed.scores[statement.key]) : "";
      data[`findings-${statement.key}`] = joinFindings(parsed.findings[statement.key] ?? []);
    }
    const found = Object.keys(parsed.scores).length;
    return {
      status: "ok",
      message: `Read from the text: ${found} of ${statements.length} scores. Check every field against the report, then save. Nothing is saved yet.`,
      data,
    };
  },
});

export const recordCqcResultAction = createAction({
  name: "recordCqcResultAction",
  permission: "cqc-result:record",
  schema: cqcResultSchema,
  async handler(input, { scope, actor }) {
    await recordCqcResult(scope, actor, input);
    revalidatePath("/cqc-result");
    redirect("/cqc-result?saved=recorded");
  },
});
