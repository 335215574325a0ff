import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import type { EvidenceViewer } from "@/features/evidence/policy";
import type { Outcome } from "./domain";

/** How many evidence items the point form offers at most, most recently updated first. */
export const EVIDENCE_CHOICES = 200;

const select = {
  id: true,
  reference: true,
  draftText: true,
  correction: true,
  evidenceIds: true,
  outcome: true,
  outcomeNote: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

export async function listPoints(scope: WorkspaceScope) {
  const rows = await db.factualAccuracyPoint.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: { createdAt: "asc" },
    select,
  });
  return rows.map((row) => ({ ...row, outcome: row.outcome as Outcome }));
}

export async function getPoint(scope: WorkspaceScope, id: string) {
  const row = await db.factualAccuracyPoint.findFirst({ where: { id, workspaceId: scope.workspaceId }, select });
  return row ? { ...row, outcome: row.outcome as Outcome } : null;
}

/**
 * Evidence the council may cite: ready or approved items this viewer may see, whose title holds
 * the filter, plus any already chosen (whatever their status now), so saving never drops one.
 */
export async function listEvidenceChoices(
  scope: WorkspaceScope,
  viewer: EvidenceViewer,
  filter: string | undefined,
  chosen: string[],
) {
  const visible = {
    workspaceId: scope.workspaceId,
    ...(viewer.maySeeSensitive ? {} : { containsPersonalData: false }),
  };
  const [offered, already] = await Promise.all([
    db.evidenceItem.findMany({
      where: {
        ...visible,
        status: { in: ["ready", "approved"] },
        ...(filter ? { title: { contains: filter, mode: "insensitive" as const } } : {}),
      },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: EVIDENCE_CHOICES,
      select: { id: true, title: true },
    }),
    chosen.length
      ? db.evidenceItem.findMany({
          where: { ...visible, id: { in: chosen } },
          orderBy: { title: "asc" },
          select: { id: true, title: true },
        })
      : Promise.resolve([]),
  ]);
  const offeredIds = new Set(offered.map((item) => item.id));
  return {
    choices: [...already.filter((item) => !offeredIds.has(item.id)), ...offered],
    limited: offered.length === EVIDENCE_CHOICES,
    limit: EVIDENCE_CHOICES,
  };
}

/** Titles of the evidence items given, as far as this viewer may see them. */
export async function listEvidenceTitles(scope: WorkspaceScope, viewer: EvidenceViewer, ids: string[]) {
  if (!ids.length) return [];
  return db.evidenceItem.findMany({
    where: {
      workspaceId: scope.workspaceId,
      id: { in: ids },
      ...(viewer.maySeeSensitive ? {} : { containsPersonalData: false }),
    },
    orderBy: { title: "asc" },
    select: { id: true, title: true },
  });
}
