import { db, type Tx } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { getCurrentCycle } from "@/features/cycles/data";
import { Prisma } from "@/generated/prisma/client";
import { storedContentSchema } from "@/features/self-assessment/schema";
import {
  completedAtAfter,
  sourceColumns,
  sourceFromColumns,
  titleFromFinding,
  type ActionSource,
  type ActionStatus,
} from "./domain";
import { maySeeSession, type SessionViewer } from "@/features/preparation/policy";
import type { ActionInput, ActionsFromFindingsInput, ProgressNoteInput, UpdateActionInput } from "./schema";

/**
 * Who is choosing an action's source: a preparation session or its follow-up may be chosen only
 * by someone who may open it (`prepViewer` in policy.ts: null without preparation access, a team
 * manager their own sessions), as on the form.
 */
export type PlanEditor = Actor & { prep: SessionViewer | null };

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const invalid = (field: string, message: string) => new AppError("invalid", message, { [field]: message });

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
const followUpTaken = () =>
  invalid(
    "source",
    "This follow-up is already an action. Open it from the improvement plan, or choose another source.",
  );

/** The chosen statements, checked against the workspace's framework and kept in its order. */
async function resolveStatementKeys(tx: Tx, scope: WorkspaceScope, keys: string[]): Promise<string[]> {
  const wanted = [...new Set(keys)];
  const found = await tx.qualityStatement.findMany({
    where: { key: { in: wanted }, frameworkVersion: { workspaces: { some: { id: scope.workspaceId } } } },
    orderBy: { number: "asc" },
    select: { key: true },
  });
  if (found.length !== wanted.length || wanted.length === 0)
    throw invalid("statementKeys", "Select quality statements from the list");
  return found.map((statement) => statement.key);
}

/** An owner is a member of this workspace (active, or invited and not yet joined). */
async function assertOwner(tx: Tx, scope: WorkspaceScope, ownerId: string | null) {
  if (!ownerId) return;
  const member = await tx.membership.count({
    where: { workspaceId: scope.workspaceId, userId: ownerId, status: { in: ["active", "invited"] } },
  });
  if (!member) throw invalid("ownerId", "Select the owner from the list");
}

/**
 * Every source must belong to this workspace (another council's record is simply not in the list),
 * and a session or follow-up must be one the editor may open, unless it is the source the action
 * already had (a team manager may edit an action the lead linked to another manager's session).
 */
async function assertSource(
  tx: Tx,
  scope: WorkspaceScope,
  editor: PlanEditor,
  source: ActionSource | null,
  kept: ActionSource | null = null,
) {
  if (!source || JSON.stringify(source) === JSON.stringify(kept)) return;
  const workspaceId = scope.workspaceId;
  const missing = () =>
    invalid("source", "Select where the need for this action was found from the list, or choose not linked");
  switch (source.kind) {
    case "improvement": {
      const assessment = await tx.statementAssessment.findFirst({
        where: {
          workspaceId,
          cycleId: (await getCurrentCycle(scope, tx)).id,
          qualityStatement: { key: source.statementKey },
        },
        select: { content: true },
      });
      const parsed = storedContentSchema.safeParse(assessment?.content);
      if (!parsed.success || !parsed.data.improvements.some((area) => area.id === source.improvementId))
        throw missing();
      return;
    }
    case "audit_question":
      if (!(await tx.caseAuditQuestion.count({ where: { id: source.id, workspaceId } }))) throw missing();
      return;
    case "prep_session": {
      const session = await tx.prepSession.findFirst({
        where: { id: source.id, workspaceId },
        select: { facilitatorId: true },
      });
      if (!session || !editor.prep || !maySeeSession(editor.prep, session)) throw missing();
      return;
    }
    case "follow_up": {
      const followUp = await tx.prepFollowUp.findFirst({
        where: { id: source.id, session: { workspaceId } },
        select: { session: { select: { facilitatorId: true } } },
      });
      if (!followUp || !editor.prep || !maySeeSession(editor.prep, followUp.session)) throw missing();
      return;
    }
    case "cqc_finding":
      if (!(await tx.cqcFinding.count({ where: { id: source.id, result: { workspaceId } } }))) throw missing();
      return;
  }
}

