import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { DbOrTx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { Prisma } from "@/generated/prisma/client";
import { frameworkReferenceSchema } from "./schema";

export const DEFAULT_FRAMEWORK_FILE = path.join(process.cwd(), "prisma", "reference", "cqc-la-framework.json");

export type LoadResult = { frameworkVersionId: string; key: string; version: string; created: boolean };

/**
 * Loads a framework reference file. Idempotent: the same key and version load once; a newer
 * version is added beside the older ones (workspaces keep the version they use). Reloading a
 * version whose content has changed is refused, because scores and ratings recorded against it
 * must stay reproducible.
 */
export async function loadFrameworkReference(
  file = DEFAULT_FRAMEWORK_FILE,
  client: typeof db = db,
): Promise<LoadResult> {
  const raw = await readFile(file, "utf8");
  const contentHash = createHash("sha256").update(raw).digest("hex");
  const reference = frameworkReferenceSchema.parse(JSON.parse(raw));
  const { key, version } = reference.framework;

  return client.$transaction(
    async (tx) => {
      // Serialise concurrent loaders (several app instances starting at once).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`framework:${key}:${version}`}))`;
      const existing = await tx.frameworkVersion.findUnique({
        where: { key_version: { key, version } },
        select: { id: true, contentHash: true },
      });
      if (existing) {
        if (existing.contentHash !== contentHash) {
          throw new Error(
            `Framework ${key} version ${version} is already loaded with different content. Give the changed file a new version.`,
          );
        }
        return { frameworkVersionId: existing.id, key, version, created: false };
      }
      const created = await insertFramework(tx, reference, contentHash);
      return { frameworkVersionId: created, key, version, created: true };
    },
    // About a hundred inserts one after another: on a busy machine they outlast Prisma's 5-second default.
    { timeout: 60_000 },
  );
}

async function insertFramework(
  tx: DbOrTx,
  reference: ReturnType<typeof frameworkReferenceSchema.parse>,
  contentHash: string,
): Promise<string> {
  const { framework } = reference;
  const version = await tx.frameworkVersion.create({
    data: {
      key: framework.key,
      version: framework.version,
      name: framework.name,
      source: framework.source,
      licence: framework.licence,
      notes: framework.notes,
      scoring: reference.scoring as Prisma.InputJsonValue,
      lifecycle: reference.lifecycle as Prisma.InputJsonValue,
      caseTracking: reference.caseTracking as Prisma.InputJsonValue,
      contentHash,
    },
    select: { id: true },
  });
  const frameworkVersionId = version.id;

  const themeIds = new Map<string, string>();
  for (const theme of reference.themes) {
    const row = await tx.theme.create({
      data: {
        frameworkVersionId,
        key: theme.key,
        number: theme.number,
        name: theme.name,
        reportName: theme.reportName,
        covers: theme.covers ?? null,
      },
      select: { id: true },
    });
    themeIds.set(theme.key, row.id);
  }
  const iStatementIds = new Map<string, string>();
  for (const statement of reference.iStatements) {
    const row = await tx.iStatement.create({
      data: { frameworkVersionId, key: statement.key, text: statement.text },
      select: { id: true },
    });
    iStatementIds.set(statement.key, row.id);
  }
  for (const statement of reference.qualityStatements) {
    await tx.qualityStatement.create({
      data: {
        frameworkVersionId,
        themeId: themeIds.get(statement.theme)!,
        key: statement.key,
        number: statement.number,
        name: statement.name,
        aliases: statement.aliases,
        weStatement: statement.weStatement,
        topics: statement.topics,
        ...(statement.ratingCharacteristics
          ? { ratingCharacteristics: statement.ratingCharacteristics as Prisma.InputJsonValue }
          : {}),
        iStatements: {
          create: statement.iStatements.map((iKey, position) => ({ iStatementId: iStatementIds.get(iKey)!, position })),
        },
      },
    });
  }
  await tx.evidenceCategory.createMany({
    data: reference.evidenceCategories.map((category, position) => ({
      frameworkVersionId,
      key: category.key,
      name: category.name,
      position,
      usedForLocalAuthorities: category.usedForLocalAuthorities,
      note: category.note ?? null,
    })),
  });
  return frameworkVersionId;
}
