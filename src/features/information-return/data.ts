import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { getCurrentCycle } from "@/features/cycles/data";
import { itemDueDate, type IrStatus } from "./domain";

/** The workbench: the current cycle's notification date and every item with owner, status, due date and evidence count. */
export async function getInformationReturn(scope: WorkspaceScope) {
  const [cycle, items, members] = await Promise.all([
    getCurrentCycle(scope),
    db.informationReturnItem.findMany({
      where: { workspaceId: scope.workspaceId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        reference: true,
        title: true,
        statementKeys: true,
        ownerId: true,
        status: true,
        dueDate: true,
        _count: { select: { evidence: true } },
      },
    }),
    db.membership.findMany({
      where: { workspaceId: scope.workspaceId },
      select: { user: { select: { id: true, name: true } } },
    }),
  ]);
  const names = new Map(members.map((member) => [member.user.id, member.user.name]));
  return {
    notificationDate: cycle.notificationDate,
    items: items.map((item) => ({
      id: item.id,
      reference: item.reference,
      title: item.title,
      statementKeys: item.statementKeys,
      owner: item.ownerId ? (names.get(item.ownerId) ?? "Former member") : null,
      status: item.status as IrStatus,
      due: itemDueDate(item.dueDate, cycle.notificationDate),
      evidenceCount: item._count.evidence,
    })),
  };
}

export async function getInformationReturnItem(
  scope: WorkspaceScope,
  id: string,
  viewer: { maySeeSensitive: boolean },
) {
  const [cycle, item] = await Promise.all([
    getCurrentCycle(scope),
    db.informationReturnItem.findFirst({
      where: { id, workspaceId: scope.workspaceId },
      select: {
        id: true,
        reference: true,
        title: true,
        statementKeys: true,
        ownerId: true,
        status: true,
        dueDate: true,
        notes: true,
        evidence: {
          where: viewer.maySeeSensitive ? {} : { evidenceItem: { containsPersonalData: false } },
          select: {
            pointer: true,
            evidenceItem: { select: { id: true, title: true, _count: { select: { files: true } } } },
          },
        },
      },
    }),
  ]);
  if (!item) return null;
  return {
    ...item,
    status: item.status as IrStatus,
    due: itemDueDate(item.dueDate, cycle.notificationDate),
    evidence: item.evidence.map((link) => ({
      id: link.evidenceItem.id,
      title: link.evidenceItem.title,
      files: link.evidenceItem._count.files,
      pointer: link.pointer,
    })),
  };
}

/**
 * Everything the pack needs: each item with its linked evidence, pointers, statements and the
 * latest file of each evidence item (with where it is stored). Two queries.
 */
export async function getPackContents(scope: WorkspaceScope) {
  return db.informationReturnItem.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: { position: "asc" },
    select: {
      reference: true,
      title: true,
      statementKeys: true,
      status: true,
      evidence: {
        orderBy: { evidenceItem: { title: "asc" } },
        select: {
          pointer: true,
          evidenceItem: {
            select: {
              id: true,
              title: true,
              url: true,
              files: {
                orderBy: { version: "desc" },
                take: 1,
                select: { fileName: true, storageKey: true, sha256: true, size: true, version: true },
              },
            },
          },
        },
      },
    },
  });
}

/** The workspace's return items as choices for a form (evidence, requests). */
export async function listReturnItemOptions(scope: WorkspaceScope) {
  return db.informationReturnItem.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: { position: "asc" },
    select: { id: true, reference: true, title: true },
  });
}
