import { db, type Tx } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { STALE_READING_MS, isFileableCategory } from "./domain";
import { checkImportRows, type EvidenceItemInput, type SuggestionInput } from "./schema";
import { getImportLookups } from "./data";

type Mapping = { statementIds: string[]; iStatementIds: string[]; returnItemIds: string[] };

/** Checks the statements, I statements, categories, return items and owner against this workspace. */
async function resolveMapping(tx: Tx, scope: WorkspaceScope, input: EvidenceItemInput): Promise<Mapping> {
  const framework = await tx.frameworkVersion.findFirstOrThrow({
    where: { workspaces: { some: { id: scope.workspaceId } } },
    select: {
      qualityStatements: { where: { key: { in: input.statementKeys } }, select: { id: true } },
      iStatements: { where: { key: { in: input.iStatementKeys } }, select: { id: true } },
      evidenceCategories: { select: { key: true, usedForLocalAuthorities: true } },
    },
  });
  if (framework.qualityStatements.length !== new Set(input.statementKeys).size) {
    throw new AppError("invalid", "Select quality statements from the list", {
      statementKeys: "Select quality statements from the list",
    });
  }
  if (framework.iStatements.length !== new Set(input.iStatementKeys).size) {
    throw new AppError("invalid", "Select I statements from the list", {
      iStatementKeys: "Select I statements from the list",
    });
  }
  const returnItemIds = [...new Set(input.returnItemIds)];
  if (returnItemIds.length > 0) {
    const found = await tx.informationReturnItem.count({
      where: { id: { in: returnItemIds }, workspaceId: scope.workspaceId },
    });
    if (found !== returnItemIds.length) {
      throw new AppError("invalid", "Select information return items from the list", {
        returnItemIds: "Select information return items from the list",
      });
    }
  }
  const fileable = new Set(framework.evidenceCategories.filter(isFileableCategory).map((category) => category.key));
  if (!input.categories.every((key) => fileable.has(key))) {
    throw new AppError("invalid", "Select evidence categories from the list", {
      categories: "Select evidence categories from the list",
    });
  }
  if (input.ownerId) {
    const owner = await tx.membership.count({
      where: { workspaceId: scope.workspaceId, userId: input.ownerId, status: "active" },
    });
    if (!owner)
      throw new AppError("invalid", "Choose an owner from the list", { ownerId: "Choose an owner from the list" });
  }
  return {
    statementIds: framework.qualityStatements.map((statement) => statement.id),
    iStatementIds: framework.iStatements.map((statement) => statement.id),
    returnItemIds,
  };
}

function fields(input: EvidenceItemInput) {
  return {
    title: input.title,
    description: input.description,
    kind: input.kind,
    url: input.url,
    ownerId: input.ownerId,
    sourceTeam: input.sourceTeam,
    evidenceDate: input.evidenceDate ? new Date(`${input.evidenceDate}T00:00:00Z`) : null,
    reviewBy: input.reviewBy ? new Date(`${input.reviewBy}T00:00:00Z`) : null,
    containsPersonalData: input.containsPersonalData,
    status: input.status,
    categories: [...new Set(input.categories)],
    tags: [...new Set(input.tags)],
  };
}

/** Creates an item inside the caller's transaction (the form, an import, an answer to a request). */
export async function insertEvidence(
  tx: Tx,
  scope: WorkspaceScope,
  actor: Actor,
  input: EvidenceItemInput,
  via: "form" | "import" | "request" | "good_practice",
): Promise<{ id: string }> {
  const mapping = await resolveMapping(tx, scope, input);
  const item = await tx.evidenceItem.create({
    data: {
      ...fields(input),
      workspaceId: scope.workspaceId,
      createdById: actor.userId,
      statements: { create: mapping.statementIds.map((qualityStatementId) => ({ qualityStatementId })) },
      iStatements: { create: mapping.iStatementIds.map((iStatementId) => ({ iStatementId })) },
      informationReturnLinks: { create: mapping.returnItemIds.map((itemId) => ({ itemId })) },
    },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    scope,
    actor,
    action: "evidence.created",
    entityType: "evidence_item",
    entityId: item.id,
    metadata: {
      kind: input.kind,
      statements: input.statementKeys.length,
      via,
    },
  });
  return item;
}

