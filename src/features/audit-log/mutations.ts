import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import { auditQueryParams, type AuditQuery } from "./schema";

/**
 * The audit trail leaving the system is itself on the trail, with the filters it was taken with
 * (codes, ids and dates only, never names), so "who took a copy of what" can be answered.
 */
export async function recordAuditExport(
  scope: WorkspaceScope,
  actor: Actor,
  filters: Omit<AuditQuery, "page">,
): Promise<void> {
  const metadata = Object.fromEntries(
    Object.entries(auditQueryParams({ ...filters, page: 1 })).filter(([, value]) => value !== undefined),
  ) as Record<string, string>;
  await recordAuditEvent(db, {
    scope,
    actor,
    action: "audit.exported",
    entityType: "audit_trail",
    entityId: null,
    metadata,
  });
}
