import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getCurrentCycle, listCycles } from "@/features/cycles/data";
import { startCycleSchema } from "@/features/cycles/schema";
import { setTimelineDate, setVisitWeeks, startChecklist } from "@/features/timeline/mutations";
import { getTimelineFacts, listChecklist } from "@/features/timeline/data";
import { timelineDateSchema } from "@/features/timeline/schema";
import { setNotificationDate } from "@/features/information-return/mutations";
import { createMember, createWorkspace } from "../../../tests/factories";
import { getStatementAssessment, listRevisions, listStatementSummaries } from "./data";
import { addComment, createSnapshot, reviewStatement, saveStatement, startCycle } from "./mutations";
import { saveStatementSchema } from "./schema";

async function council() {
  const workspace = await createWorkspace();
  const lead = { userId: (await createMember(workspace.id, "readiness_lead")).userId };
  return { workspace, scope: workspace.scope, lead };
}

const save = (fields: Record<string, string>) => saveStatementSchema.parse({ statementKey: "safeguarding", ...fields });

const start = (fromCycleId: string, fields: Record<string, unknown> = {}) =>
  startCycleSchema.parse({
    fromCycleId,
    kind: "annual_self_assessment",
    name: "Annual self-assessment 2027",
    startedOn: "2027-04-01",
    ...fields,
  });

/** Safeguarding scored 3 and agreed, with a comment, a snapshot, a key date, a checklist and a notification date. */
async function firstCycleWithWork() {
  const setting = await council();
  const { scope, lead } = setting;
  await saveStatement(
    scope,
    lead,
    save({ expectedVersion: "0", howWeKnow: "Audit of 40 enquiries", score: "3", scoreRationale: "Good standard" }),
  );
  await reviewStatement(scope, lead, { statementKey: "safeguarding", step: "submit", expectedVersion: 1, reason: "" });
  await reviewStatement(scope, lead, { statementKey: "safeguarding", step: "agree", expectedVersion: 2, reason: "" });
  await addComment(scope, lead, { statementKey: "safeguarding", body: "Agreed at the board" });
  await createSnapshot(scope, lead, { name: "Before the visit", takenOn: "2025-05-01" });
  await setNotificationDate(scope, lead, "2025-03-10");
  await setTimelineDate(scope, lead, timelineDateSchema.parse({ key: "site_visit_start", date: "2025-09-15" }));
  await startChecklist(scope, lead);
  await setVisitWeeks(scope, lead, { visitWeeks: 20 });
  return setting;
}

