import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { Prisma } from "@/generated/prisma/client";
import { calculateRating, type Score } from "@/features/rating/domain";
import {
  EMPTY_CONTENT,
  isEditable,
  nextStatus,
  type ListItem,
  type ReviewStep,
  type StatementContent,
  type StatementStatus,
} from "./domain";
import { getCurrentCycle } from "@/features/cycles/data";
import { createCycle } from "@/features/cycles/mutations";
import type { StartCycleInput } from "@/features/cycles/schema";
import { listStatementSummaries, readContent, statementsAsFrozen } from "./data";
import type { SaveStatementInput } from "./schema";

const STALE_MESSAGE =
  "Someone else saved this statement while you were editing. Your text has not been lost: it is below, beside theirs, and kept in the history. Bring the two together, then save again.";

/** The current cycle's assessment row for a statement of the workspace's framework, created on first use. */
async function assessmentFor(tx: Tx, scope: WorkspaceScope, statementKey: string) {
  const cycle = await getCurrentCycle(scope, tx);
  const statement = await tx.qualityStatement.findFirst({
    where: { key: statementKey, frameworkVersion: { workspaces: { some: { id: scope.workspaceId } } } },
    select: { id: true },
  });
  if (!statement) throw new AppError("not_found");
  await tx.statementAssessment.upsert({
    where: { cycleId_qualityStatementId: { cycleId: cycle.id, qualityStatementId: statement.id } },
    create: {
      workspaceId: scope.workspaceId,
      cycleId: cycle.id,
      qualityStatementId: statement.id,
      content: EMPTY_CONTENT,
    },
    update: {},
    select: { id: true },
  });
  // Lock the row: saves, review steps and restores of one statement happen one at a time.
  const [row] = await tx.$queryRaw<{ id: string; status: StatementStatus; version: number; content: unknown }[]>`
    SELECT id, status, version, content FROM "StatementAssessment"
    WHERE "cycleId" = ${cycle.id}::uuid AND "qualityStatementId" = ${statement.id}::uuid FOR UPDATE`;
  if (!row) throw new AppError("not_found");
  return { ...row, content: readContent(row.content) };
}

function toContent(input: SaveStatementInput): StatementContent {
  const items = (rows: { id: string; text: string }[]): ListItem[] =>
    rows.filter((row) => row.text.length > 0).map((row) => ({ id: row.id || randomUUID(), text: row.text }));
  return {
    strengths: items(input.strengths),
    howWeKnow: input.howWeKnow,
    improvements: items(input.improvements),
    direction: input.direction,
    directionReason: input.directionReason,
    score: input.score as Score | null,
    scoreRationale: input.scoreRationale,
    categoryScores: input.categoryScores as Record<string, Score>,
  };
}

async function writeVersion(
  tx: Tx,
  scope: WorkspaceScope,
  actor: Actor,
  assessment: { id: string; version: number },
  change: { content: StatementContent; status: StatementStatus; kind: string; note?: string },
) {
  const version = assessment.version + 1;
  await tx.statementAssessment.update({
    where: { id: assessment.id },
    data: {
      content: change.content,
      score: change.content.score,
      status: change.status,
      version,
      updatedById: actor.userId,
    },
    select: { id: true },
  });
  await tx.statementRevision.create({
    data: {
      workspaceId: scope.workspaceId,
      assessmentId: assessment.id,
      version,
      kind: change.kind,
      content: change.content,
      score: change.content.score,
      status: change.status,
      note: change.note ?? null,
      createdById: actor.userId,
    },
    select: { id: true },
  });
  return version;
}

/**
 * Saves the narrative as a new revision. A save made from an older version than the current one is
 * refused, and what the person typed is kept as a "conflict" revision so nothing is lost.
 */