export async function createEvidence(
  scope: WorkspaceScope,
  actor: Actor,
  input: EvidenceItemInput,
): Promise<{ id: string }> {
  return db.$transaction((tx) => insertEvidence(tx, scope, actor, input, "form"));
}

/** Holds an uploaded register until someone checks the preview and confirms it. */
export async function stageImport(
  scope: WorkspaceScope,
  actor: Actor,
  input: { fileName: string; rows: Record<string, string>[] },
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const staged = await tx.evidenceImport.create({
      data: { workspaceId: scope.workspaceId, fileName: input.fileName, rows: input.rows, createdById: actor.userId },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "evidence.import_staged",
      entityType: "evidence_import",
      entityId: staged.id,
      metadata: { rows: input.rows.length },
    });
    return staged;
  });
}

/**
 * Imports a staged register in one transaction: all rows, or, only when the person chose to,
 * the valid rows without the others. Rows are checked again against the database as it is now.
 */
export async function completeImport(
  scope: WorkspaceScope,
  actor: Actor,
  input: { importId: string; dropInvalid: boolean },
): Promise<{ imported: number; dropped: number }> {
  const lookups = await getImportLookups(scope);
  return db.$transaction(
    async (tx) => {
      const staged = await tx.evidenceImport.findFirst({
        where: { id: input.importId, workspaceId: scope.workspaceId },
        select: { rows: true, completedAt: true },
      });
      if (!staged) throw new AppError("not_found");
      if (staged.completedAt) throw new AppError("conflict", "This file has already been imported.");
      const checked = checkImportRows(staged.rows as Record<string, string>[], lookups);
      const invalid = checked.filter((row) => !row.input);
      if (invalid.length > 0 && !input.dropInvalid) {
        throw new AppError(
          "conflict",
          `${invalid.length} rows have problems. Correct the file and upload it again, or choose to import only the valid rows.`,
        );
      }
      let imported = 0;
      for (const row of checked) {
        if (!row.input) continue;
        await insertEvidence(tx, scope, actor, row.input, "import");
        imported++;
      }
      await tx.evidenceImport.update({
        where: { id: input.importId },
        data: { completedAt: new Date(), imported },
        select: { id: true },
      });
      return { imported, dropped: invalid.length };
    },
    { timeout: 120_000 },
  );
}

/** Updates an item; refused if someone else saved it since the form was opened. */
export async function updateEvidence(
  scope: WorkspaceScope,
  actor: Actor,
  input: EvidenceItemInput & { id: string; expectedVersion: number },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const mapping = await resolveMapping(tx, scope, input);
    const { count } = await tx.evidenceItem.updateMany({
      where: { id: input.id, workspaceId: scope.workspaceId, version: input.expectedVersion },
      data: { ...fields(input), version: { increment: 1 } },
    });
    if (count !== 1) {
      const exists = await tx.evidenceItem.count({ where: { id: input.id, workspaceId: scope.workspaceId } });
      throw exists
        ? new AppError(
            "stale",
            "Someone else changed this evidence item while you were editing. Your changes are still in the form: open the item again in a new tab to see theirs, then save.",
          )
        : new AppError("not_found");
    }
    await tx.evidenceItemStatement.deleteMany({ where: { itemId: input.id } });
    await tx.evidenceItemStatement.createMany({
      data: mapping.statementIds.map((qualityStatementId) => ({ itemId: input.id, qualityStatementId })),
    });
    await tx.evidenceItemIStatement.deleteMany({ where: { itemId: input.id } });
    await tx.evidenceItemIStatement.createMany({
      data: mapping.iStatementIds.map((iStatementId) => ({ itemId: input.id, iStatementId })),
    });
    // Return items still chosen keep their page or section pointers.
    await tx.informationReturnEvidence.deleteMany({
      where: { evidenceItemId: input.id, itemId: { notIn: mapping.returnItemIds } },
    });
    await tx.informationReturnEvidence.createMany({
      data: mapping.returnItemIds.map((itemId) => ({ itemId, evidenceItemId: input.id })),
      skipDuplicates: true,
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "evidence.updated",
      entityType: "evidence_item",
      entityId: input.id,
      metadata: { version: input.expectedVersion + 1 },
    });
  });
}

export type StoredFile = {
  storageKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  text: string | null;
};

/** Records a file already written to storage as the item's next version; the caller removes the object if this fails. */
export async function addEvidenceFile(
  scope: WorkspaceScope,
  actor: Actor,
  input: StoredFile & { itemId: string },
): Promise<{ version: number; fileId: string }> {
  return db.$transaction((tx) => insertEvidenceFile(tx, scope, actor, input));
}

