import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { addDays, londonInstant } from "@/lib/calendar";
import type { Prisma } from "@/generated/prisma/client";
import { actionFamily, isActionFamily, type AuditQuery } from "./schema";

export const AUDIT_PAGE_SIZE = 100;
const EXPORT_BATCH = 500;

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorUserId: string | null;
  /** The actor's name; null for the system or a user no longer on record. */
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  metadata: Prisma.JsonValue | null;
};

/** Filters on the workspace's own events; from/to are London days, both included. */
function auditWhere(scope: WorkspaceScope, query: Omit<AuditQuery, "page">): Prisma.AuditEventWhereInput {
  const { action, entityType, actor, from, to } = query;
  return {
    workspaceId: scope.workspaceId,
    ...(action ? { action: isActionFamily(action) ? { startsWith: action } : action } : {}),
    ...(entityType ? { entityType } : {}),
    ...(actor ? { actorUserId: actor } : {}),
    ...(from || to
      ? {
          createdAt: {
            ...(from ? { gte: londonInstant(from, "00:00") } : {}),
            // Up to the start of the next London day, so an event at 11:30pm on a summer's day counts.
            ...(to
              ? {
                  lt: londonInstant(
                    addDays(new Date(`${to}T00:00:00Z`), 1)
                      .toISOString()
                      .slice(0, 10),
                    "00:00",
                  ),
                }
              : {}),
          },
        }
      : {}),
  };
}

const eventSelect = {
  id: true,
  createdAt: true,
  actorUserId: true,
  action: true,
  entityType: true,
  entityId: true,
  metadata: true,
} as const;

type EventRow = Prisma.AuditEventGetPayload<{ select: typeof eventSelect }>;

/** Actor ids kept as plain ids (the trail outlives users), so names are looked up in one query. */
async function withActorNames(events: EventRow[]): Promise<AuditRow[]> {
  const ids = [...new Set(events.map((event) => event.actorUserId).filter((id): id is string => Boolean(id)))];
  const users = ids.length
    ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((user) => [user.id, user.name]));
  return events.map((event) => ({
    ...event,
    actorName: event.actorUserId ? (names.get(event.actorUserId) ?? null) : null,
  }));
}

/** One page of the workspace's audit trail, newest first, and how many events match. Three queries. */
export async function listAuditEvents(
  scope: WorkspaceScope,
  query: AuditQuery,
): Promise<{ events: AuditRow[]; total: number }> {
  const where = auditWhere(scope, query);
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      // Ids are UUIDv7 (time-ordered): a tie-break for events in the same millisecond.
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: eventSelect,
    }),
  ]);
  return { events: await withActorNames(rows), total };
}

/** What the filters can offer: the action families and entity types present, and the members. */
export async function getAuditFilterOptions(scope: WorkspaceScope) {
  const where = { workspaceId: scope.workspaceId };
  const [actions, entityTypes, members] = await Promise.all([
    db.auditEvent.groupBy({ by: ["action"], where, orderBy: { action: "asc" } }),
    db.auditEvent.groupBy({ by: ["entityType"], where, orderBy: { entityType: "asc" } }),
    db.membership.findMany({
      where,
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    actionFamilies: [...new Set(actions.map((row) => actionFamily(row.action)))].sort(),
    entityTypes: entityTypes.map((row) => row.entityType),
    actors: members.map((member) => ({ id: member.user.id, name: member.user.name })),
  };
}

/** True when the user is (or was) a member of this workspace: only they may be an actor filter. */
export async function isWorkspaceMember(scope: WorkspaceScope, userId: string): Promise<boolean> {
  return (await db.membership.count({ where: { workspaceId: scope.workspaceId, userId } })) > 0;
}

/**
 * Every matching event for the export, newest first, streamed in pages of 500 by keyset on
 * (createdAt, id), so a trail of any length is exported without holding it in memory and events
 * written while the export runs (its own `audit.exported`, for one) do not shift the pages.
 */
export async function* auditEventsForExport(
  scope: WorkspaceScope,
  query: Omit<AuditQuery, "page">,
): AsyncGenerator<AuditRow> {
  const where = auditWhere(scope, query);
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const page = await db.auditEvent.findMany({
      where: after
        ? {
            AND: [
              where,
              { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] },
            ],
          }
        : where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: EXPORT_BATCH,
      select: eventSelect,
    });
    if (page.length === 0) return;
    yield* await withActorNames(page);
    if (page.length < EXPORT_BATCH) return;
    const last = page[page.length - 1]!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