export async function saveStatement(
  scope: WorkspaceScope,
  actor: Actor,
  input: SaveStatementInput,
): Promise<{ version: number }> {
  const content = toContent(input);
  const outcome = await db.$transaction(async (tx) => {
    const assessment = await assessmentFor(tx, scope, input.statementKey);
    if (!isEditable(assessment.status)) {
      throw new AppError("forbidden", "This statement has been agreed, so it is read-only. Reopen it to make changes.");
    }
    if (assessment.version !== input.expectedVersion)
      return { stale: true as const, assessmentId: assessment.id, status: assessment.status };
    const status: StatementStatus = assessment.status === "not_started" ? "in_progress" : assessment.status;
    const version = await writeVersion(tx, scope, actor, assessment, { content, status, kind: "save" });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "statement.saved",
      entityType: "quality_statement",
      entityId: input.statementKey,
      metadata: { version, score: content.score },
    });
    return { stale: false as const, version };
  });
  if (outcome.stale) {
    await db.$transaction(async (tx) => {
      const kept = await tx.statementRevision.create({
        data: {
          workspaceId: scope.workspaceId,
          assessmentId: outcome.assessmentId,
          version: null,
          kind: "conflict",
          content,
          score: content.score,
          status: outcome.status,
          note: `Not saved: made from version ${input.expectedVersion} after someone else had saved a newer one`,
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        scope,
        actor,
        action: "statement.conflict_kept",
        entityType: "quality_statement",
        entityId: input.statementKey,
        metadata: { revisionId: kept.id, fromVersion: input.expectedVersion },
      });
    });
    throw new AppError("stale", STALE_MESSAGE);
  }
  return { version: outcome.version };
}

const STEP_ACTIONS: Record<ReviewStep, string> = {
  submit: "statement.submitted",
  agree: "statement.agreed",
  reopen: "statement.reopened",
};

/** Moves a statement along the review path (submit, agree, reopen with a reason). */
export async function reviewStatement(
  scope: WorkspaceScope,
  actor: Actor,
  input: { statementKey: string; step: ReviewStep; expectedVersion: number; reason: string },
): Promise<{ status: StatementStatus }> {
  return db.$transaction(async (tx) => {
    const assessment = await assessmentFor(tx, scope, input.statementKey);
    if (assessment.version !== input.expectedVersion) {
      throw new AppError(
        "stale",
        "This statement changed since you opened it. Check the latest version, then try again.",
      );
    }
    const next = nextStatus(input.step, assessment.status, assessment.content);
    if ("refused" in next) throw new AppError("conflict", next.refused);
    await writeVersion(tx, scope, actor, assessment, {
      content: assessment.content,
      status: next.status,
      kind: input.step,
      note: input.reason || undefined,
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: STEP_ACTIONS[input.step],
      entityType: "quality_statement",
      entityId: input.statementKey,
      metadata: input.reason
        ? { from: assessment.status, to: next.status, reason: input.reason }
        : { from: assessment.status, to: next.status },
    });
    return { status: next.status };
  });
}

export async function addComment(
  scope: WorkspaceScope,
  actor: Actor,
  input: { statementKey: string; body: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const assessment = await assessmentFor(tx, scope, input.statementKey);
    const comment = await tx.statementComment.create({
      data: { workspaceId: scope.workspaceId, assessmentId: assessment.id, authorId: actor.userId, body: input.body },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "statement.commented",
      entityType: "statement_comment",
      entityId: comment.id,
      metadata: { statementKey: input.statementKey },
    });
  });
}

