import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { decode, encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { can } from "@/lib/authz/policy";
import type { Permission, Role } from "@/lib/authz/permissions";
import { scopeFromMembership, type WorkspaceScope } from "@/lib/authz/scope";
import { sessionCookieName, sessionCookieOptions } from "./cookie";
import { findSessionWithMemberships, type SessionMembership } from "./data";
import { setSessionWorkspace, touchUserSession } from "./mutations";

/**
 * The session gate: the only place that turns a request into a signed-in member and mints their
 * workspace scope. Every request re-reads the session row and the memberships, so a revoked
 * session, a deactivated membership or a changed role takes effect on the next request.
 */
export type CurrentMember = {
  membershipId: string;
  role: Role;
  workspaceId: string;
  workspaceName: string;
  active: true;
  scope: WorkspaceScope;
};

export type CurrentSession = {
  sessionId: string;
  user: { id: string; email: string; name: string };
  /** Null when the user has no active membership left. */
  member: CurrentMember | null;
  memberships: SessionMembership[];
};

export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: env().AUTH_SECRET }).catch(() => null);
  const sessionId = typeof token?.sid === "string" ? token.sid : null;
  if (!sessionId) return null;

  const row = await findSessionWithMemberships(sessionId);
  const now = Date.now();
  const idleLimit = env().SESSION_IDLE_MINUTES * 60_000;
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now || now - row.lastSeenAt.getTime() > idleLimit) {
    return null;
  }
  await touchUserSession(row.id);

  const memberships: SessionMembership[] = row.user.memberships.map((membership) => ({
    id: membership.id,
    role: membership.role,
    workspaceId: membership.workspaceId,
    workspaceName: membership.workspace.name,
  }));
  let current = memberships.find((membership) => membership.workspaceId === row.workspaceId);
  if (!current && memberships[0]) {
    current = memberships[0];
    await setSessionWorkspace(row.id, current.workspaceId);
  }
  return {
    sessionId: row.id,
    user: row.user,
    memberships,
    member: current
      ? {
          membershipId: current.id,
          role: current.role,
          workspaceId: current.workspaceId,
          workspaceName: current.workspaceName,
          active: true,
          scope: scopeFromMembership(current.workspaceId),
        }
      : null,
  };
});

/** For pages and loaders: a signed-in member of a workspace, or off to sign in. */
export async function requireMember(): Promise<CurrentSession & { member: CurrentMember }> {
  const session = await getCurrentSession();
  if (!session) {
    // Back to the page they asked for after signing in (the proxy passes the path along).
    const path = (await headers()).get("x-pathname");
    redirect(path && path !== "/" ? `/sign-in?next=${encodeURIComponent(path)}` : "/sign-in");
  }
  if (!session.member) redirect("/no-access");
  return session as CurrentSession & { member: CurrentMember };
}

/** For pages and loaders: a member whose role has `permission`, else the "no permission" page. */
export async function requirePermission(permission: Permission) {
  const session = await requireMember();
  if (!can(session.member, permission)) forbidden();
  return session;
}

/** Writes the session cookie for a new UserSession row (password sign-in). */
export async function writeSessionCookie(sessionId: string, userId: string) {
  const maxAge = env().SESSION_MAX_HOURS * 3600;
  const token = await encode({ token: { sub: userId, sid: sessionId }, secret: env().AUTH_SECRET, maxAge });
  (await cookies()).set(sessionCookieName(), token, sessionCookieOptions(maxAge));
}

export async function clearSessionCookie() {
  (await cookies()).delete(sessionCookieName());
}
