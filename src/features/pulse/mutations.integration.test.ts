import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { sessionFilter, sessionViewer } from "@/features/preparation/policy";
import { createMember, createWorkspace } from "../../../tests/factories";
import { sql } from "../../../tests/support/db";
import {
  getPulseFormByToken,
  listConfidenceAnswers,
  listPulseLinks,
  listPulseThemes,
  sessionPulseSummary,
} from "./data";
import { PULSE_MESSAGES } from "./domain";
import { closePulseLink, createPulseLink, submitPulse } from "./mutations";
import { createPulseLinkSchema } from "./schema";

const lead = (userId: string) => sessionViewer(userId, { role: "readiness_lead", active: true });
const manager = (userId: string) => sessionViewer(userId, { role: "team_manager", active: true });

async function aSession(
  scope: WorkspaceScope,
  facilitatorId: string,
  fields: { team?: string; startsAt?: string } = {},
) {
  return db.prepSession.create({
    data: {
      workspaceId: scope.workspaceId,
      title: "Safeguarding mock interview",
      team: fields.team ?? "North locality team",
      format: "mock_interview",
      startsAt: new Date(fields.startsAt ?? "2026-11-24T10:00:00Z"),
      facilitatorId,
    },
    select: { id: true },
  });
}

async function setting() {
  const workspace = await createWorkspace();
  const readinessLead = await createMember(workspace.id, "readiness_lead");
  const teamManager = await createMember(workspace.id, "team_manager");
  const otherManager = await createMember(workspace.id, "team_manager");
  const session = await aSession(workspace.scope, teamManager.userId);
  const themes = await listPulseThemes(workspace.scope);
  return { workspace, scope: workspace.scope, readinessLead, teamManager, otherManager, session, themes };
}

const linkInput = (sessionId: string, fields: Record<string, string> = {}) =>
  createPulseLinkSchema.parse({ sessionId, moment: "after", ...fields });
const scoresOf = (themes: { key: string }[], score: number) =>
  Object.fromEntries(themes.map((theme) => [theme.key, score]));

describe("pulse links", () => {
  it("are made by a team manager for their own sessions only, and by the readiness lead for any", async () => {
    const { scope, readinessLead, teamManager, otherManager, session } = await setting();
    const made = await createPulseLink(
      scope,
      { userId: teamManager.userId },
      manager(teamManager.userId),
      linkInput(session.id, { moment: "before" }),
      new Date("2026-11-24T17:00:00Z"),
    );
    expect(made.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const link = await db.pulseLink.findUniqueOrThrow({
      where: { id: made.id },
      select: { moment: true, maxAnswers: true, expiresAt: true, answerCount: true },
    });
    expect(link).toEqual({
      moment: "before",
      maxAnswers: 60,
      expiresAt: new Date("2026-11-27T17:00:00Z"),
      answerCount: 0,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "pulse_link", entityId: made.id },
      select: { action: true, metadata: true },
    });
    expect(event.action).toBe("pulse_link.created");
    expect(JSON.stringify(event.metadata)).not.toContain(made.token);

    await expect(
      createPulseLink(scope, { userId: otherManager.userId }, manager(otherManager.userId), linkInput(session.id)),
    ).rejects.toMatchObject({ code: "not_found" });
    await createPulseLink(scope, { userId: readinessLead.userId }, lead(readinessLead.userId), linkInput(session.id));
    expect(await listPulseLinks(scope, session.id)).toHaveLength(2);
  });

  it("are closed by whoever may run the session, and then take no answers", async () => {
    const { scope, teamManager, otherManager, session, themes } = await setting();
    const { id, token } = await createPulseLink(
      scope,
      { userId: teamManager.userId },
      manager(teamManager.userId),
      linkInput(session.id),
    );
    await expect(
      closePulseLink(scope, { userId: otherManager.userId }, manager(otherManager.userId), id),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await closePulseLink(scope, { userId: teamManager.userId }, manager(teamManager.userId), id)).toEqual({
      sessionId: session.id,
    });
    await closePulseLink(scope, { userId: teamManager.userId }, manager(teamManager.userId), id);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "pulse_link.closed" } })).toBe(1);
    await expect(submitPulse(token, scoresOf(themes, 4))).rejects.toMatchObject({
      code: "conflict",
      message: PULSE_MESSAGES.closed,
    });
    expect(await db.pulseAnswer.count()).toBe(0);
    expect((await getPulseFormByToken(token))?.state).toBe("closed");
  });
});

