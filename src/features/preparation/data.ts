import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { sessionFilter, type SessionViewer } from "./policy";

const sessionSummarySelect = {
  id: true,
  title: true,
  team: true,
  format: true,
  audienceKey: true,
  startsAt: true,
  durationMinutes: true,
  location: true,
  facilitatorId: true,
  recordedAt: true,
  attendees: true,
  _count: { select: { questions: true, pulseAnswers: true } },
} as const;

async function namesOf(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

/** The sessions this viewer may see (a team manager: their own), newest first. Two queries. */
export async function listSessions(scope: WorkspaceScope, viewer: SessionViewer, filter: { team?: string } = {}) {
  const sessions = await db.prepSession.findMany({
    where: { workspaceId: scope.workspaceId, ...sessionFilter(viewer), ...(filter.team ? { team: filter.team } : {}) },
    orderBy: { startsAt: "desc" },
    select: sessionSummarySelect,
  });
  const names = await namesOf(sessions.map((session) => session.facilitatorId));
  return sessions.map(({ _count, attendees, ...session }) => ({
    ...session,
    facilitatorName: names.get(session.facilitatorId) ?? "Former member",
    questionCount: _count.questions,
    pulseAnswerCount: _count.pulseAnswers,
    attendeeCount: attendees.length,
  }));
}

export async function listSessionTeams(scope: WorkspaceScope, viewer: SessionViewer): Promise<string[]> {
  const rows = await db.prepSession.findMany({
    where: { workspaceId: scope.workspaceId, ...sessionFilter(viewer) },
    distinct: ["team"],
    orderBy: { team: "asc" },
    select: { team: true },
  });
  return rows.map((row) => row.team);
}

/** One session with its questions in order and its follow-ups; null when missing or not this viewer's. */
export async function getSession(scope: WorkspaceScope, viewer: SessionViewer, id: string) {
  const session = await db.prepSession.findFirst({
    where: { id, workspaceId: scope.workspaceId, ...sessionFilter(viewer) },
    select: {
      ...sessionSummarySelect,
      notes: true,
      themes: true,
      version: true,
      questions: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          question: {
            select: {
              id: true,
              text: true,
              statementKeys: true,
              audienceKeys: true,
              prompts: true,
              followUps: true,
              retiredAt: true,
            },
          },
        },
      },
      followUps: {
        orderBy: { createdAt: "asc" },
        select: { id: true, text: true, owner: true, dueDate: true, doneAt: true },
      },
    },
  });
  if (!session) return null;
  const names = await namesOf([session.facilitatorId]);
  const { _count, questions, ...rest } = session;
  return {
    ...rest,
    facilitatorName: names.get(session.facilitatorId) ?? "Former member",
    pulseAnswerCount: _count.pulseAnswers,
    questions: questions.map((entry) => entry.question),
  };
}

export type SessionDetail = NonNullable<Awaited<ReturnType<typeof getSession>>>;

/** Team managers who may be given a session to run (the readiness lead plans for them). */
export async function listFacilitators(scope: WorkspaceScope) {
  const members = await db.membership.findMany({
    where: { workspaceId: scope.workspaceId, status: "active", role: { in: ["team_manager", "readiness_lead"] } },
    select: { userId: true, role: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return members.map((member) => ({ id: member.userId, name: member.user.name, role: member.role }));
}