async function assertEvidence(tx: Tx, scope: WorkspaceScope, evidenceId: string | null, maySeeSensitive: boolean) {
  if (!evidenceId) return;
  const found = await tx.evidenceItem.count({
    where: {
      id: evidenceId,
      workspaceId: scope.workspaceId,
      ...(maySeeSensitive ? {} : { containsPersonalData: false }),
    },
  });
  if (!found) throw invalid("completionEvidenceId", "Select the evidence from the list");
}

async function checkedFields(
  tx: Tx,
  scope: WorkspaceScope,
  editor: PlanEditor,
  input: ActionInput,
  kept: ActionSource | null = null,
) {
  const statementKeys = await resolveStatementKeys(tx, scope, input.statementKeys);
  await assertOwner(tx, scope, input.ownerId);
  await assertSource(tx, scope, editor, input.source, kept);
  return {
    title: input.title,
    description: input.description,
    ownerId: input.ownerId,
    ownerName: input.ownerName,
    dueDate: day(input.dueDate),
    status: input.status,
    rag: input.rag,
    statementKeys,
    tags: input.tags,
    ...sourceColumns(input.source),
  };
}

export async function createImprovementAction(
  scope: WorkspaceScope,
  actor: PlanEditor,
  input: ActionInput,
  now = new Date(),
): Promise<{ id: string }> {
  try {
    return await db.$transaction(async (tx) => {
      const fields = await checkedFields(tx, scope, actor, input);
      const created = await tx.improvementAction.create({
        data: {
          ...fields,
          workspaceId: scope.workspaceId,
          createdById: actor.userId,
          completedAt: input.status === "done" ? now : null,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        scope,
        actor,
        action: "improvement_action.created",
        entityType: "improvement_action",
        entityId: created.id,
        metadata: {
          source: input.source?.kind ?? null,
          status: input.status,
          rag: input.rag,
        },
      });
      return created;
    });
  } catch (error) {
    throw isUniqueViolation(error) ? followUpTaken() : error;
  }
}

/**
 * One action for each of CQC's findings chosen, linked to the finding and to its quality
 * statement, all in one transaction: if any finding is not this council's, none is made.
 */
export async function createActionsFromFindings(
  scope: WorkspaceScope,
  actor: Actor,
  input: ActionsFromFindingsInput,
): Promise<{ ids: string[] }> {
  return db.$transaction(async (tx) => {
    const findings = await tx.cqcFinding.findMany({
      where: { id: { in: input.findingIds }, result: { workspaceId: scope.workspaceId } },
      orderBy: [{ statementKey: "asc" }, { position: "asc" }],
      select: { id: true, statementKey: true, text: true },
    });
    if (findings.length !== input.findingIds.length)
      throw invalid("findingIds", "Select findings from the list: one of those chosen is no longer in CQC's result");
    await assertOwner(tx, scope, input.ownerId);
    const ids: string[] = [];
    for (const finding of findings) {
      const statementKeys = await resolveStatementKeys(tx, scope, [finding.statementKey]);
      const source: ActionSource = { kind: "cqc_finding", id: finding.id };
      const created = await tx.improvementAction.create({
        data: {
          workspaceId: scope.workspaceId,
          title: titleFromFinding(finding.text),
          description: finding.text,
          ownerId: input.ownerId,
          ownerName: input.ownerName,
          dueDate: day(input.dueDate),
          statementKeys,
          ...sourceColumns(source),
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        scope,
        actor,
        action: "improvement_action.created",
        entityType: "improvement_action",
        entityId: created.id,
        metadata: { source: source.kind, status: "not_started", rag: "green" },
      });
      ids.push(created.id);
    }
    return { ids };
  });
}

const stale = () =>
  new AppError(
    "stale",
    "Someone else changed this action while you were editing. Your changes are still in the form: open the action in a new tab to see theirs, then save.",
  );

/** Changes an action, refused (with nothing written) if it changed since the form was opened. */
export async function updateImprovementAction(
  scope: WorkspaceScope,
  actor: PlanEditor,
  input: UpdateActionInput,
  now = new Date(),
): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const current = await tx.improvementAction.findFirst({
        where: { id: input.id, workspaceId: scope.workspaceId },
        select: {
          status: true,
          completedAt: true,
          version: true,
          improvementStatementKey: true,
          improvementId: true,
          caseAuditQuestionId: true,
          prepSessionId: true,
          prepFollowUpId: true,
          cqcFindingId: true,
        },
      });
      if (!current) throw new AppError("not_found");
      if (current.version !== input.expectedVersion) throw stale();
      const fields = await checkedFields(tx, scope, actor, input, sourceFromColumns(current));
      const completedAt = completedAtAfter(
        { status: current.status as ActionStatus, completedAt: current.completedAt },
        input.status,
        now,
      );
      const { count } = await tx.improvementAction.updateMany({
        where: { id: input.id, workspaceId: scope.workspaceId, version: input.expectedVersion },
        data: {
          ...fields,
          completedAt,
          ...(input.status === "done" ? {} : { completionEvidenceId: null }),
          version: { increment: 1 },
        },
      });
      if (count !== 1) throw stale();
      await recordAuditEvent(tx, {
        scope,
        actor,
        action: "improvement_action.updated",
        entityType: "improvement_action",
        entityId: input.id,
        metadata: {
          status: input.status,
          rag: input.rag,
        },
      });
    });
  } catch (error) {
    throw isUniqueViolation(error) ? followUpTaken() : error;
  }
}

