import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { Prisma } from "@/generated/prisma/client";
import type { Answer, Stage } from "./domain";
import type { CaseQuery } from "./schema";

export const CASE_PAGE_SIZE = 50;

/** What is recorded about a case: the case page and the export for CQC read the same fields. */
const caseRecordSelect = {
  reference: true,
  team: true,
  practitioner: true,
  firstContactDate: true,
  assessmentDate: true,
  planDate: true,
  lastReviewDate: true,
  supportType: true,
  ageBand: true,
  ethnicity: true,
  sex: true,
  disability: true,
  stage: true,
  consentToContact: true,
} as const;

export type CaseAuditState = "none" | "started" | "done";

export async function listCohorts(scope: WorkspaceScope) {
  const cohorts = await db.caseCohort.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: { position: "asc" },
    select: { id: true, name: true, _count: { select: { cases: true } } },
  });
  return cohorts.map((cohort) => ({ id: cohort.id, name: cohort.name, cases: cohort._count.cases }));
}

export async function listAuditQuestions(scope: WorkspaceScope, options: { includeRetired?: boolean } = {}) {
  return db.caseAuditQuestion.findMany({
    where: { workspaceId: scope.workspaceId, ...(options.includeRetired ? {} : { retiredAt: null }) },
    orderBy: { position: "asc" },
    select: { id: true, text: true, statementKey: true, retiredAt: true },
  });
}

function caseWhere(scope: WorkspaceScope, query: CaseQuery): Prisma.TrackedCaseWhereInput {
  return {
    workspaceId: scope.workspaceId,
    ...(query.q ? { reference: { contains: query.q, mode: "insensitive" } } : {}),
    ...(query.cohort ? { cohortId: query.cohort } : {}),
    ...(query.team ? { team: query.team } : {}),
    ...(query.stage ? { stage: query.stage } : {}),
    ...(query.from || query.to
      ? {
          firstContactDate: {
            ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
            ...(query.to ? { lte: new Date(`${query.to}T00:00:00Z`) } : {}),
          },
        }
      : {}),
  };
}

/** One page of cases with the filters applied, and how many match. Two queries. */
export async function listCases(scope: WorkspaceScope, query: CaseQuery) {
  const where = caseWhere(scope, query);
  const [total, rows] = await Promise.all([
    db.trackedCase.count({ where }),
    db.trackedCase.findMany({
      where,
      orderBy: [{ firstContactDate: { sort: "desc", nulls: "last" } }, { reference: "asc" }],
      skip: (query.page - 1) * CASE_PAGE_SIZE,
      take: CASE_PAGE_SIZE,
      select: {
        id: true,
        reference: true,
        team: true,
        firstContactDate: true,
        stage: true,
        cohort: { select: { name: true } },
        audit: { select: { completedAt: true } },
        reflectiveLog: { select: { status: true } },
      },
    }),
  ]);
  return {
    total,
    cases: rows.map((row) => ({
      id: row.id,
      reference: row.reference ?? "Anonymised",
      cohort: row.cohort.name,
      team: row.team,
      firstContactDate: row.firstContactDate,
      stage: row.stage as Stage,
      audit: (row.audit ? (row.audit.completedAt ? "done" : "started") : "none") as CaseAuditState,
      log: row.reflectiveLog?.status ?? null,
    })),
  };
}

/** Every team named on a case, for the filter. */
export async function listCaseTeams(scope: WorkspaceScope): Promise<string[]> {
  const rows = await db.trackedCase.findMany({
    where: { workspaceId: scope.workspaceId, team: { not: "" } },
    distinct: ["team"],
    orderBy: { team: "asc" },
    select: { team: true },
  });
  return rows.map((row) => row.team);
}

/** The few fields the sample's progress needs, for every case. */
export async function listSampleFacts(scope: WorkspaceScope) {
  const rows = await db.trackedCase.findMany({
    where: { workspaceId: scope.workspaceId },
    select: { stage: true, cohortId: true, team: true },
  });
  return rows.map((row) => ({ ...row, stage: row.stage as Stage }));
}

export async function listTimelinessFacts(scope: WorkspaceScope) {
  const rows = await db.trackedCase.findMany({
    where: { workspaceId: scope.workspaceId },
    select: {
      team: true,
      firstContactDate: true,
      assessmentDate: true,
      planDate: true,
      cohort: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    cohort: row.cohort.name,
    team: row.team,
    firstContactDate: row.firstContactDate,
    assessmentDate: row.assessmentDate,
    planDate: row.planDate,
  }));
}

