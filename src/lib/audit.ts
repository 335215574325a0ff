import type { DbOrTx } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import type { Prisma } from "@/generated/prisma/client";

/** Who made a change: the signed-in user the action pipeline hands every handler. */
export type Actor = { userId: string };

/** What happened, to what. Never put personal data in `metadata`: ids, codes and field names only. */
type AuditedChange = {
  /** `entity.verb` in past tense, e.g. `member.invited`, `auth.signed_in`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  metadata?: Prisma.InputJsonValue;
  ipAddress?: string | null;
};

/**
 * A change in a workspace names its scope and actor; the few events recorded before a scope
 * exists (setting up, signing in, accepting an invitation) name the workspace and user by id.
 */
export type AuditEventInput = AuditedChange &
  (
    | { scope: WorkspaceScope; actor: Actor }
    | { scope?: never; actor?: never; workspaceId: string | null; actorUserId: string | null }
  );

/**
 * Writes one audit event. Called inside the same transaction as the change it records, so an
 * event exists exactly when the change does. The table is append-only (see the init migration).
 */
export async function recordAuditEvent(client: DbOrTx, event: AuditEventInput): Promise<void> {
  const who = event.scope
    ? { workspaceId: event.scope.workspaceId, actorUserId: event.actor.userId }
    : { workspaceId: event.workspaceId, actorUserId: event.actorUserId };
  await client.auditEvent.create({
    data: {
      ...who,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      metadata: event.metadata,
      ipAddress: event.ipAddress ?? null,
    },
    select: { id: true },
  });
}
