import "server-only";
import { notFound } from "next/navigation";
import { requireMember, requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { isUuid } from "@/lib/ids";
import type { WorkspaceScope } from "@/lib/authz/scope";
import {
  countActionsByStatus,
  getAction,
  getFollowUpForAction,
  listActions,
  listActionsForFindings,
  listActionsForFollowUps,
  listActionsForStatement,
  listEvidenceOptions,
  listInAppOverdue,
  listOwnerOptions,
  listSourceOptions,
} from "./data";
import { sourceValue } from "./domain";
import { themeChoices } from "@/features/framework/loaders";
import { maySeeSensitiveEvidence, planAbilities, prepViewer } from "./policy";
import { newActionQuerySchema, planQuerySchema } from "./schema";

type Params = Record<string, string | string[] | undefined>;

/** The plan: filtered and sorted from the query string, counts by status, and in-app overdue reminders. */
export async function loadImprovementPlan(params: Params) {
  const session = await requirePermission("improvement:read");
  const scope = session.member.scope;
  const query = planQuerySchema.parse(params);
  const now = new Date();
  const [actions, counts, themes, owners, overdue] = await Promise.all([
    listActions(scope, query, now),
    countActionsByStatus(scope),
    themeChoices(scope),
    listOwnerOptions(scope),
    listInAppOverdue(scope, now),
  ]);
  return { query, actions, counts, themes, owners, overdue, now, may: planAbilities(session.member) };
}

/** The form for a new action, started from an area for improvement, a follow-up or a session when asked. */
export async function loadNewAction(params: Params) {
  const session = await requirePermission("improvement:edit");
  const scope = session.member.scope;
  const query = newActionQuerySchema.parse(params);
  const followUp = query.followUp ? await getFollowUpForAction(scope, query.followUp) : null;
  // A follow-up already made an action opens that action rather than starting a second.
  if (followUp?.actionId) return { kind: "existing" as const, existingActionId: followUp.actionId };
  const [themes, owners, sources] = await Promise.all([
    themeChoices(scope),
    listOwnerOptions(scope),
    listSourceOptions(scope, { prep: prepViewer(session.user.id, session.member) }),
  ]);
  const defaults: Record<string, string> = {};
  if (
    query.statement &&
    themes.some((theme) => theme.statements.some((statement) => statement.key === query.statement))
  )
    defaults.statementKeys = query.statement;
  if (followUp && sources.followUps.some((item) => item.id === followUp.id)) {
    defaults.title = followUp.text.slice(0, 200);
    defaults.source = sourceValue({ kind: "follow_up", id: followUp.id });
    if (followUp.dueDate) defaults.dueDate = followUp.dueDate.toISOString().slice(0, 10);
  } else if (
    query.statement &&
    query.improvement &&
    sources.areas.some((area) => area.statementKey === query.statement && area.id === query.improvement)
  ) {
    defaults.source = sourceValue({
      kind: "improvement",
      statementKey: query.statement,
      improvementId: query.improvement,
    });
  } else if (query.session && sources.sessions.some((item) => item.id === query.session)) {
    defaults.source = sourceValue({ kind: "prep_session", id: query.session });
  }
  return { kind: "form" as const, themes, owners, sources, defaults };
}

async function actionOr404(scope: WorkspaceScope, id: string) {
  const found = isUuid(id) ? await getAction(scope, id) : null;
  if (!found) notFound();
  return found;
}

/** One action in full, with its progress notes and (for editors) the evidence to cite when done. */
export async function loadAction(id: string) {
  const session = await requirePermission("improvement:read");
  const scope = session.member.scope;
  const item = await actionOr404(scope, id);
  const themes = await themeChoices(scope);
  const may = planAbilities(session.member);
  const evidence = may.edit ? await listEvidenceOptions(scope, maySeeSensitiveEvidence(session.member)) : [];
  const labels = new Map(
    themes.flatMap((theme) =>
      theme.statements.map((statement) => [statement.key, `${statement.number}. ${statement.name}`] as const),
    ),
  );
  return {
    item,
    statements: item.statementKeys.map((key) => ({ key, label: labels.get(key) ?? key })),
    evidence,
    now: new Date(),
    may,
  };
}

export async function loadEditAction(id: string) {
  const session = await requirePermission("improvement:edit");
  const scope = session.member.scope;
  const item = await actionOr404(scope, id);
  const [themes, owners, sources] = await Promise.all([
    themeChoices(scope),
    listOwnerOptions(scope),
    listSourceOptions(scope, { prep: prepViewer(session.user.id, session.member), keep: item.source }),
  ]);
  return { item, themes, owners, sources };
}

/**
 * The plan's actions for one quality statement, under its areas for improvement, for the
 * statement's self-assessment page. Null for a member who may not read the plan: the page then
 * leaves the section out.
 */
export async function loadStatementActions(statementKey: string) {
  const session = await requireMember();
  if (!can(session.member, "improvement:read")) return null;
  return {
    actions: await listActionsForStatement(session.member.scope, statementKey),
    mayEdit: can(session.member, "improvement:edit"),
  };
}

/**
 * The action each of a preparation session's follow-ups became, for the session's page (which has
 * already checked the session may be seen). None for a member who may not read the plan.
 */
export async function loadFollowUpActions(followUps: { id: string }[]) {
  const session = await requireMember();
  const mayRead = can(session.member, "improvement:read");
  const actions = mayRead
    ? await listActionsForFollowUps(
        session.member.scope,
        followUps.map((followUp) => followUp.id),
      )
    : new Map<string, { id: string; title: string }>();
  return { byFollowUp: Object.fromEntries(actions), mayRead, mayMake: can(session.member, "improvement:edit") };
}

/**
 * For the CQC result page: the actions already made from each finding, who may own new ones, and
 * whether this member may make them. Nothing for a member who may not read the plan.
 */
export async function loadFindingActions() {
  const session = await requireMember();
  if (!can(session.member, "improvement:read")) return null;
  const mayMake = can(session.member, "improvement:edit");
  const [byFinding, owners] = await Promise.all([
    listActionsForFindings(session.member.scope),
    mayMake ? listOwnerOptions(session.member.scope) : Promise.resolve([]),
  ]);
  return { byFinding, owners, mayMake };
}