export async function getCase(scope: WorkspaceScope, id: string) {
  const row = await db.trackedCase.findFirst({
    where: { id, workspaceId: scope.workspaceId },
    select: {
      ...caseRecordSelect,
      id: true,
      cohortId: true,
      version: true,
      anonymisedAt: true,
      createdAt: true,
      updatedAt: true,
      cohort: { select: { name: true } },
      contacts: {
        orderBy: { contactedOn: "desc" },
        select: { id: true, contactedOn: true, method: true, note: true, createdAt: true },
      },
      audit: {
        select: {
          completedAt: true,
          auditorId: true,
          updatedAt: true,
          answers: { select: { questionId: true, answer: true, note: true } },
        },
      },
      reflectiveLog: {
        select: {
          authorId: true,
          journey: true,
          wentWell: true,
          couldBeBetter: true,
          personVoice: true,
          outcomes: true,
          status: true,
          signedOffById: true,
          signedOffAt: true,
          version: true,
          updatedAt: true,
        },
      },
    },
  });
  if (!row) return null;
  const people = [row.audit?.auditorId, row.reflectiveLog?.authorId, row.reflectiveLog?.signedOffById].filter(
    (id): id is string => Boolean(id),
  );
  const users = await db.user.findMany({ where: { id: { in: people } }, select: { id: true, name: true } });
  const nameOf = (id: string | null | undefined) =>
    id ? (users.find((user) => user.id === id)?.name ?? "A former member") : null;
  return {
    ...row,
    stage: row.stage as Stage,
    audit: row.audit
      ? {
          ...row.audit,
          auditor: nameOf(row.audit.auditorId),
          answers: row.audit.answers.map((answer) => ({ ...answer, answer: answer.answer as Answer })),
        }
      : null,
    reflectiveLog: row.reflectiveLog
      ? {
          ...row.reflectiveLog,
          author: nameOf(row.reflectiveLog.authorId),
          signedOffBy: nameOf(row.reflectiveLog.signedOffById),
        }
      : null,
  };
}

/** Every answer to the questions mapped to one statement, across all audits. Two queries. */
export async function getAuditAnswersForStatement(scope: WorkspaceScope, statementKey: string) {
  const questions = await db.caseAuditQuestion.findMany({
    where: { workspaceId: scope.workspaceId, statementKey },
    orderBy: { position: "asc" },
    select: { id: true, text: true, retiredAt: true },
  });
  const answers = await db.caseAuditAnswer.findMany({
    where: { questionId: { in: questions.map((question) => question.id) }, audit: { completedAt: { not: null } } },
    select: { questionId: true, answer: true },
  });
  return {
    questions: questions.filter(
      (question) => !question.retiredAt || answers.some((answer) => answer.questionId === question.id),
    ),
    answers: answers.map((answer) => ({ ...answer, answer: answer.answer as Answer })),
  };
}

export async function countCompletedAudits(scope: WorkspaceScope) {
  return db.caseAudit.count({ where: { completedAt: { not: null }, case: { workspaceId: scope.workspaceId } } });
}

export async function existingReferences(scope: WorkspaceScope): Promise<Set<string>> {
  const rows = await db.trackedCase.findMany({
    where: { workspaceId: scope.workspaceId, reference: { not: null } },
    select: { reference: true },
  });
  return new Set(rows.map((row) => row.reference!.toUpperCase()));
}

export async function getCaseImport(scope: WorkspaceScope, id: string) {
  return db.caseImport.findFirst({
    where: { id, workspaceId: scope.workspaceId },
    select: { id: true, fileName: true, rows: true, completedAt: true, imported: true },
  });
}

/** The sample (long list and beyond) for CQC, in reference order. */
export async function listSampleForExport(scope: WorkspaceScope) {
  return db.trackedCase.findMany({
    where: { workspaceId: scope.workspaceId, stage: { not: "none" } },
    orderBy: { reference: "asc" },
    select: {
      ...caseRecordSelect,
      cohort: { select: { name: true } },
    },
  });
}

export async function countCases(scope: WorkspaceScope) {
  return db.trackedCase.count({ where: { workspaceId: scope.workspaceId } });
}

/** Who opened this case's pages, newest first, from the audit trail. */
export async function listCaseViews(scope: WorkspaceScope, caseId: string, take = 20) {
  const events = await db.auditEvent.findMany({
    where: { workspaceId: scope.workspaceId, entityType: "case", entityId: caseId, action: "case.viewed" },
    orderBy: { createdAt: "desc" },
    take,
    select: { actorUserId: true, createdAt: true, metadata: true },
  });
  const users = await db.user.findMany({
    where: { id: { in: events.map((event) => event.actorUserId).filter((id): id is string => Boolean(id)) } },
    select: { id: true, name: true },
  });
  return events.map((event) => ({
    who: users.find((user) => user.id === event.actorUserId)?.name ?? "A former member",
    when: event.createdAt,
    page: (event.metadata as { page?: string } | null)?.page ?? "case",
  }));
}

/** Case tracking in figures, counted in SQL: the same four queries however many cases there are. */
export async function countCaseProgress(scope: WorkspaceScope) {
  const workspaceId = scope.workspaceId;
  const [stages, audited, signedOff] = await Promise.all([
    db.trackedCase.groupBy({ by: ["stage"], where: { workspaceId }, _count: true, orderBy: { stage: "asc" } }),
    db.caseAudit.count({ where: { completedAt: { not: null }, case: { workspaceId } } }),
    db.reflectiveLog.count({ where: { status: "signed_off", case: { workspaceId } } }),
  ]);
  const count = (stage: Stage) => stages.find((row) => row.stage === stage)?._count ?? 0;
  return {
    recorded: stages.reduce((sum, row) => sum + row._count, 0),
    longList: count("long_list") + count("selected") + count("engaged"),
    selected: count("selected") + count("engaged"),
    engaged: count("engaged"),
    audited,
    logsSignedOff: signedOff,
  };
}
