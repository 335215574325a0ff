import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { createMember, createWorkspace } from "../../../tests/factories";
import { getCqcResult, listFrameworkStatements } from "./data";
import { joinFindings, parseCqcReport } from "./domain";
import { recordCqcResult } from "./mutations";
import { cqcResultSchema } from "./schema";

const report = readFileSync(path.join(__dirname, "fixtures", "report-pages.txt"), "utf8");

async function setting() {
  const workspace = await createWorkspace();
  const lead = await createMember(workspace.id, "readiness_lead");
  const statements = await listFrameworkStatements(workspace.scope);
  const parsed = parseCqcReport(report, statements);
  const form: Record<string, string> = {
    publishedOn: parsed.publishedOn!,
    rating: parsed.rating!,
    percent: String(parsed.percent),
    reportUrl: parsed.reportUrl!,
    expectedVersion: "0",
  };
  for (const statement of statements) {
    form[`score-${statement.key}`] = String(parsed.scores[statement.key]);
    form[`findings-${statement.key}`] = joinFindings(parsed.findings[statement.key] ?? []);
  }
  return { workspace, scope: workspace.scope, lead: { userId: lead.userId }, form };
}

async function rowsOf(workspaceId: string) {
  const results = await db.cqcResult.findMany({ where: { workspaceId }, select: { id: true } });
  const ids = results.map((result) => result.id);
  return {
    results: results.length,
    statements: await db.cqcResultStatement.count({ where: { resultId: { in: ids } } }),
    findings: await db.cqcFinding.count({ where: { resultId: { in: ids } } }),
    events: await db.auditEvent.count({ where: { workspaceId, action: { startsWith: "cqc_result." } } }),
  };
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { message: error.message, fieldErrors: error.fieldErrors ?? {} };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("recording the council's CQC result", () => {
  it("saves the pasted report's figures, nine scores and findings, with one audit event", async () => {
    const { scope, lead, form, workspace } = await setting();
    await recordCqcResult(scope, lead, cqcResultSchema.parse(form));
    const result = await getCqcResult(scope);
    expect(result).toMatchObject({ rating: "Requires improvement", percent: 59, version: 1 });
    expect(result!.publishedOn.toISOString().slice(0, 10)).toBe("2025-10-24");
    expect(Object.keys(result!.scores)).toHaveLength(9);
    expect(result!.scores.safeguarding).toBe(1);
    expect(result!.findings["assessing-needs"]!.map((finding) => finding.text)).toHaveLength(3);
    expect(await rowsOf(workspace.id)).toEqual({ results: 1, statements: 9, findings: 12, events: 1 });
  });

  it("keeps a finding's id when the result is corrected and its text is unchanged", async () => {
    const { scope, lead, form, workspace } = await setting();
    await recordCqcResult(scope, lead, cqcResultSchema.parse(form));
    const before = (await getCqcResult(scope))!.findings.safeguarding!;
    await recordCqcResult(
      scope,
      lead,
      cqcResultSchema.parse({
        ...form,
        expectedVersion: "1",
        "findings-safeguarding": `${before[1]!.text}\n\nA new finding.`,
      }),
    );
    const after = (await getCqcResult(scope))!;
    expect(after.version).toBe(2);
    expect(after.findings.safeguarding!.map((finding) => finding.text)).toEqual([before[1]!.text, "A new finding."]);
    expect(after.findings.safeguarding![0]!.id).toBe(before[1]!.id);
    expect((await rowsOf(workspace.id)).events).toBe(2);
  });

  it("refuses a rating outside the percentage's band, a missing score or a wrong percentage, saving nothing", async () => {
    const { scope, lead, form, workspace } = await setting();
    const wrongBand = await refusal(recordCqcResult(scope, lead, cqcResultSchema.parse({ ...form, rating: "Good" })));
    expect(wrongBand.fieldErrors.rating).toBe(
      "59% is in the Requires improvement band (39% to 62%), not Good. Check the rating and the percentage against the report.",
    );
    const eight = { ...form };
    delete eight["score-safeguarding"];
    const missing = await refusal(recordCqcResult(scope, lead, cqcResultSchema.parse(eight)));
    expect(missing.fieldErrors).toEqual({ "score-safeguarding": "Select CQC's score for Safeguarding, from 1 to 4" });
    const wrongPercent = await refusal(recordCqcResult(scope, lead, cqcResultSchema.parse({ ...form, percent: "60" })));
    expect(wrongPercent.fieldErrors.percent).toMatch(/publishes as 59%, not 60%/);
    const unknown = await refusal(
      recordCqcResult(scope, lead, cqcResultSchema.parse({ ...form, "findings-not-a-statement": "Text." })),
    );
    expect(unknown.message).toMatch(/not in the framework/);
    expect(await rowsOf(workspace.id)).toEqual({ results: 0, statements: 0, findings: 0, events: 0 });
  });

  it("refuses a save made from an older version, leaving the result as it was", async () => {
    const { scope, lead, form, workspace } = await setting();
    await recordCqcResult(scope, lead, cqcResultSchema.parse(form));
    const stale = await refusal(
      recordCqcResult(scope, lead, cqcResultSchema.parse({ ...form, "score-safeguarding": "2", percent: "62" })),
    );
    expect(stale.message).toMatch(/Someone else recorded/);
    expect((await getCqcResult(scope))!.scores.safeguarding).toBe(1);
    expect(await rowsOf(workspace.id)).toMatchObject({ results: 1, events: 1 });
  });

  it("keeps each council's result to itself", async () => {
    const first = await setting();
    const second = await setting();
    await recordCqcResult(first.scope, first.lead, cqcResultSchema.parse(first.form));
    expect(await getCqcResult(second.scope)).toBeNull();
  });
});

describe("the result form", () => {
  it("says what to do for each bad field", () => {
    const parsed = cqcResultSchema.safeParse({
      publishedOn: "24/10/2025",
      rating: "Very good",
      percent: "59.5",
      reportUrl: "javascript:alert(1)",
    });
    expect(parsed.success).toBe(false);
    const messages = Object.fromEntries(parsed.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toEqual({
      publishedOn: "Enter the date the report was published, for example 24 10 2025",
      rating: "Select the overall rating CQC gave",
      percent: "Enter the overall percentage as a whole number, for example 59",
      reportUrl: "Enter the report's address starting https://",
    });
  });

  it("refuses a score that is not 1 to 4", () => {
    const parsed = cqcResultSchema.safeParse({
      publishedOn: "2025-10-24",
      rating: "Good",
      percent: "70",
      reportUrl: "https://www.cqc.org.uk/x",
      "score-safeguarding": "5",
    });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["score-safeguarding", "Select a score from 1 to 4"],
    ]);
  });
});