export async function insertEvidenceFile(
  tx: Tx,
  scope: WorkspaceScope,
  actor: Actor,
  input: StoredFile & { itemId: string },
): Promise<{ version: number; fileId: string }> {
  // Lock the item so two uploads at once get different version numbers.
  const [item] = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "EvidenceItem" WHERE id = ${input.itemId}::uuid AND "workspaceId" = ${scope.workspaceId}::uuid FOR UPDATE`;
  if (!item) throw new AppError("not_found");
  const latest = await tx.evidenceFile.aggregate({ where: { itemId: input.itemId }, _max: { version: true } });
  const version = (latest._max.version ?? 0) + 1;
  const file = await tx.evidenceFile.create({
    data: {
      workspaceId: scope.workspaceId,
      itemId: input.itemId,
      version,
      fileName: input.fileName,
      contentType: input.contentType,
      size: input.size,
      sha256: input.sha256,
      storageKey: input.storageKey,
      uploadedById: actor.userId,
    },
    select: { id: true },
  });
  // Search reads the latest version's text; until the reading job has read the new file, only
  // text that is cheap to read at upload (CSV, plain text) is searchable, and the old text goes.
  await tx.evidenceItem.update({
    where: { id: input.itemId },
    data: { extractedText: input.text ?? "", extractedPageStarts: [] },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    scope,
    actor,
    action: "evidence.file_uploaded",
    entityType: "evidence_item",
    entityId: input.itemId,
    metadata: {
      version,
      size: input.size,
      sha256: input.sha256,
      contentType: input.contentType,
    },
  });
  return { version, fileId: file.id };
}

// Reading a file's text, done by the evidence-read-text job (jobs.ts).

/**
 * Claims a queued file for reading; false when another worker has it (a fresh reading row) or it
 * is no longer queued. The reading row is the system's working note of progress.
 */
export async function claimFileReading(fileId: string, workspaceId: string, now: Date): Promise<boolean> {
  const stale = new Date(now.getTime() - STALE_READING_MS);
  const claimed = await db.$executeRaw`
    INSERT INTO "EvidenceTextReading" ("fileId", "workspaceId", "pagesDone", "startedAt", "updatedAt")
    SELECT ${fileId}::uuid, ${workspaceId}::uuid, 0, ${now}, ${now}
    WHERE EXISTS (SELECT 1 FROM "EvidenceFile" WHERE id = ${fileId}::uuid AND "textStatus" = 'queued')
    ON CONFLICT ("fileId") DO UPDATE SET "pagesDone" = 0, "pagesTotal" = NULL, "startedAt" = ${now}, "updatedAt" = ${now}
    WHERE "EvidenceTextReading"."updatedAt" < ${stale}`;
  return claimed === 1;
}

export async function recordReadingProgress(fileId: string, pagesDone: number, pagesTotal: number): Promise<void> {
  await db.evidenceTextReading.updateMany({ where: { fileId }, data: { pagesDone, pagesTotal } });
}

/** Lets a reading go back to the queue when the job failed for a reason of its own (storage down). */
export async function releaseFileReading(fileId: string): Promise<void> {
  await db.evidenceTextReading.deleteMany({ where: { fileId } });
}

export type TextOutcome =
  | { kind: "read"; text: string; pageStarts: number[]; pages: number | null; words: number; note: string | null }
  | { kind: "unreadable"; reason: string };

/**
 * Records what reading a file found, in one transaction with its audit event (by the system, no
 * person): the file's status, and the item's searchable text when the file is still its latest.
 */
export async function recordTextOutcome(
  scope: WorkspaceScope,
  file: { id: string; itemId: string; isLatest: boolean },
  outcome: TextOutcome,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.evidenceFile.update({
      where: { id: file.id, workspaceId: scope.workspaceId },
      data:
        outcome.kind === "read"
          ? {
              textStatus: "read",
              textPages: outcome.pages,
              textWords: outcome.words,
              textNote: outcome.note ?? "",
              textReason: "",
            }
          : { textStatus: "unreadable", textReason: outcome.reason, textPages: null, textWords: null, textNote: "" },
      select: { id: true },
    });
    if (outcome.kind === "read" && file.isLatest) {
      await tx.evidenceItem.update({
        where: { id: file.itemId, workspaceId: scope.workspaceId },
        data: { extractedText: outcome.text, extractedPageStarts: outcome.pageStarts },
        select: { id: true },
      });
    }
    await tx.evidenceTextReading.deleteMany({ where: { fileId: file.id } });
    await recordAuditEvent(tx, {
      workspaceId: scope.workspaceId,
      actorUserId: null,
      action: outcome.kind === "read" ? "evidence.file_text_read" : "evidence.file_text_unreadable",
      entityType: "evidence_item",
      entityId: file.itemId,
      metadata: { fileId: file.id, ...(outcome.kind === "read" ? { words: outcome.words } : {}) },
    });
  });
}

/** "Try again" on a file that could not be read: back in the queue, on record with who asked. */
export async function queueFileReadingAgain(scope: WorkspaceScope, actor: Actor, fileId: string): Promise<string> {
  return db.$transaction(async (tx) => {
    const file = await tx.evidenceFile.findFirst({
      where: { id: fileId, workspaceId: scope.workspaceId, textStatus: "unreadable" },
      select: { id: true, itemId: true },
    });
    if (!file) throw new AppError("not_found");
    await tx.evidenceFile.update({
      where: { id: file.id },
      data: { textStatus: "queued", textReason: "" },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "evidence.file_text_requeued",
      entityType: "evidence_item",
      entityId: file.itemId,
      metadata: { fileId: file.id },
    });
    return file.itemId;
  });
}

export async function recordEvidenceDownload(
  scope: WorkspaceScope,
  actor: Actor,
  file: { itemId: string; fileId: string; version: number },
) {
  await recordAuditEvent(db, {
    scope,
    actor,
    action: "evidence.file_downloaded",
    entityType: "evidence_item",
    entityId: file.itemId,
    metadata: {
      fileId: file.fileId,
      version: file.version,
    },
  });
}

const GONE = "This suggestion no longer applies. Reload the page to see the item as it is now.";

/**
 * Maps an item to a suggested statement or category, as the person who accepted it. The item's
 * version moves on, so an edit form opened before cannot save over the new mapping unseen.
 */
export async function acceptSuggestion(scope: WorkspaceScope, actor: Actor, input: SuggestionInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const item = await tx.evidenceItem.findFirst({
      where: { id: input.itemId, workspaceId: scope.workspaceId },
      select: { id: true, categories: true },
    });
    if (!item) throw new AppError("not_found");
    const framework = { workspaces: { some: { id: scope.workspaceId } } };
    if (input.kind === "statement") {
      const statement = await tx.qualityStatement.findFirst({
        where: { key: input.key, frameworkVersion: framework },
        select: { id: true },
      });
      if (!statement) throw new AppError("invalid", GONE);
      await tx.evidenceItemStatement.createMany({
        data: [{ itemId: item.id, qualityStatementId: statement.id }],
        skipDuplicates: true,
      });
    } else {
      const category = await tx.evidenceCategory.findFirst({
        where: { key: input.key, frameworkVersion: framework },
        select: { key: true, usedForLocalAuthorities: true },
      });
      if (!category || !isFileableCategory(category)) throw new AppError("invalid", GONE);
    }
    const addCategory = input.kind === "category" && !item.categories.includes(input.key);
    await tx.evidenceItem.update({
      where: { id: item.id },
      data: { version: { increment: 1 }, ...(addCategory ? { categories: { push: input.key } } : {}) },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "evidence.suggestion_accepted",
      entityType: "evidence_item",
      entityId: item.id,
      metadata: { kind: input.kind, key: input.key },
    });
  });
}

/** Sets a suggestion aside for good: it is not offered for this item again. */
export async function dismissSuggestion(scope: WorkspaceScope, actor: Actor, input: SuggestionInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const item = await tx.evidenceItem.findFirst({
      where: { id: input.itemId, workspaceId: scope.workspaceId },
      select: { id: true, dismissedSuggestions: true },
    });
    if (!item) throw new AppError("not_found");
    const entry = `${input.kind}:${input.key}`;
    if (item.dismissedSuggestions.includes(entry)) return;
    await tx.evidenceItem.update({
      where: { id: item.id },
      data: { dismissedSuggestions: { push: entry } },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "evidence.suggestion_dismissed",
      entityType: "evidence_item",
      entityId: item.id,
      metadata: { kind: input.kind, key: input.key },
    });
  });
}
