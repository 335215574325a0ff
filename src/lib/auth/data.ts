import { db } from "@/lib/db/client";
import type { Role } from "@/lib/authz/permissions";

/** Reads behind the session gate and sign-in. Plain parameters, no session access. */

export async function findSessionWithMemberships(sessionId: string) {
  return db.userSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      workspaceId: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          memberships: {
            where: { status: "active" },
            orderBy: { workspace: { name: "asc" } },
            select: { id: true, role: true, workspaceId: true, workspace: { select: { name: true } } },
          },
        },
      },
    },
  });
}

export type SessionMembership = { id: string; role: Role; workspaceId: string; workspaceName: string };

export async function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: {
      id: true,
      passwordHash: true,
      memberships: { where: { status: "active" }, select: { id: true, workspaceId: true }, take: 1 },
    },
  });
}

/** Failed sign-ins since `since`, for an e-mail and for an address. */
export async function countFailedSignIns(email: string, ipAddress: string, since: Date) {
  const [forEmail, forAddress] = await Promise.all([
    db.signInAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
    db.signInAttempt.count({ where: { ipAddress, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return { forEmail, forAddress };
}

export async function isSetupComplete(): Promise<boolean> {
  return (await db.installation.count()) > 0;
}

/** A person may sign in through the identity provider only when invited to, or a member of, a workspace. */
export async function findInvitedOrActiveUser(email: string) {
  return db.user.findFirst({
    where: { email, memberships: { some: { status: { in: ["invited", "active"] } } } },
    select: { id: true },
  });
}
