import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMember, createWorkspace } from "../../../tests/factories";
import { getSession, listSessions } from "./data";
import {
  addFollowUp,
  addQuestions,
  createSession,
  deleteSession,
  drawQuestions,
  moveQuestion,
  recordSession,
  removeQuestion,
  setFollowUpDone,
  updateSession,
} from "./mutations";
import { type SessionViewer } from "./policy";
import { recordSessionSchema, sessionSchema } from "./schema";

async function setting() {
  const workspace = await createWorkspace();
  const lead = await createMember(workspace.id, "readiness_lead");
  const manager = await createMember(workspace.id, "team_manager");
  const otherManager = await createMember(workspace.id, "team_manager");
  const viewers = {
    lead: { userId: lead.userId, seesAll: true } satisfies SessionViewer,
    manager: { userId: manager.userId, seesAll: false } satisfies SessionViewer,
    otherManager: { userId: otherManager.userId, seesAll: false } satisfies SessionViewer,
  };
  const statements = ["safeguarding", "safe-systems", "assessing-needs"];
  await db.interviewQuestion.createMany({
    data: statements.flatMap((statementKey) =>
      Array.from({ length: 4 }, (_, index) => ({
        workspaceId: workspace.id,
        text: `${statementKey} question ${index + 1}`,
        statementKeys: [statementKey],
        audienceKeys: [index % 2 === 0 ? "frontline-social-workers" : "senior-leaders"],
        prompts: ["a recent example"],
        followUps: [],
      })),
    ),
  });
  const questions = await db.interviewQuestion.findMany({
    where: { workspaceId: workspace.id },
    orderBy: { text: "asc" },
    select: { id: true, text: true, statementKeys: true },
  });
  return { workspace, scope: workspace.scope, viewers, questions };
}

const plan = (fields: Record<string, string> = {}) =>
  sessionSchema.parse({
    title: "Safeguarding mock interview",
    team: "North locality team",
    format: "mock_interview",
    audienceKey: "frontline-social-workers",
    day: "2026-07-02",
    time: "09:30",
    durationMinutes: "60",
    ...fields,
  });

