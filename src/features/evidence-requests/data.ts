import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { PERMISSIONS } from "@/lib/authz/permissions";
import { addDays, ukToday } from "@/lib/calendar";
import { REMIND_DAYS_BEFORE, type NoticeKind, type RequestStatus } from "./domain";
import type { RequestViewer } from "./policy";

const requestSelect = {
  id: true,
  requestedById: true,
  assigneeId: true,
  categoryKey: true,
  dueDate: true,
  message: true,
  status: true,
  declineReason: true,
  evidenceItemId: true,
  respondedAt: true,
  createdAt: true,
  qualityStatement: { select: { key: true, number: true, name: true } },
  informationReturnItem: { select: { id: true, reference: true, title: true, statementKeys: true } },
} as const;

type Target = {
  qualityStatement: { number: number; name: string } | null;
  informationReturnItem: { reference: string; title: string } | null;
};

/** "3. Safeguarding" or "IR-07 Safeguarding adults reviews": what a request is for, in words. */
export function targetLabel(request: Target): string {
  if (request.qualityStatement) return `${request.qualityStatement.number}. ${request.qualityStatement.name}`;
  if (request.informationReturnItem)
    return `${request.informationReturnItem.reference} ${request.informationReturnItem.title}`;
  return "An information return item that has since been removed";
}

async function namesOf(ids: string[]): Promise<Map<string, { name: string; email: string }>> {
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((user) => [user.id, { name: user.name, email: user.email }]));
}

/** The requests this person may see, newest first, with names. Three queries. */
export async function listRequests(scope: WorkspaceScope, viewer: RequestViewer) {
  const rows = await db.evidenceRequest.findMany({
    where: {
      workspaceId: scope.workspaceId,
      ...(viewer.seesAll ? {} : { OR: [{ assigneeId: viewer.userId }, { requestedById: viewer.userId }] }),
    },
    orderBy: [{ dueDate: "asc" }, { createdAt: "desc" }],
    select: { ...requestSelect, notices: { select: { kind: true, channel: true, createdAt: true } } },
  });
  const names = await namesOf(rows.flatMap((row) => [row.requestedById, row.assigneeId]));
  return rows.map((row) => ({
    id: row.id,
    target: targetLabel(row),
    categoryKey: row.categoryKey,
    dueDate: row.dueDate,
    status: row.status as RequestStatus,
    requestedById: row.requestedById,
    assigneeId: row.assigneeId,
    requester: names.get(row.requestedById)?.name ?? "A former user",
    assignee: names.get(row.assigneeId)?.name ?? "A former user",
    notices: row.notices.map((notice) => ({
      kind: notice.kind as NoticeKind,
      channel: notice.channel,
      createdAt: notice.createdAt,
    })),
  }));
}

/** One request with its notices, or null when it is not in this workspace. Visibility is the caller's rule. */
export async function getRequest(scope: WorkspaceScope, id: string) {
  const row = await db.evidenceRequest.findFirst({
    where: { id, workspaceId: scope.workspaceId },
    select: {
      ...requestSelect,
      notices: { orderBy: { createdAt: "asc" }, select: { kind: true, channel: true, createdAt: true } },
    },
  });
  if (!row) return null;
  const names = await namesOf([row.requestedById, row.assigneeId]);
  return {
    ...row,
    status: row.status as RequestStatus,
    target: targetLabel(row),
    requester: names.get(row.requestedById)?.name ?? "A former user",
    assignee: names.get(row.assigneeId)?.name ?? "A former user",
    notices: row.notices.map((notice) => ({
      kind: notice.kind as NoticeKind,
      channel: notice.channel,
      createdAt: notice.createdAt,
    })),
  };
}

export async function countOpenRequestsFor(scope: WorkspaceScope, userId: string): Promise<number> {
  return db.evidenceRequest.count({ where: { workspaceId: scope.workspaceId, assigneeId: userId, status: "open" } });
}

/** People who can be asked: in the workspace (active, or invited and not yet joined) with a role that may answer. */
export async function listAskableMembers(scope: WorkspaceScope) {
  const rows = await db.membership.findMany({
    where: {
      workspaceId: scope.workspaceId,
      status: { in: ["active", "invited"] },
      role: { in: [...PERMISSIONS["evidence-request:respond"]] },
    },
    orderBy: { user: { name: "asc" } },
    select: { status: true, user: { select: { id: true, name: true } } },
  });
  return rows.map((row) => ({ id: row.user.id, name: row.user.name, invited: row.status === "invited" }));
}

/**
 * Open requests, in every workspace, close enough to their due date to be owed a reminder, with
 * the notices already given. The reminder check runs outside any user's request, so no scope.
 */
export async function findRequestsNearDue(now: Date) {
  const rows = await db.evidenceRequest.findMany({
    where: { status: "open", dueDate: { lte: addDays(ukToday(now), REMIND_DAYS_BEFORE) } },
    select: { id: true, status: true, dueDate: true, createdAt: true, notices: { select: { kind: true } } },
  });
  return rows.map((row) => ({
    ...row,
    status: row.status as RequestStatus,
    sent: row.notices.map((notice) => notice.kind as NoticeKind),
  }));
}

/** What an e-mail about one request needs: both people, the council and the category's name. */
export async function getRequestForNotice(id: string) {
  const row = await db.evidenceRequest.findUnique({
    where: { id },
    select: {
      ...requestSelect,
      workspace: {
        select: {
          name: true,
          frameworkVersion: { select: { evidenceCategories: { select: { key: true, name: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  const names = await namesOf([row.requestedById, row.assigneeId]);
  const assignee = names.get(row.assigneeId);
  return {
    id: row.id,
    status: row.status as RequestStatus,
    dueDate: row.dueDate,
    message: row.message,
    target: targetLabel(row),
    category:
      row.workspace.frameworkVersion.evidenceCategories.find((category) => category.key === row.categoryKey)?.name ??
      row.categoryKey,
    councilName: row.workspace.name,
    requesterName: names.get(row.requestedById)?.name ?? "A colleague",
    assigneeName: assignee?.name ?? "colleague",
    assigneeEmail: assignee?.email ?? null,
  };
}

/** Open requests and how many of them are past their due date (London calendar day). */
export async function countRequestStates(scope: WorkspaceScope, now: Date) {
  const [open, overdue] = await Promise.all([
    db.evidenceRequest.count({ where: { workspaceId: scope.workspaceId, status: "open" } }),
    db.evidenceRequest.count({
      where: { workspaceId: scope.workspaceId, status: "open", dueDate: { lt: ukToday(now) } },
    }),
  ]);
  return { open, overdue };
}
