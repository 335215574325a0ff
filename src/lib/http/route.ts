import "server-only";
import { randomUUID } from "node:crypto";
import { can } from "@/lib/authz/policy";
import type { Permission } from "@/lib/authz/permissions";
import { registerAccess } from "@/lib/actions/registry";
import { getCurrentSession, type CurrentMember, type CurrentSession } from "@/lib/auth/session";
import type { WorkspaceScope } from "@/lib/authz/scope";
import type { Actor } from "@/lib/audit";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { env } from "@/lib/env";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { isSameOrigin } from "./same-origin";

/**
 * Route handlers (downloads, exports, health) go through these wrappers, which check the same
 * permission table as pages and actions and turn failures into plain-text answers, never a stack.
 */
type Handler<C, X> = (request: Request, context: X, access: C) => Promise<Response>;

/** What a member's route works with, as server actions get it: scope, actor, membership, session. */
export type RouteAccess = { scope: WorkspaceScope; actor: Actor; member: CurrentMember; session: CurrentSession };

const statusOf = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale: 409,
  too_large: 413,
  rate_limited: 429,
  invalid: 400,
} as const;

export function createRoute<X>(permission: Permission, handler: Handler<RouteAccess, X>) {
  const route = async (request: Request, context: X) =>
    guarded(async () => {
      if (!isSafeMethod(request) && !isSameOrigin(request, env().APP_URL))
        return text(403, "This request did not come from this service's own pages.");
      const session = await getCurrentSession();
      if (!session) return text(401, "Sign in to continue.");
      // Another workspace's record and a missing permission look the same from outside: not found.
      const member = session.member;
      if (!member || !can(member, permission)) return text(403, "You do not have permission to do that.");
      return handler(request, context, { scope: member.scope, actor: { userId: session.user.id }, member, session });
    });
  return registerAccess(route, { kind: "permission", permission });
}

export function publicRoute<X>(reason: string, handler: (request: Request, context: X) => Promise<Response>) {
  const route = (request: Request, context: X) => guarded(() => handler(request, context));
  return registerAccess(route, { kind: "public", reason });
}

function isSafeMethod(request: Request) {
  return request.method === "GET" || request.method === "HEAD";
}

async function guarded(body: () => Promise<Response>): Promise<Response> {
  try {
    return await body();
  } catch (error) {
    if (isAppError(error)) {
      // A malformed request is the client's mistake: a warning naming it, never an error with a stack.
      if (error.code === "invalid")
        logger.warn({ status: 400, reason: error.message }, "route handler refused the request");
      return text(statusOf[error.code], error.message);
    }
    if (isDatabaseUnavailable(error)) {
      logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        "route handler could not reach the database",
      );
      return text(503, DATABASE_UNAVAILABLE_MESSAGE, { "retry-after": "30" });
    }
    const errorId = randomUUID().slice(0, 8).toUpperCase();
    logger.error({ errorId, err: error instanceof Error ? error.message : String(error) }, "route handler failed");
    return text(500, `Sorry, there is a problem with the service. Reference ${errorId}.`);
  }
}

function text(status: number, body: string, headers: Record<string, string> = {}) {
  return new Response(body, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}
