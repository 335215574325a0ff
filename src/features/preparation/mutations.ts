import { db, type Tx } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { londonInstant } from "@/lib/calendar";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { listActiveQuestions } from "@/features/question-bank/data";
import { drawBalancedSet } from "./domain";
import { assertMayRunSession, sessionFilter, type SessionViewer } from "./policy";
import type { RecordSessionInput, SessionInput } from "./schema";

/**
 * The session as this viewer may change it, locked for the rest of the transaction so two people
 * adding or moving questions at once take turns; refused as "not found" when it is not theirs.
 */
async function sessionForWrite(tx: Tx, scope: WorkspaceScope, viewer: SessionViewer, id: string) {
  const [session] = await tx.$queryRaw<{ id: string; facilitatorId: string; version: number }[]>`
    SELECT id, "facilitatorId", version FROM "PrepSession" WHERE id = ${id}::uuid AND "workspaceId" = ${scope.workspaceId}::uuid FOR UPDATE`;
  assertMayRunSession(viewer, session ?? null);
  return session!;
}

/** Who runs it: a team manager always themselves; a readiness lead may name a team manager or lead. */
async function facilitatorFor(
  tx: Tx,
  scope: WorkspaceScope,
  viewer: SessionViewer,
  chosen: string | undefined,
): Promise<string> {
  if (!viewer.seesAll || !chosen || chosen === viewer.userId) return viewer.userId;
  const member = await tx.membership.count({
    where: {
      workspaceId: scope.workspaceId,
      userId: chosen,
      status: "active",
      role: { in: ["team_manager", "readiness_lead"] },
    },
  });
  if (!member)
    throw new AppError("invalid", "Choose who will run the session from the list", {
      facilitatorId: "Choose who will run the session from the list",
    });
  return chosen;
}

function sessionFields(input: SessionInput) {
  return {
    title: input.title,
    team: input.team,
    format: input.format,
    audienceKey: input.audienceKey ?? null,
    startsAt: londonInstant(input.day, input.time),
    durationMinutes: input.durationMinutes,
    location: input.location,
  };
}

export async function createSession(
  scope: WorkspaceScope,
  actor: Actor,
  viewer: SessionViewer,
  input: SessionInput,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const facilitatorId = await facilitatorFor(tx, scope, viewer, input.facilitatorId);
    const created = await tx.prepSession.create({
      data: { ...sessionFields(input), workspaceId: scope.workspaceId, facilitatorId },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "prep_session.created",
      entityType: "prep_session",
      entityId: created.id,
      metadata: { format: input.format },
    });
    return created;
  });
}

const stale = () =>
  new AppError(
    "conflict",
    "Someone else changed this session while you were editing. Open it again to see their changes, then make yours.",
  );

export async function updateSession(
  scope: WorkspaceScope,
  actor: Actor,
  viewer: SessionViewer,
  input: SessionInput & { id: string; expectedVersion: number },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await sessionForWrite(tx, scope, viewer, input.id);
    const facilitatorId = viewer.seesAll
      ? await facilitatorFor(tx, scope, viewer, input.facilitatorId ?? session.facilitatorId)
      : session.facilitatorId;
    const { count } = await tx.prepSession.updateMany({
      where: { id: input.id, workspaceId: scope.workspaceId, version: input.expectedVersion },
      data: { ...sessionFields(input), facilitatorId, version: { increment: 1 } },
    });
    if (count === 0) throw stale();
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "prep_session.updated",
      entityType: "prep_session",
      entityId: input.id,
    });
  });
}

/** Appends questions from the workspace's bank (retired ones refused) after those already chosen. */
async function appendQuestions(
  tx: Tx,
  scope: WorkspaceScope,
  sessionId: string,
  questionIds: string[],
): Promise<number> {
  const existing = await tx.prepSessionQuestion.findMany({
    where: { sessionId },
    select: { questionId: true, position: true },
  });
  const already = new Set(existing.map((entry) => entry.questionId));
  const wanted = [...new Set(questionIds)].filter((id) => !already.has(id));
  const found = await tx.interviewQuestion.findMany({
    where: { id: { in: wanted }, workspaceId: scope.workspaceId, retiredAt: null },
    select: { id: true },
  });
  if (found.length !== wanted.length)
    throw new AppError(
      "invalid",
      "Some of those questions are no longer in the question bank. Reload the page and choose again.",
    );
  const start = existing.reduce((max, entry) => Math.max(max, entry.position), -1) + 1;
  const order = new Map(wanted.map((id, index) => [id, index]));
  await tx.prepSessionQuestion.createMany({
    data: wanted.map((questionId) => ({ sessionId, questionId, position: start + order.get(questionId)! })),
  });
  return wanted.length;
}

export async function addQuestions(
  scope: WorkspaceScope,
  actor: Actor,
  viewer: SessionViewer,
  input: { sessionId: string; questionIds: string[] },
): Promise<{ added: number }> {
  return db.$transaction(async (tx) => {
    await sessionForWrite(tx, scope, viewer, input.sessionId);
    const added = await appendQuestions(tx, scope, input.sessionId, input.questionIds);
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "prep_session.questions_added",
      entityType: "prep_session",
      entityId: input.sessionId,
      metadata: {
        added,
        via: "chosen",
      },
    });
    return { added };
  });
}

