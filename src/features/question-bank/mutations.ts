import { db, type Tx } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { listExistingQuestions, listStatementRefs, readStartingBank } from "./data";
import { checkQuestionImportRows, type QuestionInput } from "./schema";

function questionFields(input: QuestionInput) {
  return {
    text: input.text,
    statementKeys: input.statementKeys,
    audienceKeys: input.audienceKeys,
    prompts: input.prompts,
    followUps: input.followUps,
  };
}

/** A question tests statements of the council's own framework version, checked on fresh data. */
async function assertStatements(tx: Tx, scope: WorkspaceScope, keys: string[]) {
  const known = new Set((await listStatementRefs(scope, tx)).map((statement) => statement.key));
  if (keys.some((key) => !known.has(key))) {
    const message =
      "Select the quality statements from the list: one of those chosen is not in your council's framework";
    throw new AppError("invalid", message, { statementKeys: message });
  }
}

/**
 * Adds the starting bank's questions that are not yet in the workspace (matched by their key), so
 * loading twice, or two people loading at once, never doubles a question. Questions edited or
 * retired since keep their changes. Returns how many were added.
 */
export async function loadStartingBank(scope: WorkspaceScope, actor: Actor): Promise<{ added: number }> {
  const bank = await readStartingBank();
  return db.$transaction(async (tx) => {
    const known = new Set((await listStatementRefs(scope, tx)).map((statement) => statement.key));
    // A workspace on another framework version keeps the statements it has; a question left
    // testing none of them would be found under no statement, so it is not loaded.
    const data = bank.questions
      .map((question) => ({ ...question, statements: question.statements.filter((key) => known.has(key)) }))
      .filter((question) => question.statements.length > 0)
      .map((question) => ({
        workspaceId: scope.workspaceId,
        key: question.key,
        text: question.text,
        statementKeys: question.statements,
        audienceKeys: question.audiences,
        prompts: question.prompts,
        followUps: question.followUps,
      }));
    const { count } = await tx.interviewQuestion.createMany({ data, skipDuplicates: true });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "question_bank.starting_bank_loaded",
      entityType: "interview_question",
      entityId: null,
      metadata: { added: count },
    });
    return { added: count };
  });
}

export async function createQuestion(
  scope: WorkspaceScope,
  actor: Actor,
  input: QuestionInput,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    await assertStatements(tx, scope, input.statementKeys);
    const created = await tx.interviewQuestion.create({
      data: { ...questionFields(input), workspaceId: scope.workspaceId },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "interview_question.created",
      entityType: "interview_question",
      entityId: created.id,
      metadata: { via: "form" },
    });
    return created;
  });
}

/** Saves an edit made from `expectedVersion`; an edit made from an older version is refused. */
export async function updateQuestion(
  scope: WorkspaceScope,
  actor: Actor,
  input: QuestionInput & { id: string; expectedVersion: number },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertStatements(tx, scope, input.statementKeys);
    const { count } = await tx.interviewQuestion.updateMany({
      where: { id: input.id, workspaceId: scope.workspaceId, version: input.expectedVersion },
      data: { ...questionFields(input), version: { increment: 1 } },
    });
    if (count !== 1) {
      const exists = await tx.interviewQuestion.count({ where: { id: input.id, workspaceId: scope.workspaceId } });
      throw exists
        ? new AppError(
            "stale",
            "Someone else changed this question while you were editing. Your changes are still in the form: open the question in a new tab to see theirs, then save.",
          )
        : new AppError("not_found");
    }
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "interview_question.updated",
      entityType: "interview_question",
      entityId: input.id,
    });
  });
}

async function setRetired(scope: WorkspaceScope, actor: Actor, questionId: string, retire: boolean) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.interviewQuestion.updateMany({
      where: { id: questionId, workspaceId: scope.workspaceId, retiredAt: retire ? null : { not: null } },
      data: { retiredAt: retire ? new Date() : null, version: { increment: 1 } },
    });
    if (count !== 1) {
      const exists = await tx.interviewQuestion.count({ where: { id: questionId, workspaceId: scope.workspaceId } });
      if (!exists) throw new AppError("not_found");
      throw new AppError(
        "conflict",
        retire ? "This question is already retired." : "This question is already in use: it is not retired.",
      );
    }
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: retire ? "interview_question.retired" : "interview_question.restored",
      entityType: "interview_question",
      entityId: questionId,
    });
  });
}

