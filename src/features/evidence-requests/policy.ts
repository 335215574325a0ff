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
  return request.status === "open" && request.assigneeId === viewer.userId;
}

export function mayWithdrawRequest(viewer: RequestViewer, request: Parties & { status: string }): boolean {
  return request.status === "open" && (viewer.manages || request.requestedById === viewer.userId);
}