describe("starting a new cycle", () => {
  it("carries the self-assessment forward as a draft and keeps the first cycle as it was", async () => {
    const { scope, lead } = await firstCycleWithWork();
    const first = await getCurrentCycle(scope);
    const firstChecklist = await listChecklist(scope);
    expect(firstChecklist.length).toBeGreaterThan(0);

    await startCycle(scope, lead, start(first.id));

    const current = await getCurrentCycle(scope);
    expect(current).toMatchObject({ name: "Annual self-assessment 2027", kind: "annual_self_assessment" });
    expect(current.previousCycleId).toBe(first.id);
    // The draft copy: same text and score, back to in progress, one revision saying where it came from.
    const carried = await getStatementAssessment(scope, "safeguarding");
    expect(carried).toMatchObject({ status: "in_progress", version: 1, comments: [] });
    expect(carried.content).toMatchObject({ howWeKnow: "Audit of 40 enquiries", score: 3 });
    expect((await listRevisions(scope, "safeguarding")).map((revision) => [revision.kind, revision.note])).toEqual([
      ["carried_forward", "Carried forward from First assessment"],
    ]);
    // Key dates, notification and checklist start afresh; the visit setting is carried forward.
    expect(await getTimelineFacts(scope)).toEqual({ notificationDate: null, visitWeeks: 20, entered: [] });
    expect(await listChecklist(scope)).toEqual([]);

    // The first cycle is untouched: agreed, its three revisions, its comment, snapshot, dates and checklist.
    const earlier = await db.statementAssessment.findFirstOrThrow({
      where: { cycleId: first.id, qualityStatement: { key: "safeguarding" } },
      select: { status: true, version: true, _count: { select: { revisions: true, comments: true } } },
    });
    expect(earlier).toEqual({ status: "agreed", version: 3, _count: { revisions: 3, comments: 1 } });
    expect(await db.timelineDate.count({ where: { cycleId: first.id } })).toBe(1);
    expect(await db.readinessChecklistItem.count({ where: { cycleId: first.id } })).toBe(firstChecklist.length);
    expect(await db.selfAssessmentSnapshot.count({ where: { cycleId: first.id } })).toBe(1);
    const cycles = await listCycles(scope);
    expect(cycles.map((cycle) => [cycle.name, cycle.notificationDate?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["Annual self-assessment 2027", null],
      ["First assessment", "2025-03-10"],
    ]);
  });

  it("changes only the new cycle when a score changes, so the two cycles can be compared", async () => {
    const { scope, lead } = await firstCycleWithWork();
    const first = await getCurrentCycle(scope);
    await startCycle(scope, lead, start(first.id));
    await saveStatement(
      scope,
      lead,
      save({ expectedVersion: "1", howWeKnow: "Re-audit", score: "4", scoreRationale: "Exceptional" }),
    );
    const scoreOf = (summaries: Awaited<ReturnType<typeof listStatementSummaries>>) =>
      summaries.themes.flatMap((theme) => theme.statements).find((statement) => statement.key === "safeguarding")!
        .score;
    expect(scoreOf(await listStatementSummaries(scope))).toBe(4);
    expect(scoreOf(await listStatementSummaries(scope, first.id))).toBe(3);
  });

  it("refuses a start made from a cycle that is no longer current, and writes nothing", async () => {
    const { scope, lead } = await council();
    const first = await getCurrentCycle(scope);
    await startCycle(scope, lead, start(first.id));
    await expect(startCycle(scope, lead, start(first.id, { name: "Another" }))).rejects.toMatchObject({
      code: "stale",
    });
    expect((await listCycles(scope)).map((cycle) => cycle.name)).toEqual([
      "Annual self-assessment 2027",
      "First assessment",
    ]);
  });

  it("refuses a name the council has used already, and writes nothing", async () => {
    const { scope, lead } = await council();
    const first = await getCurrentCycle(scope);
    await expect(startCycle(scope, lead, start(first.id, { name: "First assessment" }))).rejects.toMatchObject({
      code: "conflict",
      fieldErrors: { name: "There is already a cycle with this name. Choose another name." },
    });
    expect(await listCycles(scope)).toHaveLength(1);
  });

  it("keeps each council's cycles to itself", async () => {
    const ours = await council();
    const theirs = await council();
    await saveStatement(
      theirs.scope,
      theirs.lead,
      save({ expectedVersion: "0", howWeKnow: "Their audit", score: "2", scoreRationale: "Their reasons" }),
    );
    const theirCycle = await getCurrentCycle(theirs.scope);
    await expect(startCycle(ours.scope, ours.lead, start(theirCycle.id))).rejects.toMatchObject({ code: "stale" });
    // Named by id, their cycle still shows none of their scores to us.
    const seen = (await listStatementSummaries(ours.scope, theirCycle.id)).themes.flatMap((theme) => theme.statements);
    expect(seen.find((statement) => statement.key === "safeguarding")).toMatchObject({ score: null, version: 0 });
    expect(await listCycles(theirs.scope)).toHaveLength(1);
    expect(await listCycles(ours.scope)).toHaveLength(1);
  });
});

describe("a thematic review", () => {
  it("needs its statements and a lens, and keeps them", async () => {
    const { scope, lead } = await council();
    const first = await getCurrentCycle(scope);
    const missing = startCycleSchema.safeParse({
      fromCycleId: first.id,
      kind: "thematic_review",
      name: "Unpaid carers review",
      startedOn: "2027-01-10",
    });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["statementKeys", "Choose the statements this review covers"],
      ["lens", "Enter the review's lens, for example unpaid carers"],
    ]);
    await startCycle(
      scope,
      lead,
      start(first.id, {
        kind: "thematic_review",
        name: "Unpaid carers review",
        statementKeys: ["assessing-needs", "supporting-healthier-lives"],
        lens: "unpaid carers",
      }),
    );
    expect(await getCurrentCycle(scope)).toMatchObject({
      kind: "thematic_review",
      statementKeys: ["assessing-needs", "supporting-healthier-lives"],
      lens: "unpaid carers",
    });
  });

  it("refuses a statement that is not in the framework, and starts nothing", async () => {
    const { scope, lead } = await council();
    const first = await getCurrentCycle(scope);
    const review = start(first.id, { kind: "thematic_review", statementKeys: ["no-such-statement"], lens: "carers" });
    await expect(startCycle(scope, lead, review)).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { statementKeys: expect.stringContaining("not in the framework") },
    });
    expect(await listCycles(scope)).toHaveLength(1);
  });

  it("drops statements and a lens given for any other kind of cycle", () => {
    const parsed = start("01950000-0000-7000-8000-000000000000", { statementKeys: ["assessing-needs"], lens: "x" });
    expect(parsed).toMatchObject({ statementKeys: [], lens: "" });
  });
});