/** Draws a balanced random set from the chosen statements (and audience) and adds it to the session. */
export async function drawQuestions(
  scope: WorkspaceScope,
  actor: Actor,
  viewer: SessionViewer,
  input: { sessionId: string; statementKeys: string[]; audienceKey?: string; count: number },
): Promise<{ added: number }> {
  const candidates = await listActiveQuestions(scope, {
    statementKeys: input.statementKeys,
    audienceKey: input.audienceKey,
  });
  return db.$transaction(async (tx) => {
    await sessionForWrite(tx, scope, viewer, input.sessionId);
    const existing = await tx.prepSessionQuestion.findMany({
      where: { sessionId: input.sessionId },
      select: { questionId: true },
    });
    const drawn = drawBalancedSet(candidates, {
      statementKeys: input.statementKeys,
      count: input.count,
      exclude: new Set(existing.map((entry) => entry.questionId)),
    });
    if (drawn.length === 0) {
      throw new AppError(
        "invalid",
        "No questions left to draw for those statements and audience. Choose more statements, another audience, or add questions to the bank.",
      );
    }
    const added = await appendQuestions(
      tx,
      scope,
      input.sessionId,
      drawn.map((question) => question.id),
    );
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "prep_session.questions_added",
      entityType: "prep_session",
      entityId: input.sessionId,
      metadata: {
        added,
        via: "drawn",
      },
    });
    return { added };
  });
}

export async function removeQuestion(
  scope: WorkspaceScope,
  actor: Actor,
  viewer: SessionViewer,
  input: { sessionId: string; questionId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await sessionForWrite(tx, scope, viewer, input.sessionId);
    await tx.prepSessionQuestion.deleteMany({ where: { sessionId: input.sessionId, questionId: input.questionId } });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "prep_session.question_removed",
      entityType: "prep_session",
      entityId: input.sessionId,
      metadata: {
        questionId: input.questionId,
      },
    });
  });
}

/** Swaps a question with its neighbour. */
export async function moveQuestion(
  scope: WorkspaceScope,
  actor: Actor,
  viewer: SessionViewer,
  input: { sessionId: string; questionId: string; direction: "up" | "down" },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await sessionForWrite(tx, scope, viewer, input.sessionId);
    const entries = await tx.prepSessionQuestion.findMany({
      where: { sessionId: input.sessionId },
      orderBy: { position: "asc" },
      select: { questionId: true, position: true },
    });
    const index = entries.findIndex((entry) => entry.questionId === input.questionId);
    const other = entries[input.direction === "up" ? index - 1 : index + 1];
    const current = entries[index];
    if (!current || !other) return;
    await tx.prepSessionQuestion.update({
      where: { sessionId_questionId: { sessionId: input.sessionId, questionId: current.questionId } },
      data: { position: other.position },
    });
    await tx.prepSessionQuestion.update({
      where: { sessionId_questionId: { sessionId: input.sessionId, questionId: other.questionId } },
      data: { position: current.position },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "prep_session.question_moved",
      entityType: "prep_session",
      entityId: input.sessionId,
      metadata: {
        questionId: input.questionId,
        direction: input.direction,
      },
    });
  });
}

/** Attendance, notes and themes raised, as the facilitator recorded them after the session. */
export async function recordSession(
  scope: WorkspaceScope,
  actor: Actor,
  viewer: SessionViewer,
  input: RecordSessionInput,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await sessionForWrite(tx, scope, viewer, input.sessionId);
    const { count } = await tx.prepSession.updateMany({
      where: { id: input.sessionId, workspaceId: scope.workspaceId, version: input.expectedVersion },
      data: {
        attendees: input.attendees,
        notes: input.notes,
        themes: input.themes,
        recordedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw stale();
    // Counts only: attendees' names stay on the session, not in the audit trail.
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "prep_session.recorded",
      entityType: "prep_session",
      entityId: input.sessionId,
      metadata: {
        attendees: input.attendees.length,
        themes: input.themes.length,
      },
    });
  });
}

export async function addFollowUp(
  scope: WorkspaceScope,
  actor: Actor,
  viewer: SessionViewer,
  input: { sessionId: string; text: string; owner: string; dueDate?: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await sessionForWrite(tx, scope, viewer, input.sessionId);
    const created = await tx.prepFollowUp.create({
      data: {
        sessionId: input.sessionId,
        text: input.text,
        owner: input.owner,
        dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "prep_session.follow_up_added",
      entityType: "prep_session",
      entityId: input.sessionId,
      metadata: {
        followUpId: created.id,
      },
    });
  });
}

export async function setFollowUpDone(
  scope: WorkspaceScope,
  actor: Actor,
  viewer: SessionViewer,
  input: { sessionId: string; followUpId: string; done: boolean },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await sessionForWrite(tx, scope, viewer, input.sessionId);
    const { count } = await tx.prepFollowUp.updateMany({
      where: { id: input.followUpId, sessionId: input.sessionId },
      data: { doneAt: input.done ? new Date() : null },
    });
    if (count === 0) throw new AppError("not_found");
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: input.done ? "prep_session.follow_up_done" : "prep_session.follow_up_reopened",
      entityType: "prep_session",
      entityId: input.sessionId,
      metadata: { followUpId: input.followUpId },
    });
  });
}

/** A session nobody has answered a pulse for can be cancelled; after that its answers are results. */
export async function deleteSession(
  scope: WorkspaceScope,
  actor: Actor,
  viewer: SessionViewer,
  input: { sessionId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await sessionForWrite(tx, scope, viewer, input.sessionId);
    if (await tx.pulseAnswer.count({ where: { sessionId: input.sessionId } })) {
      throw new AppError(
        "conflict",
        "Staff have answered this session's pulse, so it is kept for the confidence results. Record it instead of cancelling it.",
      );
    }
    await tx.prepSession.deleteMany({
      where: { id: input.sessionId, workspaceId: scope.workspaceId, ...sessionFilter(viewer) },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "prep_session.cancelled",
      entityType: "prep_session",
      entityId: input.sessionId,
    });
  });
}
