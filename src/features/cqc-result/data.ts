import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import type { RatingName, Score } from "@/features/rating/domain";

/** The nine statements of the workspace's framework version, in order, as the parser and checks need them. */
export async function listFrameworkStatements(scope: WorkspaceScope) {
  return db.qualityStatement.findMany({
    where: { frameworkVersion: { workspaces: { some: { id: scope.workspaceId } } } },
    orderBy: { number: "asc" },
    select: { key: true, number: true, name: true, aliases: true },
  });
}

/** The council's recorded CQC result with its scores and findings, or null. One query. */
export async function getCqcResult(scope: WorkspaceScope) {
  const row = await db.cqcResult.findUnique({
    where: { workspaceId: scope.workspaceId },
    select: {
      id: true,
      publishedOn: true,
      rating: true,
      percent: true,
      reportUrl: true,
      version: true,
      updatedAt: true,
      statements: { select: { statementKey: true, score: true } },
      findings: {
        orderBy: [{ statementKey: "asc" }, { position: "asc" }],
        select: { id: true, statementKey: true, text: true },
      },
    },
  });
  if (!row) return null;
  const scores: Record<string, Score> = {};
  for (const statement of row.statements) scores[statement.statementKey] = statement.score as Score;
  const findings: Record<string, { id: string; text: string }[]> = {};
  for (const finding of row.findings)
    (findings[finding.statementKey] ??= []).push({ id: finding.id, text: finding.text });
  return {
    id: row.id,
    publishedOn: row.publishedOn,
    rating: row.rating as RatingName,
    percent: row.percent,
    reportUrl: row.reportUrl,
    version: row.version,
    updatedAt: row.updatedAt,
    scores,
    findings,
  };
}

export type CqcResultView = NonNullable<Awaited<ReturnType<typeof getCqcResult>>>;
