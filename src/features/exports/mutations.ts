import type { WorkspaceScope } from "@/lib/authz/scope";
import { recordAuditEvent } from "@/lib/audit";
import { db } from "@/lib/db/client";
import type { ExportKind } from "./domain";

/** Records that someone started an export; the job that builds it is sent by the caller. */
export async function createExport(scope: WorkspaceScope, actor: { userId: string }, kind: ExportKind) {
  return db.$transaction(async (tx) => {
    const created = await tx.export.create({
      data: { workspaceId: scope.workspaceId, requestedById: actor.userId, kind },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      workspaceId: scope.workspaceId,
      actorUserId: actor.userId,
      action: "export.started",
      entityType: "export",
      entityId: created.id,
      metadata: { kind },
    });
    return created;
  });
}

/** The job has begun (again, after a lost worker): progress starts from nothing. */
export async function markExportRunning(id: string, total: number): Promise<void> {
  await db.export.update({ where: { id }, data: { status: "running", done: 0, total }, select: { id: true } });
}

export async function setExportProgress(id: string, done: number, total: number): Promise<void> {
  await db.export.updateMany({ where: { id, status: "running" }, data: { done, total } });
}

export async function markExportReady(
  id: string,
  file: { fileName: string; contentType: string; storageKey: string },
): Promise<void> {
  await db.export.update({
    where: { id },
    data: { ...file, status: "ready", finishedAt: new Date() },
    select: { id: true },
  });
}

export async function markExportFailed(id: string): Promise<void> {
  await db.export.updateMany({
    where: { id, status: { not: "ready" } },
    data: { status: "failed", finishedAt: new Date() },
  });
}

export async function removeExports(ids: string[]): Promise<void> {
  await db.export.deleteMany({ where: { id: { in: ids } } });
}
