import { db, type Tx } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { Prisma } from "@/generated/prisma/client";
import { DEFAULT_AUDIT_QUESTIONS, DEFAULT_COHORTS, type Stage } from "./domain";
import { checkCaseImportRows, type CaseAuditInput, type CaseInput, type ReflectiveLogInput } from "./schema";
import { existingReferences } from "./data";
import { assertMaySignOff } from "./policy";

const day = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

function caseFields(input: CaseInput) {
  return {
    reference: input.reference,
    cohortId: input.cohortId,
    team: input.team,
    practitioner: input.practitioner,
    firstContactDate: day(input.firstContactDate),
    assessmentDate: day(input.assessmentDate),
    planDate: day(input.planDate),
    lastReviewDate: day(input.lastReviewDate),
    supportType: input.supportType,
    ageBand: input.ageBand,
    ethnicity: input.ethnicity,
    sex: input.sex,
    disability: input.disability,
  };
}

const duplicate = () =>
  new AppError("conflict", "A case with this reference is already recorded. Find it in the case list.", {
    reference: "A case with this reference is already recorded. Find it in the case list.",
  });

async function assertCohort(tx: Tx, scope: WorkspaceScope, cohortId: string) {
  if (!(await tx.caseCohort.count({ where: { id: cohortId, workspaceId: scope.workspaceId } }))) {
    throw new AppError("invalid", "Select the cohort or pathway", { cohortId: "Select the cohort or pathway" });
  }
}

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Starts case tracking with the default cohorts and audit questions, once; both can be edited after. */
export async function setUpCaseTracking(scope: WorkspaceScope, actor: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    if (await tx.caseCohort.count({ where: { workspaceId: scope.workspaceId } }))
      throw new AppError("conflict", "Case tracking is already set up.");
    await tx.caseCohort.createMany({
      data: DEFAULT_COHORTS.map((name, position) => ({ workspaceId: scope.workspaceId, name, position })),
    });
    await tx.caseAuditQuestion.createMany({
      data: DEFAULT_AUDIT_QUESTIONS.map((question, position) => ({
        workspaceId: scope.workspaceId,
        ...question,
        position,
      })),
    });
    await recordAuditEvent(tx, { scope, actor, action: "case_tracking.set_up", entityType: "case", entityId: null });
  });
}

export async function createCase(scope: WorkspaceScope, actor: Actor, input: CaseInput): Promise<{ id: string }> {
  try {
    return await db.$transaction(async (tx) => {
      await assertCohort(tx, scope, input.cohortId);
      const created = await tx.trackedCase.create({
        data: { ...caseFields(input), workspaceId: scope.workspaceId, createdById: actor.userId },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        scope,
        actor,
        action: "case.created",
        entityType: "case",
        entityId: created.id,
        metadata: { via: "form" },
      });
      return created;
    });
  } catch (error) {
    throw isUniqueViolation(error) ? duplicate() : error;
  }
}

export async function updateCase(
  scope: WorkspaceScope,
  actor: Actor,
  input: CaseInput & { id: string; expectedVersion: number },
): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      await assertCohort(tx, scope, input.cohortId);
      const { count } = await tx.trackedCase.updateMany({
        where: { id: input.id, workspaceId: scope.workspaceId, version: input.expectedVersion, anonymisedAt: null },
        data: { ...caseFields(input), version: { increment: 1 } },
      });
      if (count !== 1) {
        const exists = await tx.trackedCase.count({ where: { id: input.id, workspaceId: scope.workspaceId } });
        throw exists
          ? new AppError(
              "stale",
              "Someone else changed this case while you were editing. Your changes are still in the form: open the case in a new tab to see theirs, then save.",
            )
          : new AppError("not_found");
      }
      await recordAuditEvent(tx, { scope, actor, action: "case.updated", entityType: "case", entityId: input.id });
    });
  } catch (error) {
    throw isUniqueViolation(error) ? duplicate() : error;
  }
}

/** Moves cases in or out of the sample: long list, selected by CQC, engaged, or out. */
export async function setSampleStage(
  scope: WorkspaceScope,
  actor: Actor,
  input: { caseIds: string[]; stage: Stage },
): Promise<{ changed: number }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.trackedCase.updateMany({
      where: { id: { in: input.caseIds }, workspaceId: scope.workspaceId, anonymisedAt: null },
      data: { stage: input.stage },
    });
    if (count !== new Set(input.caseIds).size)
      throw new AppError("not_found", "Some of the selected cases were not found. Reload the list and try again.");
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "case.sample_changed",
      entityType: "case",
      entityId: null,
      metadata: { stage: input.stage, cases: count },
    });
    return { changed: count };
  });
}