/** Makes an earlier revision (or a kept conflict) the current text again, as a new revision. */
export async function restoreRevision(
  scope: WorkspaceScope,
  actor: Actor,
  input: { statementKey: string; revisionId: string; expectedVersion: number },
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const assessment = await assessmentFor(tx, scope, input.statementKey);
    const revision = await tx.statementRevision.findFirst({
      where: { id: input.revisionId, assessmentId: assessment.id, workspaceId: scope.workspaceId },
      select: { version: true, content: true, createdAt: true },
    });
    if (!revision) throw new AppError("not_found", "That revision was not found.");
    if (!isEditable(assessment.status))
      throw new AppError("forbidden", "This statement has been agreed, so it is read-only. Reopen it first.");
    if (assessment.version !== input.expectedVersion) {
      throw new AppError(
        "stale",
        "This statement changed since you opened its history. Look at the history again, then restore.",
      );
    }
    const label = revision.version === null ? "kept unsaved text" : `version ${revision.version}`;
    const version = await writeVersion(tx, scope, actor, assessment, {
      content: readContent(revision.content),
      status: assessment.status === "not_started" ? "in_progress" : assessment.status,
      kind: "restore",
      note: `Restored ${label}`,
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "statement.restored",
      entityType: "quality_statement",
      entityId: input.statementKey,
      metadata: { version, restored: revision.version },
    });
    return { version };
  });
}

/** Freezes the whole self-assessment, with the rating it gives and the bands used, under a name. */
export async function createSnapshot(
  scope: WorkspaceScope,
  actor: Actor,
  input: { name: string; takenOn: string },
): Promise<{ id: string }> {
  const cycle = await getCurrentCycle(scope);
  const summaries = await listStatementSummaries(scope, cycle.id);
  const { bands } = summaries;
  const statements = statementsAsFrozen(summaries);
  try {
    return await db.$transaction(async (tx) => {
      const rating = calculateRating(
        statements.map((statement) => ({ key: statement.key, score: statement.content.score })),
        bands,
      );
      const snapshot = await tx.selfAssessmentSnapshot.create({
        data: {
          workspaceId: scope.workspaceId,
          cycleId: cycle.id,
          name: input.name,
          takenOn: new Date(`${input.takenOn}T00:00:00Z`),
          frameworkVersionId: summaries.frameworkVersionId,
          bands,
          rating,
          statements,
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        scope,
        actor,
        action: "snapshot.created",
        entityType: "snapshot",
        entityId: snapshot.id,
        metadata: { name: input.name },
      });
      return snapshot;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const message = "There is already a snapshot with this name. Choose another name.";
      throw new AppError("conflict", message, { name: message });
    }
    throw error;
  }
}

/**
 * Starts a new cycle whose self-assessment is a draft copy of the current one: every statement's
 * text and scores carried forward, agreed ones back to "in progress" for this cycle's review, each
 * with a first revision saying where it came from. The earlier cycle keeps its rows, revisions and
 * comments as they were. Key dates and the checklist start afresh with the new cycle.
 */
export async function startCycle(scope: WorkspaceScope, actor: Actor, input: StartCycleInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const { cycle, previous } = await createCycle(tx, scope, actor, input);
    const earlier = await tx.statementAssessment.findMany({
      where: { workspaceId: scope.workspaceId, cycleId: previous.id },
      orderBy: { id: "asc" },
      select: { qualityStatementId: true, status: true, content: true },
    });
    for (const row of earlier) {
      const content = readContent(row.content);
      const status: StatementStatus = row.status === "not_started" ? "not_started" : "in_progress";
      const created = await tx.statementAssessment.create({
        data: {
          workspaceId: scope.workspaceId,
          cycleId: cycle.id,
          qualityStatementId: row.qualityStatementId,
          content,
          score: content.score,
          status,
          version: 1,
          updatedById: actor.userId,
        },
        select: { id: true },
      });
      await tx.statementRevision.create({
        data: {
          workspaceId: scope.workspaceId,
          assessmentId: created.id,
          version: 1,
          kind: "carried_forward",
          content,
          score: content.score,
          status,
          note: `Carried forward from ${previous.name}`,
          createdById: actor.userId,
        },
        select: { id: true },
      });
    }
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "cycle.started",
      entityType: "assessment_cycle",
      entityId: cycle.id,
      metadata: { kind: cycle.kind, name: cycle.name, from: previous.id, statementsCarried: earlier.length },
    });
    return { id: cycle.id };
  });
}
