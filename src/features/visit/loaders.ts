import "server-only";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { isUuid } from "@/lib/ids";
import { londonInstant, londonWallClock, ukToday } from "@/lib/calendar";
import { getWorkspaceFramework } from "@/features/framework/data";
import { evidenceViewer } from "@/features/evidence/policy";
import {
  existingSessionKeys,
  getParticipantSchedule,
  getVisitSession,
  listEvidenceByIds,
  listEvidenceForStatements,
  listFollowUpRequests,
  listParticipants,
  listSessionsOnDay,
  listVisitSessions,
  readStagedVisitImport,
} from "./data";
import { findClashes, parseScheduleDate, type ParticipantGroup } from "./domain";
import { checkVisitImportRows, sessionIdentities } from "./schema";

export type StatementRef = { key: string; number: number; name: string; weStatement: string; theme: string };

/** The workspace's quality statements, in framework order, with their We statements. */
export async function listStatements(scope: WorkspaceScope): Promise<StatementRef[]> {
  const framework = await getWorkspaceFramework(scope);
  if (!framework) notFound();
  return framework.themes.flatMap((theme) =>
    theme.qualityStatements.map(({ key, number, name, weStatement }) => ({
      key,
      number,
      name,
      weStatement,
      theme: theme.name,
    })),
  );
}

/** The schedule, one group per London day, and everything to resolve before the visit. */
export async function loadVisitSchedule() {
  const session = await requirePermission("visit:read");
  const scope = session.member.scope;
  const [sessions, statements] = await Promise.all([listVisitSessions(scope), listStatements(scope)]);
  const days = new Map<string, typeof sessions>();
  for (const item of sessions) {
    const day = londonWallClock(item.startsAt).day;
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return {
    days: [...days.entries()].map(([day, items]) => ({ day, sessions: items })),
    clashes: findClashes(sessions, new Date()),
    statements,
    may: { manage: can(session.member, "visit:manage") },
  };
}

export async function loadSessionForm(id?: string) {
  const session = await requirePermission("visit:manage");
  const scope = session.member.scope;
  const statements = await listStatements(scope);
  if (!id) return { item: null, statements };
  const item = isUuid(id) ? await getVisitSession(scope, id) : null;
  if (!item) notFound();
  return { item, statements };
}

export async function loadSessionPage(id: string) {
  const session = await requirePermission("visit:read");
  const scope = session.member.scope;
  const item = isUuid(id) ? await getVisitSession(scope, id) : null;
  if (!item) notFound();
  const viewer = evidenceViewer(session.user.id, session.member);
  const mayManage = can(session.member, "visit:manage");
  const [statements, evidence, choices, people] = await Promise.all([
    listStatements(scope),
    listEvidenceByIds(scope, item.evidenceIds, viewer),
    mayManage ? listEvidenceForStatements(scope, item.statementKeys, viewer) : Promise.resolve([]),
    mayManage ? listParticipants(scope) : Promise.resolve([]),
  ]);
  const inSession = new Set(item.participants.map((person) => person.id));
  // Chosen items stay offered even when no longer mapped to the session's statements.
  const offered = [...evidence, ...choices.filter((choice) => !item.evidenceIds.includes(choice.id))];
  return {
    item,
    statements: statements.filter((statement) => item.statementKeys.includes(statement.key)),
    evidence,
    evidenceChoices: offered,
    others: people.filter((person) => !inSession.has(person.id)),
    today: ukToday(new Date()),
    may: { manage: mayManage },
  };
}

export async function loadParticipants() {
  const session = await requirePermission("visit:read");
  return {
    participants: await listParticipants(session.member.scope),
    may: { manage: can(session.member, "visit:manage") },
  };
}

/** One person's own schedule, to hand or send to them. */
export async function loadParticipantSchedule(id: string) {
  const session = await requirePermission("visit:read");
  const scope = session.member.scope;
  const person = isUuid(id) ? await getParticipantSchedule(scope, id) : null;
  if (!person) notFound();
  const viewer = evidenceViewer(session.user.id, session.member);
  const [statements, evidence] = await Promise.all([
    listStatements(scope),
    listEvidenceByIds(scope, [...new Set(person.sessions.flatMap((item) => item.evidenceIds))], viewer),
  ]);
  return {
    person: { ...person, group: person.group as ParticipantGroup },
    sessions: person.sessions.map((item) => ({
      ...item,
      statements: statements.filter((statement) => item.statementKeys.includes(statement.key)),
      evidence: evidence.filter((entry) => item.evidenceIds.includes(entry.id)),
    })),
  };
}

export async function loadFollowUpRequests() {
  const session = await requirePermission("visit:read");
  return {
    requests: await listFollowUpRequests(session.member.scope),
    today: ukToday(new Date()),
    may: { manage: can(session.member, "visit:manage") },
  };
}

export async function loadRunSheet(day: string) {
  const session = await requirePermission("visit:read");
  if (parseScheduleDate(day) !== day) notFound();
  return {
    day,
    sessions: await listSessionsOnDay(session.member.scope, day),
    councilName: session.member.workspaceName,
  };
}

export async function loadVisitImportPage() {
  await requirePermission("visit:manage");
  return {};
}

export async function loadVisitImportPreview(id: string) {
  const session = await requirePermission("visit:manage");
  const scope = session.member.scope;
  const staged = isUuid(id) ? await readStagedVisitImport(scope, id) : null;
  if (!staged) notFound();
  const [statements, existing] = await Promise.all([listStatements(scope), existingSessionKeys(scope)]);
  const rows = checkVisitImportRows(staged.rows, statements, sessionIdentities(existing));
  // Double bookings within the file, said before anything is imported (briefing comes later).
  const clashes = findClashes(
    rows.flatMap((row) =>
      row.input
        ? [
            {
              id: String(row.line),
              title: row.input.title,
              startsAt: londonInstant(row.input.day, row.input.startTime),
              endsAt: londonInstant(row.input.day, row.input.endTime),
              place: row.input.place,
              participants: row.participants.map((person) => ({
                ...person,
                id: `${person.name.toLowerCase()}|${person.jobTitle.toLowerCase()}`,
                briefedAt: new Date(0),
              })),
            },
          ]
        : [],
    ),
    new Date(),
  );
  return { id, fileName: staged.fileName, rows, clashes: clashes.map((clash) => clash.message) };
}
