import { db, type DbOrTx } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { WorkspaceScope } from "@/lib/authz/scope";
import type { EvidenceViewer } from "@/features/evidence/policy";
import type { OutcomeInput, PointInput, UpdatePointInput } from "./schema";

const wrongEvidence = () =>
  new AppError("invalid", "Choose evidence from the list", {
    evidenceIds: "Choose evidence from the list: one of the items chosen is not in the library",
  });

/**
 * The evidence ids to store. Newly chosen items must be this council's, visible to the viewer and
 * ready or approved; items already on the point that this viewer may not see are kept, so an edit
 * by someone without access to personal data never drops them.
 */
async function checkedEvidence(
  tx: DbOrTx,
  scope: WorkspaceScope,
  viewer: EvidenceViewer,
  chosen: string[],
  existing: string[],
): Promise<string[]> {
  const added = chosen.filter((id) => !existing.includes(id));
  // One after the other: inside a transaction this is one connection, which runs one query at a time.
  const allowed = added.length
    ? await tx.evidenceItem.count({
        where: {
          workspaceId: scope.workspaceId,
          id: { in: added },
          status: { in: ["ready", "approved"] },
          ...(viewer.maySeeSensitive ? {} : { containsPersonalData: false }),
        },
      })
    : 0;
  const stillThere = await tx.evidenceItem.count({
    where: { workspaceId: scope.workspaceId, id: { in: chosen.filter((id) => existing.includes(id)) } },
  });
  const hidden =
    viewer.maySeeSensitive || !existing.length
      ? []
      : await tx.evidenceItem.findMany({
          where: { workspaceId: scope.workspaceId, id: { in: existing }, containsPersonalData: true },
          select: { id: true },
        });
  if (allowed !== added.length || stillThere !== chosen.length - added.length) throw wrongEvidence();
  return [...new Set([...chosen, ...hidden.map((item) => item.id)])];
}

export async function addPoint(
  scope: WorkspaceScope,
  actor: Actor,
  viewer: EvidenceViewer,
  input: PointInput,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const evidenceIds = await checkedEvidence(tx, scope, viewer, input.evidenceIds, []);
    const row = await tx.factualAccuracyPoint.create({
      data: {
        workspaceId: scope.workspaceId,
        reference: input.reference,
        draftText: input.draftText,
        correction: input.correction,
        evidenceIds,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "factual_accuracy.point_added",
      entityType: "factual_accuracy_point",
      entityId: row.id,
      metadata: { evidence: evidenceIds.length },
    });
    return row;
  });
}

/** Locks the point and refuses an edit made from an older version. */
async function lockCurrent(tx: DbOrTx, scope: WorkspaceScope, id: string, expectedVersion: number) {
  const [row] = await tx.$queryRaw<{ version: number; evidenceIds: string[] }[]>`
    SELECT version, "evidenceIds" FROM "FactualAccuracyPoint" WHERE id = ${id}::uuid AND "workspaceId" = ${scope.workspaceId}::uuid FOR UPDATE`;
  if (!row) throw new AppError("not_found");
  if (row.version !== expectedVersion) throw new AppError("stale");
  return row;
}

export async function updatePoint(
  scope: WorkspaceScope,
  actor: Actor,
  viewer: EvidenceViewer,
  input: UpdatePointInput,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const current = await lockCurrent(tx, scope, input.id, input.expectedVersion);
    const evidenceIds = await checkedEvidence(tx, scope, viewer, input.evidenceIds, current.evidenceIds);
    await tx.factualAccuracyPoint.update({
      where: { id: input.id },
      data: {
        reference: input.reference,
        draftText: input.draftText,
        correction: input.correction,
        evidenceIds,
        version: { increment: 1 },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "factual_accuracy.point_updated",
      entityType: "factual_accuracy_point",
      entityId: input.id,
      metadata: { evidence: evidenceIds.length },
    });
  });
}

export async function setOutcome(scope: WorkspaceScope, actor: Actor, input: OutcomeInput): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockCurrent(tx, scope, input.id, input.expectedVersion);
    await tx.factualAccuracyPoint.update({
      where: { id: input.id },
      data: { outcome: input.outcome, outcomeNote: input.outcomeNote, version: { increment: 1 } },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "factual_accuracy.outcome_set",
      entityType: "factual_accuracy_point",
      entityId: input.id,
      metadata: { outcome: input.outcome },
    });
  });
}
