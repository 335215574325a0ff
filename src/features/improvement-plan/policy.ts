import { can, type Member } from "@/lib/authz/policy";
import { sessionViewer, type SessionViewer } from "@/features/preparation/policy";

/**
 * Row rules for the improvement plan. Who may read, change or export the plan at all is the
 * permission table's (`improvement:*`); these say what a member may do with one action.
 */

/** What a member may do on the plan's pages. */
export function planAbilities(member: Member) {
  return { edit: can(member, "improvement:edit"), export: can(member, "improvement:export") };
}

/**
 * Evidence cited as proof of completion is chosen from the library as this member sees it: an
 * item with personal data is offered (and accepted) only to roles that may open it.
 */
export function maySeeSensitiveEvidence(member: Member): boolean {
  return can(member, "evidence:read-sensitive");
}

/** A reminder goes by e-mail only to an owner with an account; a named person is reminded in the app. */
export function remindedByEmail(action: { ownerEmail: string | null }, mailConfigured: boolean): boolean {
  return mailConfigured && Boolean(action.ownerEmail);
}

/**
 * Sessions and follow-ups offered as sources follow the preparation rules: only members who may
 * open preparation pages see them, and a team manager only their own sessions.
 */
export function prepViewer(userId: string, member: Member): SessionViewer | null {
  return can(member, "preparation:read") ? sessionViewer(userId, member) : null;
}
