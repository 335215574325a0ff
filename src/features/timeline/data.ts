import { db, type DbOrTx } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { getCurrentCycle } from "@/features/cycles/data";
import {
  isTimelineKey,
  keyDates,
  type ChecklistDue,
  type ChecklistPhase,
  type KeyDate,
  type TimelineFacts,
} from "./domain";

/**
 * The current cycle's notification date, visit setting and every date the council entered in it. Two queries,
 * one after the other so a transaction (`client`) can read them too.
 */
export async function getTimelineFacts(scope: WorkspaceScope, client: DbOrTx = db): Promise<TimelineFacts> {
  const cycle = await getCurrentCycle(scope, client);
  const rows = await client.timelineDate.findMany({
    where: { workspaceId: scope.workspaceId, cycleId: cycle.id },
    select: { key: true, date: true, confirmedAt: true, note: true },
  });
  return {
    notificationDate: cycle.notificationDate,
    visitWeeks: cycle.visitWeeks,
    entered: rows.flatMap((row) =>
      isTimelineKey(row.key) ? [{ key: row.key, date: row.date, confirmedAt: row.confirmedAt, note: row.note }] : [],
    ),
  };
}

/** Every key date of the workspace, entered ones in place of worked-out ones. */
export async function getKeyDates(scope: WorkspaceScope, client: DbOrTx = db): Promise<KeyDate[]> {
  return keyDates(await getTimelineFacts(scope, client));
}

/** As stored: `dueDateOf` (domain.ts) gives the due date of one that follows a key date. */
export type ChecklistItem = {
  id: string;
  phase: ChecklistPhase;
  text: string;
  owner: string;
  doneAt: Date | null;
} & ChecklistDue;

const checklistSelect = {
  id: true,
  phase: true,
  text: true,
  owner: true,
  dueDate: true,
  followsKey: true,
  followsDays: true,
  doneAt: true,
} as const;

/** The current cycle's checklist. */
export async function listChecklist(scope: WorkspaceScope): Promise<ChecklistItem[]> {
  const cycle = await getCurrentCycle(scope);
  const rows = await db.readinessChecklistItem.findMany({
    where: { workspaceId: scope.workspaceId, cycleId: cycle.id },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: checklistSelect,
  });
  return rows.map((row) => ({ ...row, phase: row.phase as ChecklistPhase }));
}

export async function getChecklistItem(scope: WorkspaceScope, id: string): Promise<ChecklistItem | null> {
  const row = await db.readinessChecklistItem.findFirst({
    where: { id, workspaceId: scope.workspaceId },
    select: checklistSelect,
  });
  return row ? { ...row, phase: row.phase as ChecklistPhase } : null;
}
