import { readFileSync } from "node:fs";
import path from "node:path";
import { outcomesOfReference, publishedOutcomesReferenceSchema } from "@/features/benchmark/schema";

/** The published outcomes that come with the app, for the benchmark's tests. */
export const PUBLISHED = publishedOutcomesReferenceSchema.parse(
  JSON.parse(readFileSync(path.join(process.cwd(), "prisma/reference/la-published-outcomes.json"), "utf8")),
);
export const PUBLISHED_ROWS = outcomesOfReference(PUBLISHED);

/** Each council as a line of an administrator's file, in the order of outcomeFileHeadings (the Total column empty). */
export function publishedCsvRows(): string[][] {
  return PUBLISHED.rows.map((row) => [
    row.council,
    row.onsCode,
    row.region,
    row.type,
    row.overallRating,
    ...row.qs.map(String),
    "",
    row.publishedPercent === null ? "" : String(row.publishedPercent),
    row.publishedPercentSource ?? "",
    row.reportUrl,
  ]);
}