/**
 * Adds a progress note, moving the status and RAG when given. Marking it done records when, and
 * the evidence of completion if one is cited (evidence is asked for, not required: some actions,
 * such as a meeting held, leave nothing to file).
 */
export async function addProgressNote(
  scope: WorkspaceScope,
  actor: Actor,
  input: ProgressNoteInput,
  options: { maySeeSensitive: boolean; now?: Date } = { maySeeSensitive: false },
): Promise<void> {
  const now = options.now ?? new Date();
  await db.$transaction(async (tx) => {
    const current = await tx.improvementAction.findFirst({
      where: { id: input.actionId, workspaceId: scope.workspaceId },
      select: { status: true, completedAt: true, completionEvidenceId: true },
    });
    if (!current) throw new AppError("not_found");
    const status = input.status ?? (current.status as ActionStatus);
    if (input.completionEvidenceId && status !== "done")
      throw invalid(
        "completionEvidenceId",
        "Evidence of completion is cited when marking the action as done. Choose done, or leave the evidence empty",
      );
    await assertEvidence(tx, scope, input.completionEvidenceId, options.maySeeSensitive);
    await tx.improvementActionUpdate.create({
      data: {
        actionId: input.actionId,
        note: input.note,
        status: input.status,
        rag: input.rag,
        authorId: actor.userId,
      },
      select: { id: true },
    });
    await tx.improvementAction.update({
      where: { id: input.actionId },
      data: {
        status,
        ...(input.rag ? { rag: input.rag } : {}),
        completedAt: completedAtAfter(
          { status: current.status as ActionStatus, completedAt: current.completedAt },
          status,
          now,
        ),
        completionEvidenceId: status === "done" ? (input.completionEvidenceId ?? current.completionEvidenceId) : null,
        version: { increment: 1 },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "improvement_action.progress_noted",
      entityType: "improvement_action",
      entityId: input.actionId,
      metadata: {
        status: input.status,
        rag: input.rag,
        evidence: Boolean(input.completionEvidenceId),
      },
    });
  });
}

/** The export is recorded with how many actions it held. */
export async function recordPlanExport(scope: WorkspaceScope, actor: Actor, actions: number): Promise<void> {
  await recordAuditEvent(db, {
    scope,
    actor,
    action: "improvement_plan.exported",
    entityType: "improvement_action",
    entityId: null,
    metadata: { actions },
  });
}

/**
 * Claims the overdue reminder for an action and due date. Whichever instance inserts the row
 * sends it, so several instances never remind twice.
 */
export async function claimActionNotice(
  actionId: string,
  dueDate: Date,
  channel: "email" | "in_app",
): Promise<boolean> {
  const { count } = await db.improvementActionNotice.createMany({
    data: [{ actionId, dueDate, channel }],
    skipDuplicates: true,
  });
  return count === 1;
}

/** An e-mail that could not be sent is shown in the app instead. */
export async function fallBackToInApp(actionId: string, dueDate: Date): Promise<void> {
  await db.improvementActionNotice.updateMany({ where: { actionId, dueDate }, data: { channel: "in_app" } });
}
