import type { DbOrTx } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";

/**
 * Writes one audit event. Called inside the same transaction as the change it records, so an
 * event exists exactly when the change does. The table is append-only (see the init migration).
 * Never put personal data in `metadata`: ids, codes and field names only.
 */
export type AuditEventInput = {
  workspaceId: string | null;
  actorUserId: string | null;
  /** `entity.verb` in past tense, e.g. `member.invited`, `auth.signed_in`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  metadata?: Prisma.InputJsonValue;
  ipAddress?: string | null;
};

export async function recordAuditEvent(client: DbOrTx, event: AuditEventInput): Promise<void> {
  await client.auditEvent.create({
    data: {
      workspaceId: event.workspaceId,
      actorUserId: event.actorUserId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      metadata: event.metadata,
      ipAddress: event.ipAddress ?? null,
    },
    select: { id: true },
  });
}
