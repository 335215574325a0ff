import { db } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { defaultChecklist, dueDateOf } from "./domain";
import { getCurrentCycle } from "@/features/cycles/data";
import { setVisitWeeks as setCycleVisitWeeks } from "@/features/cycles/mutations";
import { getKeyDates } from "./data";
import type { ChecklistItemInput, TimelineDateInput, UpdateChecklistItemInput, VisitWeeksInput } from "./schema";

const asDate = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);
const sameDay = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : a.getTime() === b.getTime());

/** Enters (or changes) a key date, or clears it so the worked-out date shows again. */
export async function setTimelineDate(
  scope: WorkspaceScope,
  actor: Actor,
  input: TimelineDateInput,
): Promise<{ cleared: boolean }> {
  return db.$transaction(async (tx) => {
    const cycle = await getCurrentCycle(scope, tx);
    const where = { cycleId_key: { cycleId: cycle.id, key: input.key } };
    if (input.intent === "clear") {
      const { count } = await tx.timelineDate.deleteMany({
        where: { workspaceId: scope.workspaceId, cycleId: cycle.id, key: input.key },
      });
      if (count)
        await recordAuditEvent(tx, {
          scope,
          actor,
          action: "timeline.date_cleared",
          entityType: "timeline_date",
          entityId: null,
          metadata: { key: input.key },
        });
      return { cleared: count > 0 };
    }
    const date = asDate(input.date)!;
    const existing = await tx.timelineDate.findUnique({ where, select: { confirmedAt: true } });
    // Keep when CQC first confirmed it, so re-saving a note does not move the confirmation.
    const confirmedAt = input.confirmed ? (existing?.confirmedAt ?? new Date()) : null;
    const row = await tx.timelineDate.upsert({
      where,
      create: {
        workspaceId: scope.workspaceId,
        cycleId: cycle.id,
        key: input.key,
        date,
        confirmedAt,
        note: input.note,
        updatedById: actor.userId,
      },
      update: { date, confirmedAt, note: input.note, updatedById: actor.userId },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "timeline.date_set",
      entityType: "timeline_date",
      entityId: row.id,
      metadata: {
        key: input.key,
        date: input.date,
        confirmed: input.confirmed,
      },
    });
    return { cleared: false };
  });
}

/** Changes how many weeks after notification the current cycle's visit is expected. */
export async function setVisitWeeks(scope: WorkspaceScope, actor: Actor, input: VisitWeeksInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const { cycleId, previous } = await setCycleVisitWeeks(tx, scope, input.visitWeeks);
    if (previous === input.visitWeeks) return;
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "timeline.visit_weeks_set",
      entityType: "assessment_cycle",
      entityId: cycleId,
      metadata: { visitWeeks: input.visitWeeks, previous },
    });
  });
}

/** Adds the starting checklist, once per cycle, with due dates from the key dates known today. */
export async function startChecklist(scope: WorkspaceScope, actor: Actor): Promise<{ added: number }> {
  return db.$transaction(async (tx) => {
    // Locks the workspace row so two people pressing the button at once add the list once.
    const [workspace] = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Workspace" WHERE id = ${scope.workspaceId}::uuid FOR UPDATE`;
    if (!workspace) throw new AppError("not_found");
    const cycle = await getCurrentCycle(scope, tx);
    if (await tx.readinessChecklistItem.count({ where: { workspaceId: scope.workspaceId, cycleId: cycle.id } })) {
      throw new AppError("conflict", "The checklist has already been started. Add or remove items below.");
    }
    const items = defaultChecklist(await getKeyDates(scope, tx));
    await tx.readinessChecklistItem.createMany({
      data: items.map((item) => ({ workspaceId: scope.workspaceId, cycleId: cycle.id, ...item })),
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "timeline.checklist_started",
      entityType: "readiness_checklist",
      entityId: null,
      metadata: { items: items.length },
    });
    return { added: items.length };
  });
}

export async function addChecklistItem(
  scope: WorkspaceScope,
  actor: Actor,
  input: ChecklistItemInput,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const cycle = await getCurrentCycle(scope, tx);
    const last = await tx.readinessChecklistItem.aggregate({
      where: { workspaceId: scope.workspaceId, cycleId: cycle.id },
      _max: { position: true },
    });
    const row = await tx.readinessChecklistItem.create({
      data: {
        workspaceId: scope.workspaceId,
        cycleId: cycle.id,
        phase: input.phase,
        text: input.text,
        owner: input.owner,
        dueDate: asDate(input.dueDate),
        position: (last._max.position ?? -1) + 1,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "timeline.checklist_item_added",
      entityType: "readiness_checklist_item",
      entityId: row.id,
      metadata: {
        phase: input.phase,
      },
    });
    return row;
  });
}

/**
 * Saves an item. A due date that follows a key date keeps following it while the form sends back
 * the date it showed; a different date (or none) is the person setting it by hand.
 */
export async function updateChecklistItem(
  scope: WorkspaceScope,
  actor: Actor,
  input: UpdateChecklistItemInput,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const current = await tx.readinessChecklistItem.findFirst({
      where: { id: input.id, workspaceId: scope.workspaceId },
      select: { dueDate: true, followsKey: true, followsDays: true },
    });
    if (!current) throw new AppError("not_found");
    const following =
      current.followsKey !== null && sameDay(dueDateOf(current, await getKeyDates(scope, tx)), asDate(input.dueDate));
    const { count } = await tx.readinessChecklistItem.updateMany({
      where: { id: input.id, workspaceId: scope.workspaceId },
      data: {
        phase: input.phase,
        text: input.text,
        owner: input.owner,
        dueDate: asDate(input.dueDate),
        ...(following ? {} : { followsKey: null, followsDays: null }),
      },
    });
    if (!count) throw new AppError("not_found");
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "timeline.checklist_item_updated",
      entityType: "readiness_checklist_item",
      entityId: input.id,
      metadata: {
        phase: input.phase,
      },
    });
  });
}

export async function tickChecklistItem(
  scope: WorkspaceScope,
  actor: Actor,
  input: { id: string; done: boolean },
): Promise<void> {
  await db.$transaction(async (tx) => {
    // Ticking an item already done keeps the day it was first done.
    const { count } = await tx.readinessChecklistItem.updateMany({
      where: { id: input.id, workspaceId: scope.workspaceId, ...(input.done ? { doneAt: null } : {}) },
      data: { doneAt: input.done ? new Date() : null },
    });
    if (!count && !(await tx.readinessChecklistItem.count({ where: { id: input.id, workspaceId: scope.workspaceId } })))
      throw new AppError("not_found");
    if (count)
      await recordAuditEvent(tx, {
        scope,
        actor,
        action: input.done ? "timeline.checklist_item_done" : "timeline.checklist_item_undone",
        entityType: "readiness_checklist_item",
        entityId: input.id,
        metadata: {},
      });
  });
}

export async function removeChecklistItem(scope: WorkspaceScope, actor: Actor, input: { id: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.readinessChecklistItem.deleteMany({
      where: { id: input.id, workspaceId: scope.workspaceId },
    });
    if (!count) throw new AppError("not_found");
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "timeline.checklist_item_removed",
      entityType: "readiness_checklist_item",
      entityId: input.id,
      metadata: {},
    });
  });
}
