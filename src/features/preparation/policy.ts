import { AppError } from "@/lib/errors";
import { can, type Member } from "@/lib/authz/policy";

/**
 * Row rules for preparation sessions. `preparation:read`/`preparation:run` say who may open the
 * pages at all; a team manager then sees and runs only the sessions they facilitate, while
 * `preparation:read-all` (the readiness lead) sees and runs every session in the workspace.
 * Confidence results follow the same rule: a team manager's results come from their own sessions.
 */
export type SessionViewer = { userId: string; seesAll: boolean };

export function sessionViewer(userId: string, member: Member): SessionViewer {
  return { userId, seesAll: can(member, "preparation:read-all") };
}

/** The filter every session query adds, so a team manager's lists only ever hold their own. */
export function sessionFilter(viewer: SessionViewer): { facilitatorId?: string } {
  return viewer.seesAll ? {} : { facilitatorId: viewer.userId };
}

export function maySeeSession(viewer: SessionViewer, session: { facilitatorId: string }): boolean {
  return viewer.seesAll || session.facilitatorId === viewer.userId;
}

/** For writes, on the row as read in the transaction. Another manager's session is "not found". */
export function assertMayRunSession(
  viewer: SessionViewer,
  session: { facilitatorId: string } | null,
): asserts session is { facilitatorId: string } {
  if (!session || !maySeeSession(viewer, session)) throw new AppError("not_found");
}
