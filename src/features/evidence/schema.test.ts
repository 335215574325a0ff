import { describe, expect, it } from "vitest";
import { addDays, isoDay, ukToday } from "@/lib/calendar";
import { evidenceItemSchema } from "./schema";

const form = (fields: Record<string, unknown>) => ({
  title: "Section 42 audit 2026",
  kind: "document",
  statementKeys: ["safeguarding"],
  categories: ["processes"],
  ...fields,
});

const issuesOf = (fields: Record<string, unknown>) => {
  const result = evidenceItemSchema.safeParse(form(fields));
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

const today = ukToday(new Date());

describe("the evidence form's dates", () => {
  it("refuses evidence dated in the future, saying what to enter", () => {
    expect(issuesOf({ evidenceDate: isoDay(addDays(today, 1)) })).toEqual([
      ["evidenceDate", "The date the evidence is from cannot be in the future: enter today's date or earlier"],
    ]);
    expect(issuesOf({ evidenceDate: isoDay(today) })).toEqual([]);
  });

  it("refuses a review-by date before the evidence's own date, and accepts the same day", () => {
    expect(issuesOf({ evidenceDate: "2026-03-14", reviewBy: "2026-03-13" })).toEqual([
      ["reviewBy", "The review-by date must be on or after the date the evidence is from"],
    ]);
    expect(issuesOf({ evidenceDate: "2026-03-14", reviewBy: "2026-03-14" })).toEqual([]);
    // A review-by date in the past is allowed: the item then shows as out of date.
    expect(issuesOf({ evidenceDate: "2020-01-01", reviewBy: "2020-06-30" })).toEqual([]);
  });

  it("gives a date that is not a real day its own message only", () => {
    expect(issuesOf({ evidenceDate: "2026/13/01", reviewBy: "2026-01-01" })).toEqual([
      ["evidenceDate", "Enter the date the evidence is from as a real date, for example 2026-11-24"],
    ]);
  });
});
