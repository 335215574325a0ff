import "server-only";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { isUuid } from "@/lib/ids";
import { getCaseTrackingReference, getWorkspaceFramework } from "@/features/framework/data";
import {
  CASE_PAGE_SIZE,
  countCases,
  getAuditAnswersForStatement,
  getCase,
  getCaseImport,
  existingReferences,
  listAuditQuestions,
  listCaseTeams,
  listCaseViews,
  listCases,
  listCohorts,
  listSampleFacts,
  listTimelinessFacts,
} from "./data";
import { auditResults, sampleProgress, targetsFrom, timeliness } from "./domain";
import { recordCaseView } from "./mutations";
import { isCaseOpen, maySignOff } from "./policy";
import { caseQuerySchema, checkCaseImportRows } from "./schema";

async function statements(scope: Parameters<typeof getWorkspaceFramework>[0]) {
  const framework = await getWorkspaceFramework(scope);
  if (!framework) notFound();
  return framework.themes.flatMap((theme) =>
    theme.qualityStatements.map(({ key, number, name }) => ({ key, number, name })),
  );
}

/** The case list with filters and the sample's progress. Lists are not case pages: no view event. */
export async function loadCaseList(searchParams: Record<string, string | string[] | undefined>) {
  const session = await requirePermission("case:read");
  const scope = session.member.scope;
  const query = caseQuerySchema.parse(
    Object.fromEntries(
      Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
    ),
  );
  const [cohorts, teams, page, facts, reference] = await Promise.all([
    listCohorts(scope),
    listCaseTeams(scope),
    listCases(scope, query),
    listSampleFacts(scope),
    getCaseTrackingReference(scope),
  ]);
  return {
    query,
    cohorts,
    teams,
    ...page,
    pageSize: CASE_PAGE_SIZE,
    progress: sampleProgress(facts, cohorts, targetsFrom(reference)),
    setUp: cohorts.length > 0,
    may: { edit: can(session.member, "case:edit"), manage: can(session.member, "case:manage") },
  };
}

async function caseFor(id: string, page: string) {
  const session = await requirePermission("case:read");
  const scope = session.member.scope;
  const found = isUuid(id) ? await getCase(scope, id) : null;
  if (!found) notFound();
  // Who looked at which case: recorded before anything is shown.
  await recordCaseView(scope, { userId: session.user.id }, found.id, page);
  return { session, scope, found };
}

export async function loadCasePage(id: string) {
  const { session, scope, found } = await caseFor(id, "case");
  const mayManage = can(session.member, "case:manage");
  const [questions, views] = await Promise.all([
    found.audit ? listAuditQuestions(scope, { includeRetired: true }) : Promise.resolve([]),
    mayManage ? listCaseViews(scope, found.id) : Promise.resolve(null),
  ]);
  return {
    item: found,
    questions,
    views,
    open: isCaseOpen(found),
    may: {
      edit: can(session.member, "case:edit") && isCaseOpen(found),
      audit: can(session.member, "case:audit") && isCaseOpen(found),
      reflect: can(session.member, "case:reflect") && isCaseOpen(found),
    },
  };
}

export async function loadCaseForm(id?: string) {
  const session = await requirePermission("case:edit");
  const scope = session.member.scope;
  const cohorts = await listCohorts(scope);
  if (!id) return { item: null, cohorts };
  const { found } = await caseFor(id, "edit");
  if (!isCaseOpen(found)) notFound();
  return { item: found, cohorts };
}

export async function loadCaseAudit(id: string) {
  await requirePermission("case:audit");
  const { found, scope } = await caseFor(id, "audit");
  if (!isCaseOpen(found)) notFound();
  const [questions, framework] = await Promise.all([listAuditQuestions(scope), statements(scope)]);
  return { item: found, questions, statements: framework };
}

export async function loadReflectiveLog(id: string) {
  const session = await requirePermission("case:read");
  const { found } = await caseFor(id, "reflective-log");
  return {
    item: found,
    log: found.reflectiveLog,
    may: {
      // A log waiting for sign-off is read-only until the team manager returns it.
      write:
        can(session.member, "case:reflect") &&
        isCaseOpen(found) &&
        (!found.reflectiveLog || found.reflectiveLog.status === "draft"),
      signOff: can(session.member, "case:sign-off") && maySignOff(session.user.id, found.reflectiveLog),
    },
  };
}

export async function loadTimeliness(by: string | undefined) {
  const session = await requirePermission("case:read");
  const group = by === "team" ? "team" : "cohort";
  return { by: group, ...timeliness(await listTimelinessFacts(session.member.scope), group) } as const;
}

export async function loadCaseSettings() {
  const session = await requirePermission("case:manage");
  const scope = session.member.scope;
  const [cohorts, questions, framework, cases] = await Promise.all([
    listCohorts(scope),
    listAuditQuestions(scope),
    statements(scope),
    countCases(scope),
  ]);
  return { cohorts, questions, statements: framework, cases, councilName: session.member.workspaceName };
}

export async function loadCaseImportPage() {
  const session = await requirePermission("case:edit");
  return { cohorts: await listCohorts(session.member.scope) };
}

export async function loadCaseImportPreview(id: string) {
  const session = await requirePermission("case:edit");
  const scope = session.member.scope;
  const staged = isUuid(id) ? await getCaseImport(scope, id) : null;
  if (!staged) notFound();
  const [cohorts, existing] = await Promise.all([listCohorts(scope), existingReferences(scope)]);
  return {
    id: staged.id,
    fileName: staged.fileName,
    completed: staged.completedAt !== null,
    imported: staged.imported,
    rows: staged.completedAt ? [] : checkCaseImportRows(staged.rows as Record<string, string>[], cohorts, existing),
  };
}

/**
 * Case audit results for one statement, for its self-assessment page: only counts, never a case.
 * Roles that may not read cases still see the figures (they identify nobody).
 */
export async function loadStatementAuditResults(statementKey: string) {
  const session = await requirePermission("self-assessment:read");
  const { questions, answers } = await getAuditAnswersForStatement(session.member.scope, statementKey);
  return { results: auditResults(questions, answers) };
}
