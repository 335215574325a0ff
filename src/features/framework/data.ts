import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { frameworkScoringSchema, ratingCharacteristicsSchema } from "./schema";

/** The framework version a workspace works to, with its themes and quality statements. One query. */
export async function getWorkspaceFramework(scope: WorkspaceScope) {
  const workspace = await db.workspace.findUnique({
    where: { id: scope.workspaceId },
    select: {
      frameworkVersion: {
        select: {
          id: true,
          key: true,
          name: true,
          version: true,
          source: true,
          licence: true,
          notes: true,
          themes: {
            orderBy: { number: "asc" },
            select: {
              key: true,
              number: true,
              name: true,
              covers: true,
              qualityStatements: {
                orderBy: { number: "asc" },
                select: { key: true, number: true, name: true, weStatement: true, aliases: true },
              },
            },
          },
          evidenceCategories: {
            orderBy: { position: "asc" },
            select: { key: true, name: true, usedForLocalAuthorities: true, note: true },
          },
          iStatements: { orderBy: { key: "asc" }, select: { key: true, text: true } },
        },
      },
    },
  });
  return workspace?.frameworkVersion ?? null;
}

/** One quality statement of the workspace's framework version, by key. */
export async function getQualityStatement(scope: WorkspaceScope, key: string) {
  const statement = await db.qualityStatement.findFirst({
    where: { key, frameworkVersion: { workspaces: { some: { id: scope.workspaceId } } } },
    select: {
      key: true,
      number: true,
      name: true,
      aliases: true,
      weStatement: true,
      topics: true,
      ratingCharacteristics: true,
      theme: { select: { key: true, number: true, name: true } },
      iStatements: { orderBy: { position: "asc" }, select: { iStatement: { select: { key: true, text: true } } } },
      frameworkVersion: {
        select: {
          notes: true,
          evidenceCategories: {
            orderBy: { position: "asc" },
            select: { key: true, name: true, usedForLocalAuthorities: true, note: true },
          },
        },
      },
    },
  });
  if (!statement) return null;
  return {
    key: statement.key,
    number: statement.number,
    name: statement.name,
    aliases: statement.aliases,
    weStatement: statement.weStatement,
    topics: statement.topics,
    // Null when the version carries none (or the stored value is not of the expected shape).
    ratingCharacteristics: ratingCharacteristicsSchema
      .nullable()
      .catch(null)
      .parse(statement.ratingCharacteristics ?? null),
    theme: statement.theme,
    iStatements: statement.iStatements.map((link) => link.iStatement),
    evidenceCategories: statement.frameworkVersion.evidenceCategories,
    notes: statement.frameworkVersion.notes,
  };
}

/** The framework's source and licence line, for the About page (shown to anyone). */
export async function listFrameworkAttributions() {
  return db.frameworkVersion.findMany({
    orderBy: { loadedAt: "asc" },
    select: { name: true, version: true, source: true, licence: true },
  });
}

/** The newest loaded version of a framework: what a new workspace is set up with. */
export async function findLatestFrameworkVersionId(key = "cqc-la-2023"): Promise<string | null> {
  const row = await db.frameworkVersion.findFirst({
    where: { key },
    orderBy: { loadedAt: "desc" },
    select: { id: true },
  });
  return row?.id ?? null;
}

/** The scoring labels and bands of the framework version the workspace works to. */
export async function getWorkspaceScoring(scope: WorkspaceScope) {
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: scope.workspaceId },
    select: { frameworkVersion: { select: { scoring: true } } },
  });
  return frameworkScoringSchema.parse(workspace.frameworkVersion.scoring);
}

/** CQC's case tracking numbers and notes for the workspace's framework version. */
export async function getCaseTrackingReference(scope: WorkspaceScope) {
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: scope.workspaceId },
    select: { frameworkVersion: { select: { caseTracking: true } } },
  });
  return workspace.frameworkVersion.caseTracking;
}
