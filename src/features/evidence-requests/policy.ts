import { AppError } from "@/lib/errors";
import { can, type Member } from "@/lib/authz/policy";

/**
 * Row rules for evidence requests. Everyone with `evidence-request:read` sees the requests they
 * made or were asked; `evidence-request:read-all` sees every request in the workspace. Only the
 * person asked answers or declines; the person who asked, or a manager, withdraws.
 */
export type RequestViewer = { userId: string; seesAll: boolean; manages: boolean };

export function requestViewer(userId: string, member: Member): RequestViewer {
  return { userId, seesAll: can(member, "evidence-request:read-all"), manages: can(member, "evidence-request:manage") };
}

type Parties = { requestedById: string; assigneeId: string };

export function maySeeRequest(viewer: RequestViewer, request: Parties): boolean {
  return viewer.seesAll || request.assigneeId === viewer.userId || request.requestedById === viewer.userId;
}

export function mayAnswerRequest(viewer: RequestViewer, request: Parties & { status: string }): boolean {
  return allows(() => assertMayAnswerRequest(viewer.userId, request));
}

export function mayWithdrawRequest(viewer: RequestViewer, request: Parties & { status: string }): boolean {
  return allows(() => assertMayWithdrawRequest(viewer, request));
}

function allows(check: () => void): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

const closed = () => new AppError("conflict", "This request has already been answered, declined or withdrawn.");

/** For writes, on the row as locked in the transaction: the reason in words when it is refused. */
export function assertMayAnswerRequest(userId: string, request: Parties & { status: string }): void {
  if (request.assigneeId !== userId)
    throw new AppError("forbidden", "Only the person asked can answer or decline this request.");
  if (request.status !== "open") throw closed();
}

export function assertMayWithdrawRequest(
  viewer: Pick<RequestViewer, "userId" | "manages">,
  request: Parties & { status: string },
): void {
  if (!viewer.manages && request.requestedById !== viewer.userId)
    throw new AppError("forbidden", "Only the person who asked, or a readiness lead, can withdraw this request.");
  if (request.status !== "open") throw closed();
}
