import { db, type Tx } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { insertEvidence } from "@/features/evidence/mutations";
import { isFileableCategory } from "@/features/evidence/domain";
import { evidenceFromEntry, type GoodPracticeKind } from "./domain";
import type { ConvertInput, EntryInput, UpdateEntryInput } from "./schema";
import { ALREADY_IN_LIBRARY, assertMayEditEntry, type EntryEditor } from "./policy";

/** The chosen quality statements, checked against the workspace's framework and kept in its order. */
async function resolveStatementKeys(tx: Tx, scope: WorkspaceScope, keys: string[]): Promise<string[]> {
  const wanted = [...new Set(keys)];
  if (wanted.length === 0) return [];
  const found = await tx.qualityStatement.findMany({
    where: { key: { in: wanted }, frameworkVersion: { workspaces: { some: { id: scope.workspaceId } } } },
    orderBy: { number: "asc" },
    select: { key: true },
  });
  if (found.length !== wanted.length) {
    throw new AppError("invalid", "Select quality statements from the list", {
      statementKeys: "Select quality statements from the list",
    });
  }
  return found.map((statement) => statement.key);
}

/** Locks an entry of this workspace for the rest of the transaction and reads it fresh. */
async function lockEntry(tx: Tx, scope: WorkspaceScope, entryId: string) {
  const [row] = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "GoodPracticeEntry" WHERE id = ${entryId}::uuid AND "workspaceId" = ${scope.workspaceId}::uuid FOR UPDATE`;
  if (!row) throw new AppError("not_found");
  const entry = await tx.goodPracticeEntry.findUniqueOrThrow({
    where: { id: entryId },
    select: {
      kind: true,
      title: true,
      description: true,
      team: true,
      statementKeys: true,
      authorId: true,
      evidenceItemId: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  return { ...entry, kind: entry.kind as GoodPracticeKind };
}

export async function createEntry(scope: WorkspaceScope, actor: Actor, input: EntryInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const statementKeys = await resolveStatementKeys(tx, scope, input.statementKeys);
    const entry = await tx.goodPracticeEntry.create({
      data: {
        workspaceId: scope.workspaceId,
        kind: input.kind,
        title: input.title,
        description: input.description,
        team: input.team,
        statementKeys,
        authorId: actor.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "good_practice.created",
      entityType: "good_practice",
      entityId: entry.id,
      metadata: {
        kind: input.kind,
        statements: statementKeys.length,
      },
    });
    return entry;
  });
}

/**
 * Changes an entry: its author or a readiness lead, until it is in the evidence library. Refused if
 * someone saved it since the form was opened, so neither overwrites the other unseen.
 */
export async function updateEntry(scope: WorkspaceScope, editor: EntryEditor, input: UpdateEntryInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const entry = await lockEntry(tx, scope, input.id);
    assertMayEditEntry(editor, entry);
    if (entry.updatedAt.getTime() !== new Date(input.expectedUpdatedAt).getTime()) {
      throw new AppError(
        "stale",
        "Someone else changed this entry while you were editing. Your changes are still in the form: open the entry in a new tab to see theirs, then save.",
      );
    }
    const statementKeys = await resolveStatementKeys(tx, scope, input.statementKeys);
    await tx.goodPracticeEntry.update({
      where: { id: input.id },
      data: { kind: input.kind, title: input.title, description: input.description, team: input.team, statementKeys },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor: editor,
      action: "good_practice.updated",
      entityType: "good_practice",
      entityId: input.id,
      metadata: {
        kind: input.kind,
        statements: statementKeys.length,
      },
    });
  });
}

const STATEMENTS_NEEDED = "Select the quality statements it supports: evidence in the library supports at least one";

/**
 * Adds an entry to the evidence library, in one transaction: the entry is locked (so two people
 * adding it at once make one item, not two), a draft evidence item is created from it through the
 * evidence library's own insert, and the entry is linked to that item.
 */
export async function convertToEvidence(
  scope: WorkspaceScope,
  actor: Actor,
  input: ConvertInput,
): Promise<{ evidenceItemId: string }> {
  return db.$transaction(async (tx) => {
    const entry = await lockEntry(tx, scope, input.entryId);
    if (entry.evidenceItemId) throw new AppError("conflict", `${ALREADY_IN_LIBRARY}.`);
    // Every item in the library supports at least one quality statement (the evidence form asks
    // for one): an entry that names none gets those chosen now, and keeps them.
    if (entry.statementKeys.length === 0) {
      const chosen = await resolveStatementKeys(tx, scope, input.statementKeys);
      if (chosen.length === 0) throw new AppError("invalid", STATEMENTS_NEEDED, { statementKeys: STATEMENTS_NEEDED });
      await tx.goodPracticeEntry.update({
        where: { id: input.entryId },
        data: { statementKeys: chosen },
        select: { id: true },
      });
      entry.statementKeys = chosen;
    }
    const framework = await tx.frameworkVersion.findFirstOrThrow({
      where: { workspaces: { some: { id: scope.workspaceId } } },
      select: { evidenceCategories: { select: { key: true, usedForLocalAuthorities: true } } },
    });
    if (
      !framework.evidenceCategories.some(
        (category) => category.key === input.categoryKey && isFileableCategory(category),
      )
    ) {
      throw new AppError("invalid", "Select the evidence category", { categoryKey: "Select the evidence category" });
    }
    const { id: evidenceItemId } = await insertEvidence(
      tx,
      scope,
      actor,
      evidenceFromEntry(entry, input, actor.userId),
      "good_practice",
    );
    await tx.goodPracticeEntry.update({
      where: { id: input.entryId },
      data: { evidenceItemId, convertedAt: new Date() },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "good_practice.converted",
      entityType: "good_practice",
      entityId: input.entryId,
      metadata: {
        evidenceItemId,
        category: input.categoryKey,
      },
    });
    return { evidenceItemId };
  });
}