async function engagedCase(tx: Tx, scope: WorkspaceScope, caseId: string) {
  const found = await tx.trackedCase.findFirst({
    where: { id: caseId, workspaceId: scope.workspaceId },
    select: { stage: true },
  });
  if (!found) throw new AppError("not_found");
  if (found.stage !== "engaged")
    throw new AppError(
      "conflict",
      "Consent and contacts are recorded for engaged cases only. Mark the case as engaged first.",
    );
}

export async function setConsent(
  scope: WorkspaceScope,
  actor: Actor,
  input: { caseId: string; consent: "yes" | "no" | "unknown" },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await engagedCase(tx, scope, input.caseId);
    await tx.trackedCase.update({
      where: { id: input.caseId },
      data: { consentToContact: input.consent === "unknown" ? null : input.consent === "yes" },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "case.consent_recorded",
      entityType: "case",
      entityId: input.caseId,
      metadata: { consent: input.consent },
    });
  });
}

export async function addContact(
  scope: WorkspaceScope,
  actor: Actor,
  input: { caseId: string; contactedOn: string; method: string; note: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await engagedCase(tx, scope, input.caseId);
    await tx.caseContact.create({
      data: {
        caseId: input.caseId,
        contactedOn: day(input.contactedOn)!,
        method: input.method,
        note: input.note,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "case.contact_logged",
      entityType: "case",
      entityId: input.caseId,
      metadata: { method: input.method },
    });
  });
}

/** Every view of a case page is recorded: who looked at which case, and when. */
export async function recordCaseView(scope: WorkspaceScope, actor: Actor, caseId: string, page: string): Promise<void> {
  await recordAuditEvent(db, {
    scope,
    actor,
    action: "case.viewed",
    entityType: "case",
    entityId: caseId,
    metadata: { page },
  });
}

/**
 * Saves a case audit. Every current question must be answered (not applicable is an answer);
 * answers to questions since retired are kept.
 */
export async function saveCaseAudit(scope: WorkspaceScope, actor: Actor, input: CaseAuditInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const found = await tx.trackedCase.count({
      where: { id: input.caseId, workspaceId: scope.workspaceId, anonymisedAt: null },
    });
    if (!found) throw new AppError("not_found");
    const questions = await tx.caseAuditQuestion.findMany({
      where: { workspaceId: scope.workspaceId },
      select: { id: true, retiredAt: true },
    });
    const known = new Set(questions.map((question) => question.id));
    const answered = new Set(input.answers.map((answer) => answer.questionId));
    if (input.answers.some((answer) => !known.has(answer.questionId)))
      throw new AppError("invalid", "The audit questions have changed. Reload the page and answer them again.");
    const missing = questions.filter((question) => !question.retiredAt && !answered.has(question.id));
    if (missing.length) {
      throw new AppError(
        "invalid",
        `Answer every question, or choose "Not applicable" (${missing.length} not answered)`,
        Object.fromEntries(
          missing.map((question) => [`answer.${question.id}`, "Choose yes, partly, no or not applicable"]),
        ),
      );
    }
    const audit = await tx.caseAudit.upsert({
      where: { caseId: input.caseId },
      create: { caseId: input.caseId, auditorId: actor.userId, completedAt: new Date() },
      update: { auditorId: actor.userId, completedAt: new Date() },
      select: { id: true },
    });
    for (const answer of input.answers) {
      await tx.caseAuditAnswer.upsert({
        where: { auditId_questionId: { auditId: audit.id, questionId: answer.questionId } },
        create: { auditId: audit.id, questionId: answer.questionId, answer: answer.answer, note: answer.note },
        update: { answer: answer.answer, note: answer.note },
      });
    }
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "case.audited",
      entityType: "case",
      entityId: input.caseId,
      metadata: { answers: input.answers.length },
    });
  });
}

/** Saves (or sends for sign-off) a reflective log; a signed-off log is read-only. */
export async function saveReflectiveLog(scope: WorkspaceScope, actor: Actor, input: ReflectiveLogInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const found = await tx.trackedCase.findFirst({
      where: { id: input.caseId, workspaceId: scope.workspaceId, anonymisedAt: null },
      select: { reflectiveLog: { select: { version: true, status: true } } },
    });
    if (!found) throw new AppError("not_found");
    const current = found.reflectiveLog;
    if (current?.status === "signed_off")
      throw new AppError("conflict", "This reflective log has been signed off and can no longer be changed.");
    if (current?.status === "submitted")
      throw new AppError(
        "conflict",
        "This reflective log is waiting for sign-off. Ask the team manager to return it if it needs changes.",
      );
    if ((current?.version ?? 0) !== input.expectedVersion) {
      throw new AppError(
        "stale",
        "Someone else saved this reflective log while you were writing. Your text is still in the form: copy it, reload the page, and add it again.",
      );
    }
    const text = {
      journey: input.journey,
      wentWell: input.wentWell,
      couldBeBetter: input.couldBeBetter,
      personVoice: input.personVoice,
      outcomes: input.outcomes,
    };
    const status = input.intent === "submit" ? "submitted" : "draft";
    await tx.reflectiveLog.upsert({
      where: { caseId: input.caseId },
      create: { caseId: input.caseId, authorId: actor.userId, ...text, status },
      update: { ...text, status, version: { increment: 1 } },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: input.intent === "submit" ? "case.reflective_log_submitted" : "case.reflective_log_saved",
      entityType: "case",
      entityId: input.caseId,
    });
  });
}

