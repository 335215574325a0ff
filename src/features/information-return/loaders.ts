import "server-only";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { listMembers } from "@/features/users/data";
import { listEvidence } from "@/features/evidence/data";
import { evidenceViewer } from "@/features/evidence/policy";
import { isUuid } from "@/lib/ids";
import { evidenceQuerySchema } from "@/features/evidence/schema";
import { getInformationReturn, getInformationReturnItem, listReturnItemOptions } from "./data";
import { progressOf, returnDueDate } from "./domain";

export async function loadWorkbench() {
  const session = await requirePermission("information-return:read");
  const { notificationDate, items } = await getInformationReturn(session.member.scope);
  const now = new Date();
  return {
    notificationDate,
    due: returnDueDate(notificationDate),
    items,
    progress: progressOf(items, now),
    now,
    may: {
      manage: can(session.member, "information-return:manage"),
      export: can(session.member, "information-return:export"),
    },
  };
}

export async function loadWorkbenchItem(id: string, search: string | undefined) {
  const session = await requirePermission("information-return:read");
  const scope = session.member.scope;
  const viewer = evidenceViewer(session.user.id, session.member);
  const item = isUuid(id) ? await getInformationReturnItem(scope, id, viewer) : null;
  if (!item) notFound();
  const mayEdit = can(session.member, "information-return:edit");
  const [members, matches] = await Promise.all([
    mayEdit ? listMembers(scope) : Promise.resolve([]),
    mayEdit && search ? listEvidence(scope, evidenceQuerySchema.parse({ q: search }), viewer) : Promise.resolve(null),
  ]);
  return {
    item,
    mayEdit,
    mayAsk: can(session.member, "evidence-request:create"),
    owners: members
      .filter((member) => member.status === "active")
      .map((member) => ({ id: member.userId, name: member.name })),
    matches: matches?.items.filter((match) => !item.evidence.some((linked) => linked.id === match.id)) ?? null,
  };
}

/** The return's items to choose from, in order, for another feature's form (evidence links to them). */
export async function loadReturnItemOptions() {
  const session = await requirePermission("information-return:read");
  return listReturnItemOptions(session.member.scope);
}
