import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { getCurrentCycle } from "@/features/cycles/data";
import { ukToday } from "@/lib/calendar";
import { Prisma } from "@/generated/prisma/client";
import { hasTagSql } from "@/lib/db/has-tag";
import { storedContentSchema } from "@/features/self-assessment/schema";
import { sessionFilter, type SessionViewer } from "@/features/preparation/policy";
import { sourceFromColumns, type ActionSource, type ActionStatus, type PlanSort, type Rag } from "./domain";
import type { PlanQuery } from "./schema";

const OPEN: ActionStatus[] = ["not_started", "in_progress"];

async function namesOf(ids: (string | null)[]): Promise<Map<string, { name: string; email: string }>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((user) => [user.id, { name: user.name, email: user.email }]));
}

function areasOf(content: unknown): { id: string; text: string }[] {
  const parsed = storedContentSchema.safeParse(content);
  return parsed.success ? parsed.data.improvements.filter((area) => area.id && area.text) : [];
}

const rowSelect = {
  id: true,
  title: true,
  ownerId: true,
  ownerName: true,
  dueDate: true,
  status: true,
  rag: true,
  statementKeys: true,
  tags: true,
  improvementStatementKey: true,
  improvementId: true,
} satisfies Prisma.ImprovementActionSelect;

type Row = Prisma.ImprovementActionGetPayload<{ select: typeof rowSelect }>;

async function withOwners<T extends Row>(rows: T[]) {
  const names = await namesOf(rows.map((row) => row.ownerId));
  return rows.map(({ ownerId, ownerName, status, rag, ...rest }) => ({
    ...rest,
    ownerId,
    owner: ownerId ? (names.get(ownerId)?.name ?? "Former member") : ownerName,
    status: status as ActionStatus,
    rag: rag as Rag,
  }));
}

const ORDER: Record<PlanSort, (dir: "asc" | "desc") => Prisma.ImprovementActionOrderByWithRelationInput[]> = {
  due: (dir) => [{ dueDate: dir }, { title: "asc" }],
  title: (dir) => [{ title: dir }, { dueDate: "asc" }],
  // Enum order is the order declared: not started → cancelled, red → green.
  status: (dir) => [{ status: dir }, { dueDate: "asc" }],
  rag: (dir) => [{ rag: dir }, { dueDate: "asc" }],
};