/** A team manager signs off a log sent to them, or returns it to draft; never a log they wrote. */
export async function signOffReflectiveLog(
  scope: WorkspaceScope,
  actor: Actor,
  input: { caseId: string; decision: "sign_off" | "return" },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const log = await tx.reflectiveLog.findFirst({
      where: { caseId: input.caseId, case: { workspaceId: scope.workspaceId } },
      select: { authorId: true, status: true },
    });
    assertMaySignOff(actor.userId, log);
    await tx.reflectiveLog.update({
      where: { caseId: input.caseId },
      data:
        input.decision === "sign_off"
          ? { status: "signed_off", signedOffById: actor.userId, signedOffAt: new Date() }
          : { status: "draft", version: { increment: 1 } },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: input.decision === "sign_off" ? "case.reflective_log_signed_off" : "case.reflective_log_returned",
      entityType: "case",
      entityId: input.caseId,
    });
  });
}

export async function addCohort(scope: WorkspaceScope, actor: Actor, input: { name: string }): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const last = await tx.caseCohort.aggregate({
        where: { workspaceId: scope.workspaceId },
        _max: { position: true },
      });
      const cohort = await tx.caseCohort.create({
        data: { workspaceId: scope.workspaceId, name: input.name, position: (last._max.position ?? -1) + 1 },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        scope,
        actor,
        action: "case_tracking.cohort_added",
        entityType: "case",
        entityId: cohort.id,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("conflict", "There is already a cohort with this name.", {
        name: "There is already a cohort with this name.",
      });
    throw error;
  }
}

export async function removeCohort(scope: WorkspaceScope, actor: Actor, input: { cohortId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const cohort = await tx.caseCohort.findFirst({
      where: { id: input.cohortId, workspaceId: scope.workspaceId },
      select: { _count: { select: { cases: true } } },
    });
    if (!cohort) throw new AppError("not_found");
    if (cohort._count.cases > 0)
      throw new AppError("conflict", "This cohort has cases. Move them to another cohort first.");
    await tx.caseCohort.delete({ where: { id: input.cohortId } });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "case_tracking.cohort_removed",
      entityType: "case",
      entityId: input.cohortId,
    });
  });
}

export async function addAuditQuestion(
  scope: WorkspaceScope,
  actor: Actor,
  input: { text: string; statementKey: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const statement = await tx.qualityStatement.count({
      where: { key: input.statementKey, frameworkVersion: { workspaces: { some: { id: scope.workspaceId } } } },
    });
    if (!statement)
      throw new AppError("invalid", "Select the quality statement it informs", {
        statementKey: "Select the quality statement it informs",
      });
    const last = await tx.caseAuditQuestion.aggregate({
      where: { workspaceId: scope.workspaceId },
      _max: { position: true },
    });
    const question = await tx.caseAuditQuestion.create({
      data: { workspaceId: scope.workspaceId, ...input, position: (last._max.position ?? -1) + 1 },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "case_tracking.question_added",
      entityType: "case",
      entityId: question.id,
    });
  });
}

/** A retired question is no longer asked; answers already given stay in the results. */
export async function retireAuditQuestion(
  scope: WorkspaceScope,
  actor: Actor,
  input: { questionId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.caseAuditQuestion.updateMany({
      where: { id: input.questionId, workspaceId: scope.workspaceId, retiredAt: null },
      data: { retiredAt: new Date() },
    });
    if (count !== 1) throw new AppError("not_found");
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "case_tracking.question_retired",
      entityType: "case",
      entityId: input.questionId,
    });
  });
}

/** Holds an uploaded case extract until someone checks the preview and confirms it. */
export async function stageCaseImport(
  scope: WorkspaceScope,
  actor: Actor,
  input: { fileName: string; rows: Record<string, string>[] },
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const staged = await tx.caseImport.create({
      data: { workspaceId: scope.workspaceId, fileName: input.fileName, rows: input.rows, createdById: actor.userId },
      select: { id: true },
    });
    // The rows hold personal data until the import is confirmed or abandoned: who uploaded them is on record.
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "case.import_staged",
      entityType: "case",
      entityId: staged.id,
      metadata: { rows: input.rows.length },
    });
    return staged;
  });
}

