import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { addDays, londonInstant } from "@/lib/calendar";
import type { EvidenceViewer } from "@/features/evidence/policy";
import type { ParticipantGroup, RequestStatus, SessionKind } from "./domain";

const participantSelect = {
  briefedAt: true,
  participant: { select: { id: true, name: true, jobTitle: true, group: true } },
} as const;

const sessionSelect = {
  id: true,
  title: true,
  kind: true,
  startsAt: true,
  endsAt: true,
  place: true,
  onlineLink: true,
  cqcAttendees: true,
  statementKeys: true,
  participants: { select: participantSelect, orderBy: { participant: { name: "asc" } } },
} as const;

type SessionRow = {
  kind: string;
  participants: {
    briefedAt: Date | null;
    participant: { id: string; name: string; jobTitle: string; group: string };
  }[];
};

type Participant = { id: string; name: string; jobTitle: string; group: ParticipantGroup; briefedAt: Date | null };

function toSession<T extends SessionRow>(
  row: T,
): Omit<T, "kind" | "participants"> & { kind: SessionKind; participants: Participant[] } {
  return {
    ...row,
    kind: row.kind as SessionKind,
    participants: row.participants.map(({ briefedAt, participant }) => ({
      ...participant,
      group: participant.group as ParticipantGroup,
      briefedAt,
    })),
  };
}

/** Every session of the visit with who is in it, in time order: the schedule and its clashes. */
export async function listVisitSessions(scope: WorkspaceScope) {
  const rows = await db.visitSession.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    select: sessionSelect,
  });
  return rows.map(toSession);
}

/** The sessions that start on one London day ("2026-03-03"), in time order. */
export async function listSessionsOnDay(scope: WorkspaceScope, day: string) {
  const from = londonInstant(day, "00:00");
  const to = londonInstant(
    addDays(new Date(`${day}T00:00:00Z`), 1)
      .toISOString()
      .slice(0, 10),
    "00:00",
  );
  const rows = await db.visitSession.findMany({
    where: { workspaceId: scope.workspaceId, startsAt: { gte: from, lt: to } },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    select: sessionSelect,
  });
  return rows.map(toSession);
}

export async function getVisitSession(scope: WorkspaceScope, id: string) {
  const row = await db.visitSession.findFirst({
    where: { id, workspaceId: scope.workspaceId },
    select: {
      ...sessionSelect,
      notes: true,
      debrief: true,
      debriefedAt: true,
      version: true,
      evidence: { select: { evidenceItemId: true } },
      requests: {
        orderBy: { dueDate: "asc" },
        select: { id: true, request: true, owner: true, dueDate: true, status: true, response: true, sentAt: true },
      },
    },
  });
  if (!row) return null;
  return {
    ...toSession(row),
    evidenceIds: row.evidence.map((link) => link.evidenceItemId),
    requests: row.requests.map((request) => ({ ...request, status: request.status as RequestStatus })),
  };
}

/** Evidence items by id, in this workspace and visible to this person. */
export async function listEvidenceByIds(scope: WorkspaceScope, ids: string[], viewer: EvidenceViewer) {
  if (ids.length === 0) return [];
  return db.evidenceItem.findMany({
    where: {
      id: { in: ids },
      workspaceId: scope.workspaceId,
      ...(viewer.maySeeSensitive ? {} : { containsPersonalData: false }),
    },
    orderBy: { title: "asc" },
    select: { id: true, title: true, description: true, categories: true },
  });
}

/** Evidence mapped to any of these quality statements: what a session's briefing is chosen from. */
export async function listEvidenceForStatements(
  scope: WorkspaceScope,
  statementKeys: string[],
  viewer: EvidenceViewer,
) {
  if (statementKeys.length === 0) return [];
  return db.evidenceItem.findMany({
    where: {
      workspaceId: scope.workspaceId,
      ...(viewer.maySeeSensitive ? {} : { containsPersonalData: false }),
      statements: {
        some: {
          qualityStatement: {
            key: { in: statementKeys },
            frameworkVersion: { workspaces: { some: { id: scope.workspaceId } } },
          },
        },
      },
    },
    orderBy: { title: "asc" },
    take: 200,
    select: { id: true, title: true, description: true, categories: true },
  });
}

/** Everyone on the visit's list, with how many sessions each is in. */
export async function listParticipants(scope: WorkspaceScope) {
  const rows = await db.visitParticipant.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: [{ name: "asc" }, { jobTitle: "asc" }],
    select: { id: true, name: true, jobTitle: true, group: true, _count: { select: { sessions: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    jobTitle: row.jobTitle,
    group: row.group as ParticipantGroup,
    sessions: row._count.sessions,
  }));
}

/** One person's own schedule: their sessions in time order, with the evidence each briefing holds. */
export async function getParticipantSchedule(scope: WorkspaceScope, id: string) {
  const row = await db.visitParticipant.findFirst({
    where: { id, workspaceId: scope.workspaceId },
    select: {
      id: true,
      name: true,
      jobTitle: true,
      group: true,
      sessions: {
        orderBy: { session: { startsAt: "asc" } },
        select: {
          briefedAt: true,
          session: {
            select: {
              id: true,
              title: true,
              kind: true,
              startsAt: true,
              endsAt: true,
              place: true,
              onlineLink: true,
              statementKeys: true,
              evidence: { select: { evidenceItemId: true } },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    jobTitle: row.jobTitle,
    group: row.group as ParticipantGroup,
    sessions: row.sessions.map(({ briefedAt, session }) => ({
      ...session,
      kind: session.kind as SessionKind,
      briefedAt,
      evidenceIds: session.evidence.map((link) => link.evidenceItemId),
    })),
  };
}

/** CQC's follow-up requests, soonest due first. */
export async function listFollowUpRequests(scope: WorkspaceScope) {
  const rows = await db.cqcFollowUpRequest.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      request: true,
      owner: true,
      dueDate: true,
      status: true,
      response: true,
      sentAt: true,
      session: { select: { id: true, title: true } },
    },
  });
  return rows.map((row) => ({ ...row, status: row.status as RequestStatus }));
}

/** "title|day|start" of every session, so an imported schedule never doubles one. */
export async function existingSessionKeys(scope: WorkspaceScope): Promise<{ title: string; startsAt: Date }[]> {
  return db.visitSession.findMany({
    where: { workspaceId: scope.workspaceId },
    select: { title: true, startsAt: true },
  });
}

/** A staged schedule import waiting for its preview to be confirmed; null when unknown, another workspace's, or imported. */
export async function readStagedVisitImport(scope: WorkspaceScope, id: string) {
  const staged = await db.visitImport.findFirst({
    where: { id, workspaceId: scope.workspaceId, completedAt: null },
    select: { fileName: true, createdById: true, rows: true },
  });
  return staged ? { ...staged, rows: staged.rows as Record<string, string>[] } : null;
}
