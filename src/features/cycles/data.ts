import { db, type DbOrTx } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import type { Cycle, CycleKind } from "./domain";

export const cycleSelect = {
  id: true,
  kind: true,
  name: true,
  startedOn: true,
  notificationDate: true,
  visitWeeks: true,
  statementKeys: true,
  lens: true,
  previousCycleId: true,
} as const;

const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

export function toCycle(row: Omit<Cycle, "kind"> & { kind: string }): Cycle {
  return { ...row, kind: row.kind as CycleKind };
}

/** The cycle the workspace is working in: its newest. Every workspace has one from the day it is set up. */
export async function getCurrentCycle(scope: WorkspaceScope, client: DbOrTx = db): Promise<Cycle> {
  const row = await client.assessmentCycle.findFirstOrThrow({
    where: { workspaceId: scope.workspaceId },
    orderBy: newestFirst,
    select: cycleSelect,
  });
  return toCycle(row);
}

/** Every cycle of the workspace, newest first, with who started it and how many snapshots it has. */
export async function listCycles(scope: WorkspaceScope) {
  const rows = await db.assessmentCycle.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: newestFirst,
    select: { ...cycleSelect, createdAt: true, _count: { select: { snapshots: true } } },
  });
  return rows.map((row) => ({ ...toCycle(row), createdAt: row.createdAt, snapshots: row._count.snapshots }));
}

export async function getCycle(scope: WorkspaceScope, id: string): Promise<Cycle | null> {
  const row = await db.assessmentCycle.findFirst({
    where: { id, workspaceId: scope.workspaceId },
    select: cycleSelect,
  });
  return row ? toCycle(row) : null;
}