/**
 * Imports a staged extract in one transaction: every new case, or, only when the person chose to,
 * the valid rows without the others. Cases already recorded are left as they are. The staged rows
 * are emptied once imported: case data is kept in one place only.
 */
export async function completeCaseImport(
  scope: WorkspaceScope,
  actor: Actor,
  input: { importId: string; dropInvalid: boolean },
): Promise<{ imported: number; dropped: number; skipped: number }> {
  const cohorts = await db.caseCohort.findMany({
    where: { workspaceId: scope.workspaceId },
    select: { id: true, name: true },
  });
  const existing = await existingReferences(scope);
  return db.$transaction(
    async (tx) => {
      const staged = await tx.caseImport.findFirst({
        where: { id: input.importId, workspaceId: scope.workspaceId },
        select: { rows: true, completedAt: true },
      });
      if (!staged) throw new AppError("not_found");
      if (staged.completedAt) throw new AppError("conflict", "This file has already been imported.");
      const checked = checkCaseImportRows(staged.rows as Record<string, string>[], cohorts, existing);
      const invalid = checked.filter((row) => !row.input);
      if (invalid.length > 0 && !input.dropInvalid) {
        throw new AppError(
          "conflict",
          `${invalid.length} rows have problems. Correct the file and upload it again, or choose to import only the valid rows.`,
        );
      }
      const fresh = checked.filter((row) => row.input && !row.alreadyRecorded);
      await tx.trackedCase.createMany({
        data: fresh.map((row) => ({
          ...caseFields(row.input!),
          workspaceId: scope.workspaceId,
          createdById: actor.userId,
        })),
      });
      await tx.caseImport.update({
        where: { id: input.importId },
        data: { completedAt: new Date(), imported: fresh.length, rows: [] },
        select: { id: true },
      });
      const skipped = checked.filter((row) => row.input && row.alreadyRecorded).length;
      await recordAuditEvent(tx, {
        scope,
        actor,
        action: "case.imported",
        entityType: "case",
        entityId: input.importId,
        metadata: {
          imported: fresh.length,
          dropped: invalid.length,
          skipped,
        },
      });
      return { imported: fresh.length, dropped: invalid.length, skipped };
    },
    { timeout: 60_000 },
  );
}

export async function recordCaseExport(
  scope: WorkspaceScope,
  actor: Actor,
  summary: { cases: number; equality: boolean },
): Promise<void> {
  await recordAuditEvent(db, {
    scope,
    actor,
    action: "case.sample_exported",
    entityType: "case",
    entityId: null,
    metadata: summary,
  });
}

/**
 * After the assessment: delete every case, or anonymise them, in one step. Anonymising keeps what
 * the numbers need (cohort, team, dates to the month, audit answers) and removes everything that
 * could point to a person: the reference, practitioner, support type, equality fields, contact log,
 * audit notes and the reflective logs' text.
 */
export async function closeCaseTracking(
  scope: WorkspaceScope,
  actor: Actor,
  input: { mode: "anonymise" | "delete" },
): Promise<{ cases: number }> {
  return db.$transaction(
    async (tx) => {
      const workspaceId = scope.workspaceId;
      const cases = await tx.trackedCase.count({ where: { workspaceId } });
      await tx.caseImport.deleteMany({ where: { workspaceId } });
      if (input.mode === "delete") {
        await tx.trackedCase.deleteMany({ where: { workspaceId } });
      } else {
        await tx.caseContact.deleteMany({ where: { case: { workspaceId } } });
        await tx.caseAuditAnswer.updateMany({ where: { audit: { case: { workspaceId } } }, data: { note: "" } });
        await tx.reflectiveLog.updateMany({
          where: { case: { workspaceId } },
          data: { journey: "", wentWell: "", couldBeBetter: "", personVoice: "", outcomes: "" },
        });
        await tx.$executeRaw`
          UPDATE "TrackedCase" SET
            reference = NULL, practitioner = '', "supportType" = '', "ageBand" = NULL, ethnicity = NULL, sex = NULL, disability = NULL,
            "consentToContact" = NULL,
            "firstContactDate" = date_trunc('month', "firstContactDate")::date,
            "assessmentDate" = date_trunc('month', "assessmentDate")::date,
            "planDate" = date_trunc('month', "planDate")::date,
            "lastReviewDate" = date_trunc('month', "lastReviewDate")::date,
            "anonymisedAt" = now(), version = version + 1, "updatedAt" = now()
          WHERE "workspaceId" = ${workspaceId}::uuid`;
      }
      await recordAuditEvent(tx, {
        scope,
        actor,
        action: input.mode === "delete" ? "case_tracking.deleted" : "case_tracking.anonymised",
        entityType: "case",
        entityId: null,
        metadata: { cases },
      });
      return { cases };
    },
    { timeout: 60_000 },
  );
}
