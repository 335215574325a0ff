import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { AUDIT_PAGE_SIZE, getAuditFilterOptions, listAuditEvents } from "./data";
import { describeMetadata } from "./domain";
import { parseAuditQuery } from "./schema";

const METADATA_LENGTH = 160;

/** The audit trail page: one page of the workspace's events with the filters' choices. */
export async function loadAuditTrail(searchParams: Record<string, string | string[] | undefined>) {
  const session = await requirePermission("audit:read");
  const scope = session.member.scope;
  const parsed = parseAuditQuery(searchParams);
  const options = await getAuditFilterOptions(scope);
  // Only a member of this workspace can be chosen as the actor; any other id is no filter.
  const query =
    parsed.actor && !options.actors.some((actor) => actor.id === parsed.actor)
      ? { ...parsed, actor: undefined }
      : parsed;
  const { events, total } = await listAuditEvents(scope, query);
  return {
    query,
    options,
    total,
    pageSize: AUDIT_PAGE_SIZE,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    events: events.map((event) => ({
      id: event.id,
      createdAt: event.createdAt,
      // The system (a sign-in attempt, a job) has no actor; a removed user keeps their id only.
      who: event.actorUserId === null ? "System" : (event.actorName ?? "A former user"),
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      metadata: describeMetadata(event.metadata, METADATA_LENGTH),
    })),
  };
}
