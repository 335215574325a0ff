import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import { recordAuditEvent, type AuditEventInput, type Actor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { londonInstant } from "@/lib/calendar";
import { Prisma } from "@/generated/prisma/client";
import type { ImportedParticipant, ParticipantGroup } from "./domain";
import {
  checkVisitImportRows,
  sessionIdentities,
  type AddSessionParticipantsInput,
  type FollowUpRequestInput,
  type VisitSessionInput,
} from "./schema";

const notFound = () =>
  new AppError("not_found", "This session was not found. Go back to the schedule and open it again.");

function sessionFields(input: VisitSessionInput) {
  return {
    title: input.title,
    kind: input.kind,
    startsAt: londonInstant(input.day, input.startTime),
    endsAt: londonInstant(input.day, input.endTime),
    place: input.place,
    onlineLink: input.onlineLink,
    cqcAttendees: input.cqcAttendees,
    statementKeys: input.statementKeys,
    notes: input.notes,
  };
}

async function assertStatements(tx: Tx, scope: WorkspaceScope, keys: string[]) {
  if (keys.length === 0) return;
  const known = await tx.qualityStatement.count({
    where: { key: { in: keys }, frameworkVersion: { workspaces: { some: { id: scope.workspaceId } } } },
  });
  if (known !== new Set(keys).size)
    throw new AppError("invalid", "Select quality statements from the list", {
      statementKeys: "Select quality statements from the list",
    });
}

async function assertSession(tx: Tx, scope: WorkspaceScope, sessionId: string) {
  if (!(await tx.visitSession.count({ where: { id: sessionId, workspaceId: scope.workspaceId } }))) throw notFound();
}

export async function createVisitSession(
  scope: WorkspaceScope,
  actor: Actor,
  input: VisitSessionInput,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    await assertStatements(tx, scope, input.statementKeys);
    const created = await tx.visitSession.create({
      data: { ...sessionFields(input), workspaceId: scope.workspaceId },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "visit.session_created",
      entityType: "visit_session",
      entityId: created.id,
    });
    return created;
  });
}

/** Saves an edit made from `expectedVersion`; an edit made from an older version is refused. */
export async function updateVisitSession(
  scope: WorkspaceScope,
  actor: Actor,
  input: VisitSessionInput & { id: string; expectedVersion: number },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertStatements(tx, scope, input.statementKeys);
    const { count } = await tx.visitSession.updateMany({
      where: { id: input.id, workspaceId: scope.workspaceId, version: input.expectedVersion },
      data: { ...sessionFields(input), version: { increment: 1 } },
    });
    if (count !== 1) {
      await assertSession(tx, scope, input.id);
      throw new AppError(
        "stale",
        "Someone else changed this session while you were editing. Your changes are still in the form: open the session in a new tab to see theirs, then save.",
      );
    }
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "visit.session_updated",
      entityType: "visit_session",
      entityId: input.id,
    });
  });
}

/**
 * Takes a session off the schedule (a wrong row in an import, a session CQC dropped), with who was
 * in it and its briefing evidence. One with a debrief or CQC's follow-up requests is the record of
 * what happened at the visit, so it is kept.
 */
export async function removeVisitSession(
  scope: WorkspaceScope,
  actor: Actor,
  input: { sessionId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const [session] = await tx.$queryRaw<{ debrief: string }[]>`
      SELECT debrief FROM "VisitSession" WHERE id = ${input.sessionId}::uuid AND "workspaceId" = ${scope.workspaceId}::uuid FOR UPDATE`;
    if (!session) throw notFound();
    const requests = await tx.cqcFollowUpRequest.count({ where: { sessionId: input.sessionId } });
    if (session.debrief.trim() || requests > 0) {
      throw new AppError(
        "conflict",
        "This session has a debrief or CQC follow-up requests, which are the record of the visit, so it cannot be removed. Change its details instead.",
      );
    }
    const participants = await tx.visitSessionParticipant.count({ where: { sessionId: input.sessionId } });
    await tx.visitSession.delete({ where: { id: input.sessionId }, select: { id: true } });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "visit.session_removed",
      entityType: "visit_session",
      entityId: input.sessionId,
      metadata: {
        participants,
      },
    });
  });
}

