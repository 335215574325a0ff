import type { WorkspaceScope } from "@/lib/authz/scope";
import { db } from "@/lib/db/client";
import type { ExportKind } from "./domain";

const exportFields = {
  id: true,
  kind: true,
  status: true,
  done: true,
  total: true,
  fileName: true,
  createdAt: true,
  finishedAt: true,
} as const;

/** One export this person started in this workspace; anyone else's is simply not there. */
export async function getExport(scope: WorkspaceScope, userId: string, id: string) {
  return db.export.findFirst({
    where: { id, workspaceId: scope.workspaceId, requestedById: userId },
    select: exportFields,
  });
}

/** This person's most recent export of a kind, for the page they start it from. */
export async function latestExport(scope: WorkspaceScope, userId: string, kind: ExportKind) {
  return db.export.findFirst({
    where: { workspaceId: scope.workspaceId, requestedById: userId, kind },
    orderBy: { createdAt: "desc" },
    select: exportFields,
  });
}

/** The stored file of a finished export of this person's, for the download. */
export async function getExportFile(scope: WorkspaceScope, userId: string, id: string, kind: ExportKind) {
  return db.export.findFirst({
    where: { id, workspaceId: scope.workspaceId, requestedById: userId, kind, status: "ready" },
    select: { fileName: true, contentType: true, storageKey: true },
  });
}

/** What the job needs to build an export (no session in a job: the row says who asked). */
export async function getExportForJob(id: string) {
  return db.export.findUnique({
    where: { id },
    select: { id: true, workspaceId: true, requestedById: true, kind: true, status: true },
  });
}

/** Exports finished before `before`, whose files the clean-up removes. */
export async function listExportsFinishedBefore(before: Date) {
  return db.export.findMany({
    where: { finishedAt: { lt: before } },
    select: { id: true, storageKey: true },
    take: 500,
  });
}
