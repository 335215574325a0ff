import { db, type DbOrTx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit";

/** Writes behind sign-in and the session gate. */

export async function createUserSession(
  client: DbOrTx,
  input: { userId: string; workspaceId: string | null; maxHours: number },
): Promise<string> {
  const now = Date.now();
  const row = await client.userSession.create({
    data: {
      userId: input.userId,
      workspaceId: input.workspaceId,
      expiresAt: new Date(now + input.maxHours * 3600_000),
    },
    select: { id: true },
  });
  await client.user.update({
    where: { id: input.userId },
    data: { lastSignInAt: new Date(now) },
    select: { id: true },
  });
  return row.id;
}

export async function revokeUserSession(sessionId: string, actorUserId: string | null, workspaceId: string | null) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count > 0) {
      await recordAuditEvent(tx, {
        workspaceId,
        actorUserId,
        action: "auth.signed_out",
        entityType: "session",
        entityId: sessionId,
      });
    }
  });
}

/** Keeps an active session alive; written at most once a minute per session to spare the database. */
export async function touchUserSession(sessionId: string) {
  await db.userSession.updateMany({
    where: { id: sessionId, lastSeenAt: { lt: new Date(Date.now() - 60_000) } },
    data: { lastSeenAt: new Date() },
  });
}

export async function setSessionWorkspace(sessionId: string, workspaceId: string) {
  await db.userSession.update({ where: { id: sessionId }, data: { workspaceId }, select: { id: true } });
}

export async function recordSignInAttempt(
  client: DbOrTx,
  input: { email: string; ipAddress: string; succeeded: boolean },
) {
  await client.signInAttempt.create({ data: input, select: { id: true } });
}

/**
 * First and later sign-ins through the council's identity provider: invitations still open for this
 * person are accepted (their e-mail was proven by the provider), then a session is started.
 */
export async function completeOidcSignIn(input: { userId: string; maxHours: number }): Promise<string> {
  return db.$transaction(async (tx) => {
    const invited = await tx.membership.findMany({
      where: { userId: input.userId, status: "invited" },
      select: { id: true, workspaceId: true },
    });
    for (const membership of invited) {
      await tx.membership.update({ where: { id: membership.id }, data: { status: "active" }, select: { id: true } });
      await tx.invitation.updateMany({
        where: { membershipId: membership.id, acceptedAt: null },
        data: { acceptedAt: new Date() },
      });
      await recordAuditEvent(tx, {
        workspaceId: membership.workspaceId,
        actorUserId: input.userId,
        action: "member.joined",
        entityType: "membership",
        entityId: membership.id,
        metadata: { via: "oidc" },
      });
    }
    const first = await tx.membership.findFirst({
      where: { userId: input.userId, status: "active" },
      orderBy: { createdAt: "asc" },
      select: { workspaceId: true },
    });
    const sessionId = await createUserSession(tx, {
      userId: input.userId,
      workspaceId: first?.workspaceId ?? null,
      maxHours: input.maxHours,
    });
    await recordAuditEvent(tx, {
      workspaceId: first?.workspaceId ?? null,
      actorUserId: input.userId,
      action: "auth.signed_in",
      entityType: "session",
      entityId: sessionId,
      metadata: { method: "oidc" },
    });
    return sessionId;
  });
}
