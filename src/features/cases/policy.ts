import { AppError } from "@/lib/errors";

/**
 * Row rules for case tracking. Who may open case pages at all is the permission table's
 * (`case:read`: never viewers, directors or administrators); these say what may happen to one case.
 */
type Log = { authorId: string; status: "draft" | "submitted" | "signed_off" };

/** A reflective log is signed off by a team manager who did not write it, once it is sent for sign-off. */
export function maySignOff(userId: string, log: Log | null): boolean {
  return Boolean(log && log.status === "submitted" && log.authorId !== userId);
}

export function assertMaySignOff(userId: string, log: Log | null): void {
  if (!log) throw new AppError("not_found");
  if (log.status !== "submitted")
    throw new AppError("conflict", "Only a log sent for sign-off can be signed off or returned.");
  if (log.authorId === userId)
    throw new AppError("forbidden", "A team manager other than the author signs off a reflective log.");
}

/** An anonymised case is kept for the numbers only: it is not edited, audited or reflected on again. */
export function isCaseOpen(item: { anonymisedAt: Date | null }): boolean {
  return item.anonymisedAt === null;
}