describe("preparation sessions", () => {
  it("plans a session at the London time given, run by the team manager who planned it", async () => {
    const { scope, viewers } = await setting();
    const { id } = await createSession(
      scope,
      viewers.manager,
      viewers.manager,
      plan({ facilitatorId: viewers.lead.userId }),
    );
    const session = await getSession(scope, viewers.manager, id);
    expect(session?.startsAt.toISOString()).toBe("2026-07-02T08:30:00.000Z");
    // A team manager cannot hand a session to someone else.
    expect(session?.facilitatorId).toBe(viewers.manager.userId);
  });

  it("shows a team manager only their own sessions; the readiness lead sees every one", async () => {
    const { scope, viewers } = await setting();
    const mine = await createSession(scope, viewers.manager, viewers.manager, plan());
    const theirs = await createSession(
      scope,
      viewers.otherManager,
      viewers.otherManager,
      plan({ team: "South locality team" }),
    );
    expect((await listSessions(scope, viewers.manager)).map((session) => session.id)).toEqual([mine.id]);
    expect(await getSession(scope, viewers.manager, theirs.id)).toBeNull();
    expect((await listSessions(scope, viewers.lead)).length).toBe(2);
    // Writes follow the same rule: another manager's session is "not found", and nothing changes.
    await expect(
      recordSession(
        scope,
        viewers.manager,
        viewers.manager,
        recordSessionSchema.parse({ sessionId: theirs.id, expectedVersion: "1", attendees: "Asha" }),
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await getSession(scope, viewers.lead, theirs.id))?.attendees).toEqual([]);
  });

  it("lets the readiness lead plan a session for a team manager, but not for a viewer", async () => {
    const { workspace, scope, viewers } = await setting();
    const { id } = await createSession(
      scope,
      viewers.lead,
      viewers.lead,
      plan({ facilitatorId: viewers.manager.userId }),
    );
    expect((await listSessions(scope, viewers.manager)).map((session) => session.id)).toEqual([id]);
    const viewer = await createMember(workspace.id, "viewer");
    await expect(
      createSession(scope, viewers.lead, viewers.lead, plan({ facilitatorId: viewer.userId })),
    ).rejects.toMatchObject({ fieldErrors: { facilitatorId: expect.any(String) } });
  });

  it("adds chosen questions in order, moves and removes them, and refuses retired or another council's questions", async () => {
    const { scope, viewers, questions } = await setting();
    const { id } = await createSession(scope, viewers.manager, viewers.manager, plan());
    const [a, b, c] = questions;
    await addQuestions(scope, viewers.manager, viewers.manager, { sessionId: id, questionIds: [a!.id, b!.id] });
    await addQuestions(scope, viewers.manager, viewers.manager, { sessionId: id, questionIds: [b!.id, c!.id] });
    expect((await getSession(scope, viewers.manager, id))!.questions.map((question) => question.id)).toEqual([
      a!.id,
      b!.id,
      c!.id,
    ]);
    await moveQuestion(scope, viewers.manager, viewers.manager, { sessionId: id, questionId: c!.id, direction: "up" });
    await removeQuestion(scope, viewers.manager, viewers.manager, { sessionId: id, questionId: a!.id });
    expect((await getSession(scope, viewers.manager, id))!.questions.map((question) => question.id)).toEqual([
      c!.id,
      b!.id,
    ]);

    await db.interviewQuestion.update({ where: { id: questions[3]!.id }, data: { retiredAt: new Date() } });
    const elsewhere = await setting();
    for (const questionId of [questions[3]!.id, elsewhere.questions[0]!.id]) {
      await expect(
        addQuestions(scope, viewers.manager, viewers.manager, {
          sessionId: id,
          questionIds: [questions[4]!.id, questionId],
        }),
      ).rejects.toMatchObject({ code: "invalid" });
    }
    expect((await getSession(scope, viewers.manager, id))!.questions).toHaveLength(2);
  });

  it("draws a balanced set for the audience, never repeating a question already chosen", async () => {
    const { scope, viewers, questions } = await setting();
    const { id } = await createSession(scope, viewers.manager, viewers.manager, plan());
    const safeguardingFirst = questions.find((question) => question.text === "safeguarding question 1")!;
    await addQuestions(scope, viewers.manager, viewers.manager, { sessionId: id, questionIds: [safeguardingFirst.id] });
    const { added } = await drawQuestions(scope, viewers.manager, viewers.manager, {
      sessionId: id,
      statementKeys: ["safeguarding", "safe-systems"],
      audienceKey: "frontline-social-workers",
      count: 10,
    });
    // Two frontline questions per statement; one safeguarding question was already in the session.
    expect(added).toBe(3);
    const chosen = (await getSession(scope, viewers.manager, id))!.questions;
    expect(new Set(chosen.map((question) => question.id)).size).toBe(4);
    expect(chosen.every((question) => question.audienceKeys.includes("frontline-social-workers"))).toBe(true);
    await expect(
      drawQuestions(scope, viewers.manager, viewers.manager, {
        sessionId: id,
        statementKeys: ["safeguarding"],
        audienceKey: "frontline-social-workers",
        count: 2,
      }),
    ).rejects.toMatchObject({ code: "invalid" });
  });

  it("records attendance, notes and themes, refusing a save made from an older version", async () => {
    const { scope, viewers } = await setting();
    const { id } = await createSession(scope, viewers.manager, viewers.manager, plan());
    await recordSession(
      scope,
      viewers.manager,
      viewers.manager,
      recordSessionSchema.parse({
        sessionId: id,
        expectedVersion: "1",
        attendees: "Asha Patel\nSam Jones\n\nasha patel",
        notes: "Good energy.",
        themes: "Carers' strategy\nTransitions",
      }),
    );
    const saved = await getSession(scope, viewers.manager, id);
    expect(saved).toMatchObject({
      attendees: ["Asha Patel", "Sam Jones"],
      themes: ["Carers' strategy", "Transitions"],
      notes: "Good energy.",
      version: 2,
    });
    expect(saved?.recordedAt).toBeInstanceOf(Date);
    await expect(
      updateSession(scope, viewers.manager, viewers.manager, { ...plan({ title: "Renamed" }), id, expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await getSession(scope, viewers.manager, id))?.title).toBe("Safeguarding mock interview");
    const events = await db.auditEvent.findMany({ where: { entityId: id, action: "prep_session.recorded" } });
    expect(JSON.stringify(events)).not.toContain("Asha");
  });

  it("tracks follow-ups to done and back", async () => {
    const { scope, viewers } = await setting();
    const { id } = await createSession(scope, viewers.manager, viewers.manager, plan());
    await addFollowUp(scope, viewers.manager, viewers.manager, {
      sessionId: id,
      text: "Share the carers' strategy",
      owner: "Team manager",
      dueDate: "2026-12-09",
    });
    const [followUp] = (await getSession(scope, viewers.manager, id))!.followUps;
    expect(followUp).toMatchObject({
      text: "Share the carers' strategy",
      dueDate: new Date("2026-12-09T00:00:00Z"),
      doneAt: null,
    });
    await setFollowUpDone(scope, viewers.manager, viewers.manager, {
      sessionId: id,
      followUpId: followUp!.id,
      done: true,
    });
    expect((await getSession(scope, viewers.manager, id))!.followUps[0]!.doneAt).toBeInstanceOf(Date);
    await expect(
      setFollowUpDone(scope, viewers.otherManager, viewers.otherManager, {
        sessionId: id,
        followUpId: followUp!.id,
        done: false,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("cancels a session nobody has answered a pulse for, and keeps one that has answers", async () => {
    const { scope, viewers } = await setting();
    const empty = await createSession(scope, viewers.manager, viewers.manager, plan());
    await deleteSession(scope, viewers.manager, viewers.manager, { sessionId: empty.id });
    expect(await getSession(scope, viewers.manager, empty.id)).toBeNull();
    const answered = await createSession(scope, viewers.manager, viewers.manager, plan());
    await db.pulseAnswer.create({
      data: { sessionId: answered.id, moment: "before", scores: { "working-with-people": 3 } },
    });
    await expect(
      deleteSession(scope, viewers.manager, viewers.manager, { sessionId: answered.id }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await getSession(scope, viewers.manager, answered.id)).not.toBeNull();
  });

  it("keeps another council's sessions out of reach, even for its readiness lead", async () => {
    const { scope, viewers } = await setting();
    const other = await setting();
    const { id } = await createSession(other.scope, other.viewers.manager, other.viewers.manager, plan());
    expect(await getSession(scope, viewers.lead, id)).toBeNull();
    await expect(
      addQuestions(scope, viewers.lead, viewers.lead, { sessionId: id, questionIds: [other.questions[0]!.id] }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
