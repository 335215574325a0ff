import "server-only";
import { requireMember, requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { getWorkspaceScoring } from "@/features/framework/data";
import { listStatementSummaries } from "@/features/self-assessment/data";
import { calculateRating, type Score } from "@/features/rating/domain";
import { calibrate } from "./domain";
import { getCqcResult, listFrameworkStatements, type CqcResultView } from "./data";

/** Our current self-assessed scores beside CQC's, statement by statement. */
async function calibrationOf(scope: WorkspaceScope, result: CqcResultView) {
  const summaries = await listStatementSummaries(scope);
  const ours = summaries.themes
    .flatMap((theme) => theme.statements)
    .map((statement) => ({
      key: statement.key,
      name: `${statement.number}. ${statement.name}`,
      ours: statement.score as Score | null,
    }));
  return calibrate(ours, result.scores);
}

/** What CQC published, the calibration, and the statements CQC scored 1. */
export async function loadCqcResult() {
  const session = await requirePermission("cqc-result:read");
  const scope = session.member.scope;
  const [result, statements, scoring] = await Promise.all([
    getCqcResult(scope),
    listFrameworkStatements(scope),
    getWorkspaceScoring(scope),
  ]);
  const rating = result
    ? calculateRating(
        statements.map((statement) => ({
          key: statement.key,
          score: result.scores[statement.key] ?? null,
          name: `${statement.number}. ${statement.name}`,
        })),
        scoring.bands,
      )
    : null;
  return {
    result,
    statements,
    scoreLabels: scoring.scores,
    calibration: result ? await calibrationOf(scope, result) : null,
    significantShortfalls: rating?.significantShortfalls ?? [],
    mayRecord: can(session.member, "cqc-result:record"),
  };
}

/** The form: the framework's statements, the score words, and the result already recorded (to correct it). */
export async function loadRecordCqcResult() {
  const session = await requirePermission("cqc-result:record");
  const scope = session.member.scope;
  const [result, statements, scoring] = await Promise.all([
    getCqcResult(scope),
    listFrameworkStatements(scope),
    getWorkspaceScoring(scope),
  ]);
  return { result, statements, scoreLabels: scoring.scores };
}

/**
 * One statement's line of the calibration and CQC's findings for it, for the statement's page;
 * null for a member who may not read the result, or before it is recorded.
 */
export async function loadStatementCqcResult(statementKey: string) {
  const session = await requireMember();
  if (!can(session.member, "cqc-result:read")) return null;
  const result = await getCqcResult(session.member.scope);
  if (!result || result.scores[statementKey] === undefined) return null;
  const calibration = await calibrationOf(session.member.scope, result);
  const row = calibration.rows.find((candidate) => candidate.key === statementKey);
  if (!row) return null;
  return { row, findings: result.findings[statementKey] ?? [], publishedOn: result.publishedOn };
}

/** The calibration for the dashboard and the board pack (the caller has checked its own permission). */
export async function readCalibration(scope: WorkspaceScope) {
  const result = await getCqcResult(scope);
  if (!result) return null;
  return {
    publishedOn: result.publishedOn,
    rating: result.rating,
    percent: result.percent,
    calibration: await calibrationOf(scope, result),
  };
}
