import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { systemScope } from "@/lib/authz/scope";
import { listSnapshots, listStatementSummaries } from "@/features/self-assessment/data";
import { signInWithPassword } from "@/features/auth/mutations";
import { countCoverage } from "@/features/evidence/data";
import { seedDemo } from "./demo";

describe("the demo council", () => {
  it("has one user per role who can sign in, and a partly finished self-assessment with two snapshots", async () => {
    const credentials = await seedDemo();
    expect(credentials.map((person) => person.role)).toEqual([
      "administrator",
      "readiness_lead",
      "contributor",
      "director",
      "team_manager",
      "viewer",
    ]);
    const director = credentials.find((person) => person.role === "director")!;
    await expect(
      signInWithPassword(
        { email: director.email, password: director.password },
        { maxHours: 1, ipAddress: "127.0.0.1" },
      ),
    ).resolves.toHaveProperty("sessionId");

    const workspace = await db.workspace.findFirstOrThrow({ select: { id: true } });
    const statements = (await listStatementSummaries(systemScope(workspace.id))).themes.flatMap(
      (theme) => theme.statements,
    );
    expect(statements.filter((statement) => statement.status === "agreed")).toHaveLength(6);
    expect(statements.filter((statement) => statement.status === "not_started")).toHaveLength(1);
    const evidence = await db.evidenceItem.count({ where: { workspaceId: workspace.id } });
    expect(evidence).toBeGreaterThanOrEqual(120);
    expect(evidence).toBeLessThanOrEqual(180);
    const coverage = await countCoverage(systemScope(workspace.id), { userId: director.email, maySeeSensitive: true });
    expect(coverage.get("safeguarding|peoples-experience")).toBeUndefined();
    expect(coverage.get("safeguarding|processes")).toBeGreaterThan(0);
    const returnItems = await db.informationReturnItem.groupBy({
      by: ["status"],
      _count: true,
      orderBy: { status: "asc" },
    });
    expect(Object.fromEntries(returnItems.map((row) => [row.status, row._count]))).toEqual({
      not_started: 7,
      in_progress: 6,
      ready: 5,
      submitted: 6,
    });
    expect(await db.informationReturnEvidence.count()).toBeGreaterThan(10);
    const requests = await db.evidenceRequest.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } });
    expect(Object.fromEntries(requests.map((row) => [row.status, row._count]))).toEqual({ open: 3, declined: 1 });
    const cases = await db.trackedCase.groupBy({ by: ["stage"], _count: true, orderBy: { stage: "asc" } });
    expect(Object.fromEntries(cases.map((row) => [row.stage, row._count]))).toEqual({
      none: 70,
      long_list: 40,
      selected: 4,
      engaged: 6,
    });
    expect(await db.caseAudit.count()).toBe(10);
    expect(await db.reflectiveLog.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } })).toEqual([
      { status: "draft", _count: 1 },
      { status: "submitted", _count: 1 },
      { status: "signed_off", _count: 2 },
    ]);
    expect(await db.interviewQuestion.count({ where: { workspaceId: workspace.id } })).toBe(105);
    const sessions = await db.prepSession.findMany({
      orderBy: { startsAt: "asc" },
      select: {
        team: true,
        recordedAt: true,
        attendees: true,
        pulseAnswers: { select: { moment: true, scores: true } },
      },
    });
    const held = sessions.filter((session) => session.recordedAt);
    expect(held).toHaveLength(8);
    expect(new Set(held.map((session) => session.team)).size).toBe(4);
    // Confidence rises: every session's "after" is above its "before", and the last is above the first.
    const mean = (answers: { scores: unknown }[]) => {
      const values = answers.flatMap((answer) => Object.values(answer.scores as Record<string, number>));
      return values.reduce((sum, value) => sum + value, 0) / values.length;
    };
    for (const session of held) {
      expect(session.pulseAnswers.length).toBeGreaterThanOrEqual(10);
      expect(mean(session.pulseAnswers.filter((answer) => answer.moment === "after"))).toBeGreaterThan(
        mean(session.pulseAnswers.filter((answer) => answer.moment === "before")),
      );
    }
    expect(mean(held.at(-1)!.pulseAnswers)).toBeGreaterThan(mean(held[0]!.pulseAnswers) + 1);
    expect(await db.goodPracticeEntry.count({ where: { evidenceItemId: { not: null } } })).toBe(1);
    // The plan: an action for each of seven areas for improvement, two of them overdue; a visit schedule.
    const actions = await db.improvementAction.findMany({
      select: { improvementId: true, dueDate: true, status: true },
    });
    expect(actions).toHaveLength(7);
    expect(actions.every((action) => action.improvementId)).toBe(true);
    expect(
      actions.filter((action) => action.dueDate < new Date("2026-11-25T00:00:00Z") && action.status !== "done"),
    ).toHaveLength(2);
    expect(await db.readinessChecklistItem.count()).toBeGreaterThan(10);
    expect(await db.visitSession.count()).toBe(8);
    const snapshots = await listSnapshots(systemScope(workspace.id));
    expect(snapshots.map((snapshot) => snapshot.name)).toEqual(["Before notification", "Baseline"]);
  });

  it("can be loaded again: new passwords, nothing doubled", async () => {
    const first = await seedDemo();
    const evidence = await db.evidenceItem.count();
    const second = await seedDemo();
    expect(second[0]!.password).not.toBe(first[0]!.password);
    expect(await db.workspace.count()).toBe(1);
    expect(await db.user.count()).toBe(6);
    expect(await db.selfAssessmentSnapshot.count()).toBe(2);
    expect(await db.evidenceItem.count()).toBe(evidence);
    expect(await db.evidenceRequest.count()).toBe(4);
    expect(await db.trackedCase.count()).toBe(120);
    expect(await db.prepSession.count()).toBe(9);
    expect(await db.interviewQuestion.count()).toBe(105);
    expect(await db.improvementAction.count()).toBe(7);
    expect(await db.visitSession.count()).toBe(8);
  });
});