/**
 * Finds each person on the workspace's list by name and job title (ignoring case), adding anyone
 * not yet on it. Returns their ids in the order given.
 */
async function ensureParticipants(
  tx: Tx,
  scope: WorkspaceScope,
  people: ImportedParticipant[],
): Promise<Map<string, string>> {
  const keyOf = (person: { name: string; jobTitle: string }) =>
    `${person.name.toLowerCase()}|${person.jobTitle.toLowerCase()}`;
  const known = async () => {
    const rows = await tx.visitParticipant.findMany({
      where: { workspaceId: scope.workspaceId },
      select: { id: true, name: true, jobTitle: true },
    });
    return new Map(rows.map((row) => [keyOf(row), row.id]));
  };
  let ids = await known();
  const missing = [
    ...new Map(people.filter((person) => !ids.has(keyOf(person))).map((person) => [keyOf(person), person])).values(),
  ];
  if (missing.length > 0) {
    await tx.visitParticipant.createMany({
      data: missing.map((person) => ({ workspaceId: scope.workspaceId, ...person })),
      skipDuplicates: true,
    });
    ids = await known();
  }
  return new Map(people.map((person) => [keyOf(person), ids.get(keyOf(person))!]));
}

export async function createParticipant(
  scope: WorkspaceScope,
  actor: Actor,
  input: { name: string; jobTitle: string; group: ParticipantGroup },
): Promise<{ id: string }> {
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.visitParticipant.create({
        data: { workspaceId: scope.workspaceId, ...input },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        scope,
        actor,
        action: "visit.participant_added",
        entityType: "visit_participant",
        entityId: created.id,
      });
      return created;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "Someone with this name and job title is already on the list.", {
        name: "Someone with this name and job title is already on the list.",
      });
    }
    throw error;
  }
}

/** Adds people already on the list, and optionally one new person, to a session. */
export async function addSessionParticipants(
  scope: WorkspaceScope,
  actor: Actor,
  input: AddSessionParticipantsInput,
): Promise<{ added: number }> {
  return db.$transaction(async (tx) => {
    await assertSession(tx, scope, input.sessionId);
    const ids = new Set(input.participantIds);
    if (
      ids.size &&
      (await tx.visitParticipant.count({ where: { id: { in: [...ids] }, workspaceId: scope.workspaceId } })) !==
        ids.size
    ) {
      throw new AppError("not_found", "Some of the chosen people were not found. Reload the page and choose again.");
    }
    if (input.name) {
      const person = { name: input.name, jobTitle: input.jobTitle, group: input.group };
      for (const id of (await ensureParticipants(tx, scope, [person])).values()) ids.add(id);
    }
    const { count } = await tx.visitSessionParticipant.createMany({
      data: [...ids].map((participantId) => ({ sessionId: input.sessionId, participantId })),
      skipDuplicates: true,
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "visit.participants_added",
      entityType: "visit_session",
      entityId: input.sessionId,
      metadata: {
        participants: count,
      },
    });
    return { added: count };
  });
}

export async function removeSessionParticipant(
  scope: WorkspaceScope,
  actor: Actor,
  input: { sessionId: string; participantId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.visitSessionParticipant.deleteMany({
      where: { ...input, session: { workspaceId: scope.workspaceId } },
    });
    if (count !== 1) throw new AppError("not_found", "This person is not in this session. Reload the page.");
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "visit.participant_removed",
      entityType: "visit_session",
      entityId: input.sessionId,
      metadata: {
        participantId: input.participantId,
      },
    });
  });
}

