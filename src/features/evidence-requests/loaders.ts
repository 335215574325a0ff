import "server-only";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { env } from "@/lib/env";
import { isUuid } from "@/lib/ids";
import { addDays, isoDay, ukToday } from "@/lib/calendar";
import { configuredMailer } from "@/lib/email/mailer";
import { getWorkspaceFramework } from "@/features/framework/data";
import { isFileableCategory } from "@/features/evidence/domain";
import { getEvidenceItem } from "@/features/evidence/data";
import { evidenceViewer } from "@/features/evidence/policy";
import { listReturnItemOptions } from "@/features/information-return/data";
import { countOpenRequestsFor, getRequest, listAskableMembers, listRequests } from "./data";
import { mayAnswerRequest, maySeeRequest, mayWithdrawRequest, requestViewer } from "./policy";

async function categoryNames(scope: Parameters<typeof getWorkspaceFramework>[0]) {
  const framework = await getWorkspaceFramework(scope);
  if (!framework) notFound();
  return framework;
}

export async function loadRequestsPage() {
  const session = await requirePermission("evidence-request:read");
  const viewer = requestViewer(session.user.id, session.member);
  const [requests, framework] = await Promise.all([
    listRequests(session.member.scope, viewer),
    categoryNames(session.member.scope),
  ]);
  const category = (key: string) => framework.evidenceCategories.find((entry) => entry.key === key)?.name ?? key;
  const rows = requests.map((request) => ({ ...request, category: category(request.categoryKey) }));
  const mine = rows.filter((request) => request.assigneeId === viewer.userId);
  return {
    now: new Date(),
    askedOfMe: mine,
    askedByMe: rows.filter((request) => request.requestedById === viewer.userId),
    others: viewer.seesAll
      ? rows.filter((request) => request.assigneeId !== viewer.userId && request.requestedById !== viewer.userId)
      : null,
    // Reminders shown in the app: for open requests whose reminder was not e-mailed.
    reminders: mine.filter(
      (request) =>
        request.status === "open" &&
        request.notices.some((notice) => notice.kind !== "asked" && notice.channel === "in_app"),
    ),
    mayCreate: can(session.member, "evidence-request:create"),
  };
}

/** The form to ask for evidence, with choices, pre-filled from a coverage gap or a return item. */
export async function loadNewRequestForm(searchParams: Record<string, string | undefined>) {
  const session = await requirePermission("evidence-request:create");
  const scope = session.member.scope;
  const [framework, members, returnItems] = await Promise.all([
    categoryNames(scope),
    listAskableMembers(scope),
    listReturnItemOptions(scope),
  ]);
  const statements = framework.themes.flatMap((theme) => theme.qualityStatements);
  const categories = framework.evidenceCategories.filter(isFileableCategory).map(({ key, name }) => ({ key, name }));
  const target =
    searchParams.statement && statements.some((statement) => statement.key === searchParams.statement)
      ? `statement:${searchParams.statement}`
      : searchParams.item && returnItems.some((item) => item.id === searchParams.item)
        ? `item:${searchParams.item}`
        : "";
  return {
    members: members.filter((member) => member.id !== session.user.id),
    targets: [
      ...statements.map((statement) => ({
        value: `statement:${statement.key}`,
        label: `${statement.number}. ${statement.name}`,
        group: "Quality statements",
      })),
      ...returnItems.map((item) => ({
        value: `item:${item.id}`,
        label: `${item.reference} ${item.title}`,
        group: "Information return items",
      })),
    ],
    categories,
    defaults: {
      askWho: "member",
      target,
      categoryKey: categories.some((category) => category.key === searchParams.category) ? searchParams.category! : "",
      dueDate: isoDay(addDays(ukToday(new Date()), 14)),
    },
    mayInvite: can(session.member, "evidence-request:invite"),
    emails: configuredMailer() !== null,
  };
}

export async function loadRequestPage(id: string) {
  const session = await requirePermission("evidence-request:read");
  const scope = session.member.scope;
  const viewer = requestViewer(session.user.id, session.member);
  const request = isUuid(id) ? await getRequest(scope, id) : null;
  // Someone else's request looks the same as one that does not exist.
  if (!request || !maySeeRequest(viewer, request)) notFound();
  const framework = await categoryNames(scope);
  const evidence = request.evidenceItemId
    ? await getEvidenceItem(scope, request.evidenceItemId, evidenceViewer(session.user.id, session.member))
    : null;
  return {
    request,
    category:
      framework.evidenceCategories.find((entry) => entry.key === request.categoryKey)?.name ?? request.categoryKey,
    evidence: evidence ? { id: evidence.id, title: evidence.title } : null,
    mayAnswer: mayAnswerRequest(viewer, request) && can(session.member, "evidence-request:respond"),
    mayWithdraw: mayWithdrawRequest(viewer, request) && can(session.member, "evidence-request:create"),
    maxUploadMb: env().UPLOAD_MAX_MB,
    now: new Date(),
  };
}

/** For the home page and the navigation: how many requests wait on this person. */
export async function loadOpenRequestCount() {
  const session = await requirePermission("workspace:read");
  if (!can(session.member, "evidence-request:read")) return null;
  return countOpenRequestsFor(session.member.scope, session.user.id);
}