/** A retired question is no longer offered for new sessions; sessions that used it keep it. */
export async function retireQuestion(
  scope: WorkspaceScope,
  actor: Actor,
  input: { questionId: string },
): Promise<void> {
  await setRetired(scope, actor, input.questionId, true);
}

export async function restoreQuestion(
  scope: WorkspaceScope,
  actor: Actor,
  input: { questionId: string },
): Promise<void> {
  await setRetired(scope, actor, input.questionId, false);
}

/** Holds an uploaded question file until someone checks the preview and confirms it. */
export async function stageQuestionImport(
  scope: WorkspaceScope,
  actor: Actor,
  input: { fileName: string; rows: Record<string, string>[] },
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const staged = await tx.questionImport.create({
      data: { workspaceId: scope.workspaceId, fileName: input.fileName, rows: input.rows, createdById: actor.userId },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "question_bank.import_staged",
      entityType: "interview_question",
      entityId: staged.id,
      metadata: { rows: input.rows.length },
    });
    return staged;
  });
}

export type QuestionImportResult = { created: number; updated: number; unchanged: number; dropped: number };

/**
 * Imports a staged file in one transaction: every row, or, only when the person chose to, the valid
 * rows without the others. Rows with an ID update that question; rows without add one; rows that
 * change nothing are left alone. The rows are checked again here against the bank as it is now.
 */
export async function completeQuestionImport(
  scope: WorkspaceScope,
  actor: Actor,
  input: { importId: string; dropInvalid: boolean },
): Promise<QuestionImportResult> {
  return db.$transaction(
    async (tx) => {
      const now = new Date();
      // Claiming the import first means two confirmations at once cannot both import it.
      const { count: claimed } = await tx.questionImport.updateMany({
        where: { id: input.importId, workspaceId: scope.workspaceId, completedAt: null },
        data: { completedAt: now },
      });
      const staged = await tx.questionImport.findFirst({
        where: { id: input.importId, workspaceId: scope.workspaceId },
        select: { rows: true },
      });
      if (!staged) throw new AppError("not_found");
      if (claimed !== 1) throw new AppError("conflict", "This file has already been imported.");
      const statements = await listStatementRefs(scope, tx);
      const existing = await listExistingQuestions(scope, tx);
      const checked = checkQuestionImportRows(staged.rows as Record<string, string>[], statements, existing);
      const invalid = checked.filter((row) => !row.input);
      if (invalid.length > 0 && !input.dropInvalid) {
        throw new AppError(
          "conflict",
          `${invalid.length} ${invalid.length === 1 ? "row has" : "rows have"} problems. Correct the file and upload it again, or choose to import only the valid rows.`,
        );
      }
      const fresh = checked.filter((row) => row.input && row.change === "create");
      const changed = checked.filter((row) => row.input && row.change === "update");
      await tx.interviewQuestion.createMany({
        data: fresh.map((row) => ({
          ...questionFields(row.input!),
          workspaceId: scope.workspaceId,
          retiredAt: row.retired ? now : null,
        })),
      });
      for (const row of changed) {
        const wasRetired = existing.get(row.id!)!.retired;
        await tx.interviewQuestion.updateMany({
          where: { id: row.id!, workspaceId: scope.workspaceId },
          // A question already retired keeps the date it was retired.
          data: {
            ...questionFields(row.input!),
            ...(row.retired && wasRetired ? {} : { retiredAt: row.retired ? now : null }),
            version: { increment: 1 },
          },
        });
      }
      const result = {
        created: fresh.length,
        updated: changed.length,
        unchanged: checked.filter((row) => row.input && row.change === "unchanged").length,
        dropped: invalid.length,
      };
      await tx.questionImport.update({
        where: { id: input.importId },
        data: { imported: fresh.length + changed.length, rows: [] },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        scope,
        actor,
        action: "question_bank.imported",
        entityType: "interview_question",
        entityId: input.importId,
        metadata: result,
      });
      return result;
    },
    { timeout: 60_000 },
  );
}

export async function recordQuestionExport(
  scope: WorkspaceScope,
  actor: Actor,
  summary: { questions: number; filtered: boolean },
): Promise<void> {
  await recordAuditEvent(db, {
    scope,
    actor,
    action: "question_bank.exported",
    entityType: "interview_question",
    entityId: null,
    metadata: summary,
  });
}
