import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { db, type DbOrTx } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { getWorkspaceFramework } from "@/features/framework/data";
import { NEWEST_FIRST, visibleTo } from "./data";
import { checkOutcomeTable, type CheckedOutcomeFile } from "./domain";
import {
  outcomesOfReference,
  publishedOutcomesReferenceSchema,
  type ImportPublishedOutcomesInput,
  type OutcomeRow,
} from "./schema";

export const DEFAULT_OUTCOMES_FILE = path.join(process.cwd(), "prisma", "reference", "la-published-outcomes.json");

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function insertOutcomes(tx: DbOrTx, setId: string, rows: readonly OutcomeRow[]) {
  await tx.publishedOutcome.createMany({
    data: rows.map((row, position) => ({
      setId,
      position,
      council: row.council,
      onsCode: row.onsCode,
      region: row.region,
      councilType: row.type,
      overallRating: row.overallRating,
      scores: row.scores,
      publishedPercent: row.publishedPercent,
      publishedPercentSource: row.publishedPercentSource,
      reportUrl: row.reportUrl,
    })),
  });
}

/**
 * Loads the published outcomes that come with the app, at start-up and into the test template.
 * Idempotent: the same file loads once; a changed file (new rows, corrected values, new sources)
 * is loaded as a new set beside the old one, and becomes the set in use.
 */
export async function loadPublishedOutcomesReference(
  file = DEFAULT_OUTCOMES_FILE,
  client: typeof db = db,
): Promise<{ setId: string; version: string; created: boolean }> {
  const raw = await readFile(file, "utf8");
  const contentHash = sha256(raw);
  const reference = publishedOutcomesReferenceSchema.parse(JSON.parse(raw));
  const { version } = reference;
  return client.$transaction(async (tx) => {
    // Serialise concurrent loaders (several app instances starting at once).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('published-outcomes:bundled'))`;
    const existing = await tx.publishedOutcomeSet.findFirst({
      where: { origin: "bundled", contentHash },
      select: { id: true },
    });
    if (existing) return { setId: existing.id, version, created: false };
    const set = await tx.publishedOutcomeSet.create({
      data: {
        workspaceId: null,
        origin: "bundled",
        version,
        source: reference.sources.outcomes,
        notes: [reference.about, reference.sources.regionAndType],
        contentHash,
      },
      select: { id: true },
    });
    await insertOutcomes(tx, set.id, outcomesOfReference(reference));
    return { setId: set.id, version, created: true };
  });
}

export type ImportResult =
  { applied: true; setId: string; councils: number } | { applied: false; check: CheckedOutcomeFile };

/**
 * Applies an administrator's file of published outcomes to their workspace, whole or not at all:
 * every row is checked again here, and if any line has a problem nothing is written and the check
 * comes back for the page to show line by line. The set is the workspace's own (decision record
 * 0011) and becomes the set in use; the audit event is written in the same transaction.
 */
export async function importPublishedOutcomes(
  scope: WorkspaceScope,
  actor: Actor,
  input: ImportPublishedOutcomesInput & {
    fileName: string;
    table: { headers: readonly string[]; rows: readonly Record<string, string>[] };
    /** The uploaded file this applies (stageOutcomeImport), marked applied in the same transaction. */
    importId?: string;
  },
): Promise<ImportResult> {
  const framework = await getWorkspaceFramework(scope);
  const statements = (framework?.themes ?? [])
    .flatMap((theme) => theme.qualityStatements)
    .sort((a, b) => a.number - b.number);
  const check = checkOutcomeTable(input.table, statements);
  if (!check.ok) return { applied: false, check };
  const rows = check.lines.map((line) => line.outcome!);
  // The rows as checked, not the file's bytes: the same outcomes saved as CSV or Excel are one set.
  const contentHash = sha256(JSON.stringify(rows));

  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`published-outcomes:${scope.workspaceId}`}))`;
    const current = await tx.publishedOutcomeSet.findFirst({
      where: visibleTo(scope),
      orderBy: NEWEST_FIRST,
      select: { version: true, contentHash: true },
    });
    if (current?.contentHash === contentHash) {
      const same = `These are exactly the published outcomes already in use (${current.version}), so nothing was changed.`;
      return { applied: false, check: { ...check, ok: false, fileProblems: [same] } };
    }
    const set = await tx.publishedOutcomeSet.create({
      data: {
        workspaceId: scope.workspaceId,
        origin: "imported",
        version: input.version,
        source: input.source,
        notes: [],
        contentHash,
        fileName: input.fileName,
        importedById: actor.userId,
      },
      select: { id: true },
    });
    await insertOutcomes(tx, set.id, rows);
    if (input.importId) {
      // Claiming the upload here means two confirmations at once cannot both apply it.
      const claimed = await tx.publishedOutcomeImport.updateMany({
        where: { id: input.importId, workspaceId: scope.workspaceId, completedAt: null },
        data: { completedAt: new Date(), setId: set.id },
      });
      if (claimed.count !== 1) throw new AppError("conflict", "This file has already been applied.");
    }
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "published_outcomes.imported",
      entityType: "published_outcome_set",
      entityId: set.id,
      metadata: { councils: rows.length },
    });
    return { applied: true, setId: set.id, councils: rows.length };
  });
}

/**
 * Holds an uploaded file of published outcomes, as read, for the administrator to check line by
 * line before anything is applied (the upload route's `stage`).
 */
export async function stageOutcomeImport(
  scope: WorkspaceScope,
  actor: Actor,
  upload: { fileName: string; headers: readonly string[]; rows: readonly Record<string, string>[] },
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const staged = await tx.publishedOutcomeImport.create({
      data: {
        workspaceId: scope.workspaceId,
        fileName: upload.fileName,
        headers: [...upload.headers],
        rows: [...upload.rows],
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      workspaceId: scope.workspaceId,
      actorUserId: actor.userId,
      action: "published_outcomes.import_staged",
      entityType: "published_outcome_import",
      entityId: staged.id,
      metadata: { rows: upload.rows.length },
    });
    return staged;
  });
}