export async function markBriefed(
  scope: WorkspaceScope,
  actor: Actor,
  input: { sessionId: string; participantId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.visitSessionParticipant.updateMany({
      where: { ...input, session: { workspaceId: scope.workspaceId } },
      data: { briefedAt: new Date() },
    });
    if (count !== 1) throw new AppError("not_found", "This person is not in this session. Reload the page.");
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "visit.participant_briefed",
      entityType: "visit_session",
      entityId: input.sessionId,
      metadata: {
        participantId: input.participantId,
      },
    });
  });
}

/** Replaces the evidence in a session's briefing with the items chosen. */
export async function setSessionEvidence(
  scope: WorkspaceScope,
  actor: Actor,
  input: { sessionId: string; evidenceItemIds: string[] },
): Promise<void> {
  const ids = [...new Set(input.evidenceItemIds)];
  await db.$transaction(async (tx) => {
    await assertSession(tx, scope, input.sessionId);
    if (
      ids.length &&
      (await tx.evidenceItem.count({ where: { id: { in: ids }, workspaceId: scope.workspaceId } })) !== ids.length
    ) {
      throw new AppError("not_found", "Some of the chosen evidence was not found. Reload the page and choose again.");
    }
    await tx.visitSessionEvidence.deleteMany({ where: { sessionId: input.sessionId } });
    await tx.visitSessionEvidence.createMany({
      data: ids.map((evidenceItemId) => ({ sessionId: input.sessionId, evidenceItemId })),
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "visit.briefing_evidence_set",
      entityType: "visit_session",
      entityId: input.sessionId,
      metadata: {
        items: ids.length,
      },
    });
  });
}

export async function saveDebrief(
  scope: WorkspaceScope,
  actor: Actor,
  input: { sessionId: string; debrief: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.visitSession.updateMany({
      where: { id: input.sessionId, workspaceId: scope.workspaceId },
      data: { debrief: input.debrief, debriefedAt: new Date() },
    });
    if (count !== 1) throw notFound();
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "visit.debrief_saved",
      entityType: "visit_session",
      entityId: input.sessionId,
    });
  });
}

export async function addFollowUpRequest(
  scope: WorkspaceScope,
  actor: Actor,
  input: FollowUpRequestInput,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    if (input.sessionId) await assertSession(tx, scope, input.sessionId);
    const created = await tx.cqcFollowUpRequest.create({
      data: {
        workspaceId: scope.workspaceId,
        sessionId: input.sessionId,
        request: input.request,
        owner: input.owner,
        dueDate: new Date(`${input.dueDate}T00:00:00Z`),
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "visit.follow_up_requested",
      entityType: "cqc_follow_up_request",
      entityId: created.id,
      metadata: {
        sessionId: input.sessionId,
      },
    });
    return created;
  });
}

/** An open request is marked sent (with what was sent) or withdrawn, once. */
export async function settleFollowUpRequest(
  scope: WorkspaceScope,
  actor: Actor,
  input: { requestId: string; status: "sent" | "withdrawn"; response: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.cqcFollowUpRequest.updateMany({
      where: { id: input.requestId, workspaceId: scope.workspaceId, status: "open" },
      data: { status: input.status, response: input.response, sentAt: input.status === "sent" ? new Date() : null },
    });
    if (count !== 1) {
      const exists = await tx.cqcFollowUpRequest.count({
        where: { id: input.requestId, workspaceId: scope.workspaceId },
      });
      throw exists
        ? new AppError("conflict", "This request has already been marked as sent or withdrawn.")
        : new AppError("not_found");
    }
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: input.status === "sent" ? "visit.follow_up_sent" : "visit.follow_up_withdrawn",
      entityType: "cqc_follow_up_request",
      entityId: input.requestId,
    });
  });
}

export async function recordVisitExport(
  scope: WorkspaceScope,
  actor: Actor,
  what: "run_sheet_pdf" | "briefing_docx",
  entityId: string | null,
  metadata?: AuditEventInput["metadata"],
): Promise<void> {
  await recordAuditEvent(db, {
    scope,
    actor,
    action: `visit.${what}_exported`,
    entityType: "visit_session",
    entityId,
    metadata,
  });
}