/** The ids of the actions with a tag, whatever its capitals (Prisma's `has` minds them). */
async function taggedActionIds(scope: WorkspaceScope, tag: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT id FROM "ImprovementAction" WHERE "workspaceId" = ${scope.workspaceId}::uuid AND ${hasTagSql(Prisma.sql`"tags"`, tag)}`,
  );
  return rows.map((row) => row.id);
}

/** The plan, filtered and sorted in SQL. `now` fixes "overdue" to a London day. */
export async function listActions(scope: WorkspaceScope, query: PlanQuery, now: Date) {
  const where: Prisma.ImprovementActionWhereInput = {
    workspaceId: scope.workspaceId,
    // A thematic review's lens: "Unpaid carers" finds "unpaid carers".
    ...(query.tag ? { id: { in: await taggedActionIds(scope, query.tag) } } : {}),
    ...(query.statement ? { statementKeys: { has: query.statement } } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.rag ? { rag: query.rag } : {}),
    ...(query.owner === "none" ? { ownerId: null } : query.owner ? { ownerId: query.owner } : {}),
    // Only open actions are ever overdue, so "overdue" with done or cancelled finds nothing.
    ...(query.overdue
      ? {
          dueDate: { lt: ukToday(now) },
          status: query.status ? (OPEN.includes(query.status) ? query.status : { in: [] }) : { in: OPEN },
        }
      : {}),
  };
  const rows = await db.improvementAction.findMany({
    where,
    orderBy: [...ORDER[query.sort](query.dir), { id: "asc" }],
    select: rowSelect,
  });
  return withOwners(rows);
}
export type PlanRow = Awaited<ReturnType<typeof listActions>>[number];

/** How many actions there are in each status, over the whole plan. */
export async function countActionsByStatus(scope: WorkspaceScope): Promise<Record<ActionStatus, number>> {
  const groups = await db.improvementAction.groupBy({
    by: ["status"],
    where: { workspaceId: scope.workspaceId },
    _count: { _all: true },
  });
  const counts: Record<ActionStatus, number> = { not_started: 0, in_progress: 0, done: 0, cancelled: 0 };
  for (const group of groups) counts[group.status as ActionStatus] = group._count._all;
  return counts;
}

/** One action in full: its source described, its progress notes newest first, and who wrote them. */
export async function getAction(scope: WorkspaceScope, id: string) {
  const row = await db.improvementAction.findFirst({
    where: { id, workspaceId: scope.workspaceId },
    select: {
      ...rowSelect,
      description: true,
      caseAuditQuestionId: true,
      prepSessionId: true,
      prepFollowUpId: true,
      cqcFindingId: true,
      completionEvidenceId: true,
      completedAt: true,
      createdById: true,
      createdAt: true,
      version: true,
      updates: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, note: true, status: true, rag: true, authorId: true, createdAt: true },
      },
    },
  });
  if (!row) return null;
  const source = sourceFromColumns(row);
  const [names, described, evidence] = await Promise.all([
    namesOf([row.ownerId, row.createdById, ...row.updates.map((update) => update.authorId)]),
    describeSource(scope, source),
    row.completionEvidenceId
      ? db.evidenceItem.findFirst({
          where: { id: row.completionEvidenceId, workspaceId: scope.workspaceId },
          select: { id: true, title: true },
        })
      : null,
  ]);
  const [withOwner] = await withOwners([row]);
  return {
    ...withOwner!,
    description: row.description,
    source,
    sourceDetail: described,
    completedAt: row.completedAt,
    completionEvidence: evidence,
    createdBy: names.get(row.createdById)?.name ?? "Former member",
    createdAt: row.createdAt,
    version: row.version,
    updates: row.updates.map((update) => ({
      id: update.id,
      note: update.note,
      status: update.status as ActionStatus | null,
      rag: update.rag as Rag | null,
      createdAt: update.createdAt,
      author: names.get(update.authorId)?.name ?? "Former member",
    })),
  };
}
export type ActionDetail = NonNullable<Awaited<ReturnType<typeof getAction>>>;

/** The words and link of where an action came from; null text when the source is gone. */
async function describeSource(
  scope: WorkspaceScope,
  source: ReturnType<typeof sourceFromColumns>,
): Promise<{ label: string; text: string | null; href: string | null } | null> {
  if (!source) return null;
  const workspaceId = scope.workspaceId;
  switch (source.kind) {
    case "improvement": {
      const assessment = await db.statementAssessment.findFirst({
        where: {
          workspaceId,
          cycleId: (await getCurrentCycle(scope)).id,
          qualityStatement: { key: source.statementKey },
        },
        select: { content: true },
      });
      const area = areasOf(assessment?.content).find((item) => item.id === source.improvementId);
      return {
        label: "Area for improvement",
        text: area?.text ?? null,
        href: `/self-assessment/${source.statementKey}`,
      };
    }
    case "audit_question": {
      const question = await db.caseAuditQuestion.findFirst({
        where: { id: source.id, workspaceId },
        select: { text: true, statementKey: true },
      });
      return {
        label: "Case audit question",
        text: question?.text ?? null,
        href: question ? `/self-assessment/${question.statementKey}` : null,
      };
    }
    case "prep_session": {
      const session = await db.prepSession.findFirst({
        where: { id: source.id, workspaceId },
        select: { title: true },
      });
      return {
        label: "Preparation session",
        text: session?.title ?? null,
        href: session ? `/preparation/sessions/${source.id}` : null,
      };
    }
    case "follow_up": {
      const followUp = await db.prepFollowUp.findFirst({
        where: { id: source.id, session: { workspaceId } },
        select: { text: true, sessionId: true },
      });
      return {
        label: "Preparation follow-up",
        text: followUp?.text ?? null,
        href: followUp ? `/preparation/sessions/${followUp.sessionId}` : null,
      };
    }
    case "cqc_finding": {
      const finding = await db.cqcFinding.findFirst({
        where: { id: source.id, result: { workspaceId } },
        select: { text: true },
      });
      return { label: "Finding in CQC's report", text: finding?.text ?? null, href: finding ? "/cqc-result" : null };
    }
  }
}

/** Members who can own an action: active, or invited and not yet joined. */
export async function listOwnerOptions(scope: WorkspaceScope) {
  const rows = await db.membership.findMany({
    where: { workspaceId: scope.workspaceId, status: { in: ["active", "invited"] } },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true } } },
  });
  return rows.map((row) => ({ id: row.user.id, name: row.user.name }));
}

/**
 * Everything an action can come from, for the form's list: areas for improvement of every
 * statement, current case audit questions, and the sessions and follow-ups (not yet made an
 * action) this member may see under the preparation rules. `keep` is the source the action being
 * edited already has, always offered so saving never drops it.
 */
export async function listSourceOptions(
  scope: WorkspaceScope,
  options: { prep: SessionViewer | null; keep?: ActionSource | null },
) {
  const workspaceId = scope.workspaceId;
  const keepSession = options.keep?.kind === "prep_session" ? options.keep.id : null;
  const keepFollowUp = options.keep?.kind === "follow_up" ? options.keep.id : null;
  const visible = (extra: Prisma.PrepSessionWhereInput) => ({
    workspaceId,
    ...(options.prep ? sessionFilter(options.prep) : { id: { in: [] } }),
    ...extra,
  });
  const taken = await db.improvementAction.findMany({
    where: { workspaceId, prepFollowUpId: { not: null } },
    select: { prepFollowUpId: true },
  });
  const used = taken.map((row) => row.prepFollowUpId!).filter((id) => id !== keepFollowUp);
  const [assessments, questions, sessions, followUps, findings] = await Promise.all([
    db.statementAssessment.findMany({
      where: { workspaceId, cycleId: (await getCurrentCycle(scope)).id },
      orderBy: { qualityStatement: { number: "asc" } },
      select: { content: true, qualityStatement: { select: { key: true, number: true, name: true } } },
    }),
    db.caseAuditQuestion.findMany({
      where: {
        workspaceId,
        OR: [{ retiredAt: null }, ...(options.keep?.kind === "audit_question" ? [{ id: options.keep.id }] : [])],
      },
      orderBy: { position: "asc" },
      select: { id: true, text: true },
    }),
    db.prepSession.findMany({
      where: { OR: [visible({}), ...(keepSession ? [{ workspaceId, id: keepSession }] : [])] },
      orderBy: { startsAt: "desc" },
      take: 200,
      select: { id: true, title: true, startsAt: true },
    }),
    db.prepFollowUp.findMany({
      where: {
        id: { notIn: used },
        OR: [{ session: visible({}) }, ...(keepFollowUp ? [{ id: keepFollowUp, session: { workspaceId } }] : [])],
      },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { id: true, text: true, session: { select: { title: true } } },
    }),
    db.cqcFinding.findMany({
      where: { result: { workspaceId } },
      orderBy: [{ statementKey: "asc" }, { position: "asc" }],
      select: { id: true, text: true },
    }),
  ]);
  return {
    areas: assessments.flatMap((assessment) =>
      areasOf(assessment.content).map((area) => ({
        statementKey: assessment.qualityStatement.key,
        statement: `${assessment.qualityStatement.number}. ${assessment.qualityStatement.name}`,
        id: area.id,
        text: area.text,
      })),
    ),
    questions,
    sessions,
    followUps: followUps.map((followUp) => ({ id: followUp.id, text: followUp.text, session: followUp.session.title })),
    findings,
  };
}
export type SourceOptions = Awaited<ReturnType<typeof listSourceOptions>>;

/** A follow-up to start an action from: its text becomes the title. */
export async function getFollowUpForAction(scope: WorkspaceScope, id: string) {
  const [followUp, action] = await Promise.all([
    db.prepFollowUp.findFirst({
      where: { id, session: { workspaceId: scope.workspaceId } },
      select: { id: true, text: true, dueDate: true },
    }),
    db.improvementAction.findFirst({
      where: { workspaceId: scope.workspaceId, prepFollowUpId: id },
      select: { id: true },
    }),
  ]);
  return followUp ? { ...followUp, actionId: action?.id ?? null } : null;
}

/** Evidence to cite as proof of completion; items with personal data only for those who may see them. */
export async function listEvidenceOptions(scope: WorkspaceScope, maySeeSensitive: boolean) {
  return db.evidenceItem.findMany({
    where: { workspaceId: scope.workspaceId, ...(maySeeSensitive ? {} : { containsPersonalData: false }) },
    orderBy: { title: "asc" },
    take: 1000,
    select: { id: true, title: true },
  });
}

/**
 * The actions for one quality statement, grouped under the statement's areas for improvement they
 * came from; actions from elsewhere are listed as "other". Three queries whatever the plan's size.
 */
export async function listActionsForStatement(scope: WorkspaceScope, statementKey: string) {
  const [assessment, rows] = await Promise.all([
    db.statementAssessment.findFirst({
      where: {
        workspaceId: scope.workspaceId,
        cycleId: (await getCurrentCycle(scope)).id,
        qualityStatement: { key: statementKey },
      },
      select: { content: true },
    }),
    db.improvementAction.findMany({
      where: { workspaceId: scope.workspaceId, statementKeys: { has: statementKey } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      select: rowSelect,
    }),
  ]);
  const actions = await withOwners(rows);
  const areas = areasOf(assessment?.content);
  const known = new Set(areas.map((area) => area.id));
  const fromArea = (action: (typeof actions)[number]) =>
    action.improvementStatementKey === statementKey && action.improvementId && known.has(action.improvementId)
      ? action.improvementId
      : null;
  return {
    areas: areas.map((area) => ({ ...area, actions: actions.filter((action) => fromArea(action) === area.id) })),
    other: actions.filter((action) => fromArea(action) === null),
  };
}
export type StatementActions = Awaited<ReturnType<typeof listActionsForStatement>>;

/** The action made from each of these follow-ups, if any. */
export async function listActionsForFollowUps(
  scope: WorkspaceScope,
  followUpIds: string[],
): Promise<Map<string, { id: string; title: string }>> {
  if (followUpIds.length === 0) return new Map();
  const rows = await db.improvementAction.findMany({
    where: { workspaceId: scope.workspaceId, prepFollowUpId: { in: followUpIds } },
    select: { id: true, title: true, prepFollowUpId: true },
  });
  return new Map(rows.map((row) => [row.prepFollowUpId!, { id: row.id, title: row.title }]));
}

/** Open overdue actions whose reminder was shown in the app (no mail server, or it refused). */
export async function listInAppOverdue(scope: WorkspaceScope, now: Date) {
  const rows = await db.improvementAction.findMany({
    where: {
      workspaceId: scope.workspaceId,
      status: { in: OPEN },
      dueDate: { lt: ukToday(now) },
      notices: { some: { channel: "in_app" } },
    },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    select: { ...rowSelect, notices: { where: { channel: "in_app" }, select: { dueDate: true } } },
  });
  // A notice counts only for the due date it was given about: a moved date is reminded afresh.
  return withOwners(
    rows.filter((row) => row.notices.some((notice) => notice.dueDate.getTime() === row.dueDate.getTime())),
  );
}

/** Every action with its latest progress note, for the export. */
export async function listActionsForExport(scope: WorkspaceScope) {
  const rows = await db.improvementAction.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    select: {
      ...rowSelect,
      description: true,
      completedAt: true,
      updatedAt: true,
      updates: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { note: true, createdAt: true } },
    },
  });
  return withOwners(rows);
}

/**
 * Open actions, in every workspace, past their due date (London day) and not yet reminded for
 * that due date. The check runs outside any user's request, so no scope.
 */
export async function findOverdueActions(now: Date) {
  const rows = await db.improvementAction.findMany({
    where: { status: { in: OPEN }, dueDate: { lt: ukToday(now) } },
    select: { id: true, dueDate: true, notices: { select: { dueDate: true } } },
  });
  return rows
    .filter((row) => !row.notices.some((notice) => notice.dueDate.getTime() === row.dueDate.getTime()))
    .map(({ id, dueDate }) => ({ id, dueDate }));
}

/** What the overdue e-mail needs: the owner's address (a member owner only) and the council. */
export async function getActionForNotice(id: string) {
  const row = await db.improvementAction.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      ownerId: true,
      dueDate: true,
      status: true,
      workspace: { select: { name: true } },
    },
  });
  if (!row) return null;
  const owner = row.ownerId ? (await namesOf([row.ownerId])).get(row.ownerId) : undefined;
  return {
    id: row.id,
    title: row.title,
    dueDate: row.dueDate,
    status: row.status as ActionStatus,
    councilName: row.workspace.name,
    ownerName: owner?.name ?? "colleague",
    ownerEmail: owner?.email ?? null,
  };
}

/** The actions made from each of CQC's findings, by finding id, for the CQC result page. */
export async function listActionsForFindings(scope: WorkspaceScope) {
  const rows = await db.improvementAction.findMany({
    where: { workspaceId: scope.workspaceId, cqcFindingId: { not: null } },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, cqcFindingId: true },
  });
  const byFinding: Record<string, { id: string; title: string }[]> = {};
  for (const row of rows) (byFinding[row.cqcFindingId!] ??= []).push({ id: row.id, title: row.title });
  return byFinding;
}
