import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { pulseLinkState, readScores, sessionConfidence, type Moment } from "./domain";

const themesSelect = {
  frameworkVersion: { select: { themes: { orderBy: { number: "asc" }, select: { key: true, name: true } } } },
} as const;

/** The themes of the workspace's framework, in their order: what a pulse asks about. */
export async function listPulseThemes(scope: WorkspaceScope) {
  const workspace = await db.workspace.findUnique({ where: { id: scope.workspaceId }, select: themesSelect });
  return workspace?.frameworkVersion.themes ?? [];
}

/**
 * What the public pulse page shows, found by the link's token alone (the token is the credential,
 * as an invitation's is). `linkId` is for the per-link rate limit; the page never shows it.
 */
export async function getPulseFormByToken(token: string, now: Date = new Date()) {
  const link = await db.pulseLink.findUnique({
    where: { token },
    select: {
      id: true,
      moment: true,
      expiresAt: true,
      maxAnswers: true,
      answerCount: true,
      closedAt: true,
      session: { select: { title: true, team: true, startsAt: true, workspace: { select: themesSelect } } },
    },
  });
  if (!link) return null;
  return {
    linkId: link.id,
    moment: link.moment as Moment,
    state: pulseLinkState(link, now),
    title: link.session.title,
    team: link.session.team,
    startsAt: link.session.startsAt,
    themes: link.session.workspace.frameworkVersion.themes,
  };
}
export type PulseForm = NonNullable<Awaited<ReturnType<typeof getPulseFormByToken>>>;

/** A session's pulse links, newest first. The caller has checked the viewer may see the session. */
export async function listPulseLinks(scope: WorkspaceScope, sessionId: string, now: Date = new Date()) {
  const links = await db.pulseLink.findMany({
    where: { sessionId, session: { workspaceId: scope.workspaceId } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      moment: true,
      token: true,
      expiresAt: true,
      maxAnswers: true,
      answerCount: true,
      closedAt: true,
      createdAt: true,
    },
  });
  return links.map((link) => ({ ...link, moment: link.moment as Moment, state: pulseLinkState(link, now) }));
}
export type PulseLinkItem = Awaited<ReturnType<typeof listPulseLinks>>[number];

/**
 * A session's before and after: how many answers each has (its links show this already) and the
 * figures, only for a group of at least five. Null when the session is not in this workspace, or
 * is not one of `own`'s (preparation's `sessionFilter`: a team manager's own sessions). Two queries.
 */
export async function sessionPulseSummary(
  scope: WorkspaceScope,
  sessionId: string,
  own: { facilitatorId?: string } = {},
) {
  const [session, themes] = await Promise.all([
    db.prepSession.findFirst({
      where: { id: sessionId, workspaceId: scope.workspaceId, ...own },
      select: { pulseAnswers: { select: { moment: true, scores: true } } },
    }),
    listPulseThemes(scope),
  ]);
  if (!session) return null;
  const answers = session.pulseAnswers.map((answer) => ({
    moment: answer.moment as Moment,
    scores: readScores(answer.scores),
  }));
  const count = (moment: Moment) => answers.filter((answer) => answer.moment === moment).length;
  return { themes, counts: { before: count("before"), after: count("after") }, ...sessionConfidence(answers, themes) };
}
export type SessionPulseSummary = NonNullable<Awaited<ReturnType<typeof sessionPulseSummary>>>;

/**
 * Every pulse answer of the workspace's sessions (a team manager's own, when `facilitatorId` is
 * given), with the session's team and date: the answer itself carries no person and no time.
 */
export async function listConfidenceAnswers(scope: WorkspaceScope, filter: { facilitatorId?: string; team?: string }) {
  const rows = await db.pulseAnswer.findMany({
    where: {
      session: {
        workspaceId: scope.workspaceId,
        ...(filter.facilitatorId ? { facilitatorId: filter.facilitatorId } : {}),
        ...(filter.team !== undefined ? { team: filter.team } : {}),
      },
    },
    select: { sessionId: true, moment: true, scores: true, session: { select: { team: true, startsAt: true } } },
  });
  return rows.map((row) => ({
    sessionId: row.sessionId,
    team: row.session.team,
    sessionDate: row.session.startsAt,
    moment: row.moment as Moment,
    scores: readScores(row.scores),
  }));
}

/** Teams whose sessions have pulse answers, for the filter. */
export async function listConfidenceTeams(scope: WorkspaceScope, filter: { facilitatorId?: string }) {
  const rows = await db.prepSession.findMany({
    where: {
      workspaceId: scope.workspaceId,
      ...(filter.facilitatorId ? { facilitatorId: filter.facilitatorId } : {}),
      pulseAnswers: { some: {} },
    },
    distinct: ["team"],
    orderBy: { team: "asc" },
    select: { team: true },
  });
  return rows.map((row) => row.team);
}