// The schedule import: rows are staged in VisitImport until someone confirms the preview, as the
// case and evidence imports do, and emptied once imported.

export async function stageVisitImport(
  scope: WorkspaceScope,
  actor: Actor,
  input: { fileName: string; rows: Record<string, string>[] },
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const staged = await tx.visitImport.create({
      data: { workspaceId: scope.workspaceId, fileName: input.fileName, rows: input.rows, createdById: actor.userId },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "visit.import_staged",
      entityType: "visit_import",
      entityId: staged.id,
      metadata: {
        rows: input.rows.length,
      },
    });
    return staged;
  });
}

/**
 * Imports a staged schedule in one transaction: every new session with its participants (added to
 * the list when new), or, only when the person chose to, the valid rows without the others.
 * Sessions already recorded are left as they are; a second confirmation imports nothing twice.
 */
export async function completeVisitImport(
  scope: WorkspaceScope,
  actor: Actor,
  input: { importId: string; dropInvalid: boolean },
): Promise<{ imported: number; dropped: number; skipped: number; participants: number }> {
  const result = await db.$transaction(
    async (tx) => {
      // The staged row is locked, so a double click cannot import the file twice.
      const [staged] = await tx.$queryRaw<{ rows: Record<string, string>[]; completedAt: Date | null }[]>`
        SELECT rows, "completedAt" FROM "VisitImport" WHERE id = ${input.importId}::uuid AND "workspaceId" = ${scope.workspaceId}::uuid FOR UPDATE`;
      if (!staged || staged.completedAt)
        throw new AppError(
          "not_found",
          "This import was not found, or has already been imported. Upload the file again.",
        );
      const statements = await tx.qualityStatement.findMany({
        where: { frameworkVersion: { workspaces: { some: { id: scope.workspaceId } } } },
        select: { key: true, name: true, number: true },
      });
      const existing = sessionIdentities(
        await tx.visitSession.findMany({
          where: { workspaceId: scope.workspaceId },
          select: { title: true, startsAt: true },
        }),
      );
      const checked = checkVisitImportRows(staged.rows, statements, existing);
      const invalid = checked.filter((row) => !row.input);
      if (invalid.length > 0 && !input.dropInvalid) {
        throw new AppError(
          "conflict",
          `${invalid.length} rows have problems. Correct the file and upload it again, or choose to import only the valid rows.`,
        );
      }
      const fresh = checked.filter((row) => row.input && !row.alreadyRecorded);
      const people = await ensureParticipants(
        tx,
        scope,
        fresh.flatMap((row) => row.participants),
      );
      const sessions = fresh.map((row) => ({ id: randomUUID(), row }));
      await tx.visitSession.createMany({
        data: sessions.map(({ id, row }) => ({ id, ...sessionFields(row.input!), workspaceId: scope.workspaceId })),
      });
      await tx.visitSessionParticipant.createMany({
        data: sessions.flatMap(({ id, row }) =>
          row.participants.map((person) => ({
            sessionId: id,
            participantId: people.get(`${person.name.toLowerCase()}|${person.jobTitle.toLowerCase()}`)!,
          })),
        ),
        skipDuplicates: true,
      });
      const skipped = checked.filter((row) => row.input && row.alreadyRecorded).length;
      const summary = {
        imported: fresh.length,
        dropped: invalid.length,
        skipped,
        participants: new Set(people.values()).size,
      };
      await tx.visitImport.update({
        where: { id: input.importId },
        data: { completedAt: new Date(), imported: fresh.length, rows: [] },
      });
      await recordAuditEvent(tx, {
        scope,
        actor,
        action: "visit.imported",
        entityType: "visit_import",
        entityId: input.importId,
        metadata: summary,
      });
      return summary;
    },
    { timeout: 60_000 },
  );
  return result;
}