describe("submitting a pulse", () => {
  it("stores the scores with no user, address or time, counts it, and records no audit event", async () => {
    const { scope, teamManager, session, themes } = await setting();
    const { id, token } = await createPulseLink(
      scope,
      { userId: teamManager.userId },
      manager(teamManager.userId),
      linkInput(session.id),
    );
    const events = await db.auditEvent.count();
    await submitPulse(token, scoresOf(themes, 4));
    const rows = await sql(`SELECT * FROM "PulseAnswer"`);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(["id", "moment", "scores", "sessionId"]);
    expect(rows[0]).toMatchObject({ sessionId: session.id, moment: "after", scores: scoresOf(themes, 4) });
    // A random (v4) id, which carries no time, unlike the v7 ids elsewhere.
    expect(String(rows[0]!.id)[14]).toBe("4");
    expect((await db.pulseLink.findUniqueOrThrow({ where: { id }, select: { answerCount: true } })).answerCount).toBe(
      1,
    );
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("refuses an expired or full link, writing nothing, and never lets answers sent together pass the limit", async () => {
    const { scope, teamManager, session, themes } = await setting();
    const expired = await createPulseLink(
      scope,
      { userId: teamManager.userId },
      manager(teamManager.userId),
      linkInput(session.id, { days: "1" }),
      new Date("2026-11-01T09:00:00Z"),
    );
    await expect(submitPulse(expired.token, scoresOf(themes, 3))).rejects.toMatchObject({
      message: PULSE_MESSAGES.closed,
    });
    expect(
      (await db.pulseLink.findUniqueOrThrow({ where: { id: expired.id }, select: { answerCount: true } })).answerCount,
    ).toBe(0);

    const small = await createPulseLink(
      scope,
      { userId: teamManager.userId },
      manager(teamManager.userId),
      linkInput(session.id, { maxAnswers: "5" }),
    );
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => submitPulse(small.token, scoresOf(themes, 5))),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(5);
    expect(
      results
        .filter((result) => result.status === "rejected")
        .map((result) => (result as PromiseRejectedResult).reason.message),
    ).toEqual(Array(3).fill(PULSE_MESSAGES.full));
    expect(await db.pulseAnswer.count()).toBe(5);
    expect(
      (await db.pulseLink.findUniqueOrThrow({ where: { id: small.id }, select: { answerCount: true } })).answerCount,
    ).toBe(5);
    await expect(submitPulse("A".repeat(43), scoresOf(themes, 5))).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses scores for a theme that is not in the framework, or a theme left out", async () => {
    const { scope, teamManager, session, themes } = await setting();
    const { id, token } = await createPulseLink(
      scope,
      { userId: teamManager.userId },
      manager(teamManager.userId),
      linkInput(session.id),
    );
    expect(themes).toHaveLength(4);
    await expect(submitPulse(token, { ...scoresOf(themes, 4), "made-up-theme": 4 })).rejects.toMatchObject({
      code: "invalid",
    });
    await expect(submitPulse(token, scoresOf(themes.slice(1), 4))).rejects.toMatchObject({ code: "invalid" });
    await expect(submitPulse(token, scoresOf(themes, 6))).rejects.toMatchObject({ code: "invalid" });
    expect(await db.pulseAnswer.count()).toBe(0);
    expect((await db.pulseLink.findUniqueOrThrow({ where: { id }, select: { answerCount: true } })).answerCount).toBe(
      0,
    );
  });
});

describe("results", () => {
  it("show a session's figures from 5 answers and hide a group of 4", async () => {
    const { scope, teamManager, session, themes } = await setting();
    const before = await createPulseLink(
      scope,
      { userId: teamManager.userId },
      manager(teamManager.userId),
      linkInput(session.id, { moment: "before" }),
    );
    const after = await createPulseLink(
      scope,
      { userId: teamManager.userId },
      manager(teamManager.userId),
      linkInput(session.id),
    );
    for (let index = 0; index < 4; index++) await submitPulse(before.token, scoresOf(themes, 2));
    for (let index = 0; index < 10; index++) await submitPulse(after.token, scoresOf(themes, index < 7 ? 4 : 3));
    const summary = await sessionPulseSummary(scope, session.id);
    expect(summary?.counts).toEqual({ before: 4, after: 10 });
    expect(summary?.before).toEqual({ status: "suppressed" });
    expect(summary?.after).toMatchObject({
      status: "shown",
      answers: 10,
      overall: { confident: 0.7, middle: 0.3, low: 0 },
    });
    if (summary?.after.status !== "shown") throw new Error("expected figures");
    expect(summary.after.themes.map((theme) => theme.key)).toEqual(themes.map((theme) => theme.key));
  });

  it("are read for a team manager's own session only, as the session page's row rule asks", async () => {
    const { scope, readinessLead, teamManager, otherManager, session } = await setting();
    expect(await sessionPulseSummary(scope, session.id, sessionFilter(manager(teamManager.userId)))).not.toBeNull();
    expect(await sessionPulseSummary(scope, session.id, sessionFilter(lead(readinessLead.userId)))).not.toBeNull();
    expect(await sessionPulseSummary(scope, session.id, sessionFilter(manager(otherManager.userId)))).toBeNull();
  });

  it("list a team manager's own sessions' answers, with the session's team and date", async () => {
    const { scope, teamManager, otherManager, session, themes } = await setting();
    const other = await aSession(scope, otherManager.userId, { team: "South team", startsAt: "2026-10-01T09:00:00Z" });
    for (const [sessionId, viewer, userId] of [
      [session.id, manager(teamManager.userId), teamManager.userId],
      [other.id, manager(otherManager.userId), otherManager.userId],
    ] as const) {
      const { token } = await createPulseLink(scope, { userId }, viewer, linkInput(sessionId));
      await submitPulse(token, scoresOf(themes, 5));
    }
    const own = await listConfidenceAnswers(scope, { facilitatorId: teamManager.userId });
    expect(own).toEqual([
      {
        sessionId: session.id,
        team: "North locality team",
        sessionDate: new Date("2026-11-24T10:00:00Z"),
        moment: "after",
        scores: scoresOf(themes, 5),
      },
    ]);
    expect(await listConfidenceAnswers(scope, {})).toHaveLength(2);
    expect(await listConfidenceAnswers(scope, { team: "South team" })).toMatchObject([{ sessionId: other.id }]);
  });
});

describe("another council", () => {
  it("cannot make, close or read links for this council's sessions", async () => {
    const { scope, teamManager, session } = await setting();
    const { id } = await createPulseLink(
      scope,
      { userId: teamManager.userId },
      manager(teamManager.userId),
      linkInput(session.id),
    );
    const elsewhere = await createWorkspace();
    const theirLead = await createMember(elsewhere.id, "readiness_lead");
    await expect(
      createPulseLink(elsewhere.scope, { userId: theirLead.userId }, lead(theirLead.userId), linkInput(session.id)),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      closePulseLink(elsewhere.scope, { userId: theirLead.userId }, lead(theirLead.userId), id),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await listPulseLinks(elsewhere.scope, session.id)).toEqual([]);
    expect(await sessionPulseSummary(elsewhere.scope, session.id)).toBeNull();
    expect(await listConfidenceAnswers(elsewhere.scope, {})).toEqual([]);
    expect(await db.pulseLink.count()).toBe(1);
  });
});

describe("the public form", () => {
  it("gives the session's title, team, date, moment and themes for a known token, and nothing for an unknown one", async () => {
    const { scope, teamManager, session, themes } = await setting();
    const { token } = await createPulseLink(
      scope,
      { userId: teamManager.userId },
      manager(teamManager.userId),
      linkInput(session.id, { moment: "before" }),
    );
    expect(await getPulseFormByToken(token)).toMatchObject({
      title: "Safeguarding mock interview",
      team: "North locality team",
      startsAt: new Date("2026-11-24T10:00:00Z"),
      moment: "before",
      state: "open",
      themes,
    });
    expect(await getPulseFormByToken("B".repeat(43))).toBeNull();
  });
});
