import { readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { setNotificationDate as setCycleNotificationDate } from "@/features/cycles/mutations";
import type { IrStatus } from "./domain";
import { informationReturnReferenceSchema } from "./schema";

export const STARTING_LIST_FILE = path.join(process.cwd(), "prisma", "reference", "information-return-items.json");

/** Copies the starting list into the workspace, once; the council then edits its own copy. */
export async function startInformationReturn(scope: WorkspaceScope, actor: Actor): Promise<{ added: number }> {
  const list = informationReturnReferenceSchema.parse(JSON.parse(await readFile(STARTING_LIST_FILE, "utf8")));
  return db.$transaction(async (tx) => {
    if (await tx.informationReturnItem.count({ where: { workspaceId: scope.workspaceId } })) {
      throw new AppError("conflict", "The information return has already been started.");
    }
    await tx.informationReturnItem.createMany({
      data: list.items.map((item, position) => ({
        workspaceId: scope.workspaceId,
        reference: item.reference,
        title: item.title,
        statementKeys: item.statements,
        position,
      })),
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "information_return.started",
      entityType: "information_return",
      metadata: { items: list.items.length },
    });
    return { added: list.items.length };
  });
}

export async function setNotificationDate(
  scope: WorkspaceScope,
  actor: Actor,
  notificationDate: string | null,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await setCycleNotificationDate(tx, scope, notificationDate ? new Date(`${notificationDate}T00:00:00Z`) : null);
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "workspace.notification_date_set",
      entityType: "workspace",
      entityId: scope.workspaceId,
      metadata: { notificationDate },
    });
  });
}

export async function updateInformationReturnItem(
  scope: WorkspaceScope,
  actor: Actor,
  input: { id: string; ownerId: string | null; status: IrStatus; dueDate: string | null; notes: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    if (
      input.ownerId &&
      !(await tx.membership.count({
        where: { workspaceId: scope.workspaceId, userId: input.ownerId, status: "active" },
      }))
    ) {
      throw new AppError("invalid", "Choose an owner from the list", { ownerId: "Choose an owner from the list" });
    }
    const { count } = await tx.informationReturnItem.updateMany({
      where: { id: input.id, workspaceId: scope.workspaceId },
      data: {
        ownerId: input.ownerId,
        status: input.status,
        dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null,
        notes: input.notes,
      },
    });
    if (!count) throw new AppError("not_found");
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "information_return.item_updated",
      entityType: "information_return_item",
      entityId: input.id,
      metadata: { status: input.status },
    });
  });
}

export async function linkEvidence(
  scope: WorkspaceScope,
  actor: Actor,
  input: { itemId: string; evidenceItemId: string; pointer: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    // One after the other: a transaction is one connection, which runs one query at a time.
    const item = await tx.informationReturnItem.count({ where: { id: input.itemId, workspaceId: scope.workspaceId } });
    const evidence = await tx.evidenceItem.count({
      where: { id: input.evidenceItemId, workspaceId: scope.workspaceId },
    });
    if (!item || !evidence) throw new AppError("not_found");
    await tx.informationReturnEvidence.upsert({
      where: { itemId_evidenceItemId: { itemId: input.itemId, evidenceItemId: input.evidenceItemId } },
      create: input,
      update: { pointer: input.pointer },
      select: { itemId: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "information_return.evidence_linked",
      entityType: "information_return_item",
      entityId: input.itemId,
      metadata: { evidenceItemId: input.evidenceItemId },
    });
  });
}

export async function unlinkEvidence(
  scope: WorkspaceScope,
  actor: Actor,
  input: { itemId: string; evidenceItemId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.informationReturnEvidence.deleteMany({
      where: { itemId: input.itemId, evidenceItemId: input.evidenceItemId, item: { workspaceId: scope.workspaceId } },
    });
    if (!count) throw new AppError("not_found");
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "information_return.evidence_unlinked",
      entityType: "information_return_item",
      entityId: input.itemId,
      metadata: { evidenceItemId: input.evidenceItemId },
    });
  });
}

export async function recordPackExport(
  scope: WorkspaceScope,
  actor: Actor,
  summary: { items: number; files: number },
): Promise<void> {
  await recordAuditEvent(db, {
    scope,
    actor,
    action: "information_return.pack_exported",
    entityType: "information_return",
    metadata: summary,
  });
}
