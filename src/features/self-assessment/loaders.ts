import "server-only";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { getQualityStatement, getWorkspaceScoring } from "@/features/framework/data";
import { calculateRating } from "@/features/rating/domain";
import { getCurrentCycle, getCycle } from "@/features/cycles/data";
import { suggestedCycleName } from "@/features/cycles/domain";
import { compareCyclesSchema } from "@/features/cycles/schema";
import { scoredButNotAgreed } from "./domain";
import { snapshotRatingSchema } from "./schema";
import {
  getStatementAssessment,
  listRevisions,
  listSnapshots,
  listStatementSummaries,
  statementsAsFrozen,
} from "./data";

export async function loadSelfAssessment() {
  const session = await requirePermission("self-assessment:read");
  const cycle = await getCurrentCycle(session.member.scope);
  const summaries = await listStatementSummaries(session.member.scope, cycle.id);
  const statements = summaries.themes.flatMap((theme) => theme.statements);
  return {
    ...summaries,
    cycle,
    rating: calculateRating(
      statements.map((statement) => ({
        key: statement.key,
        score: statement.score,
        name: `${statement.number}. ${statement.name}`,
      })),
      summaries.bands,
    ),
    notAgreed: scoredButNotAgreed(statements),
    canCreateSnapshot: can(session.member, "snapshot:create"),
  };
}

export async function loadStatementPage(key: string) {
  const session = await requirePermission("self-assessment:read");
  const framework = await getQualityStatement(session.member.scope, key);
  if (!framework) notFound();
  const member = session.member;
  const [assessment, scoring] = await Promise.all([
    getStatementAssessment(session.member.scope, key),
    getWorkspaceScoring(session.member.scope),
  ]);
  return {
    framework,
    assessment,
    scoring,
    // Two empty rows each for strengths and areas for improvement.
    newItemIds: Array.from({ length: 4 }, () => randomUUID()),
    may: {
      edit: can(member, "self-assessment:edit"),
      submit: can(member, "self-assessment:submit"),
      agree: can(member, "self-assessment:agree"),
      reopen: can(member, "self-assessment:reopen"),
      comment: can(member, "self-assessment:comment"),
    },
  };
}

export async function loadStatementHistory(key: string) {
  const session = await requirePermission("self-assessment:read");
  const framework = await getQualityStatement(session.member.scope, key);
  if (!framework) notFound();
  const [assessment, revisions] = await Promise.all([
    getStatementAssessment(session.member.scope, key),
    listRevisions(session.member.scope, key),
  ]);
  return {
    framework,
    version: assessment.version,
    status: assessment.status,
    revisions,
    mayRestore: can(session.member, "self-assessment:edit"),
  };
}

export async function loadSnapshots() {
  const session = await requirePermission("self-assessment:read");
  return { snapshots: await listSnapshots(session.member.scope), canCreate: can(session.member, "snapshot:create") };
}

export async function loadPrintView() {
  const session = await requirePermission("self-assessment:read");
  const [summaries, scoring] = await Promise.all([
    listStatementSummaries(session.member.scope),
    getWorkspaceScoring(session.member.scope),
  ]);
  const statements = summaries.themes.flatMap((theme) => theme.statements);
  return {
    councilName: session.member.workspaceName,
    themes: summaries.themes,
    scoreLabels: scoring.scores,
    rating: calculateRating(
      statements.map((statement) => ({
        key: statement.key,
        score: statement.score,
        name: `${statement.number}. ${statement.name}`,
      })),
      summaries.bands,
    ),
    notAgreed: scoredButNotAgreed(statements),
  };
}

/** The form that starts the next cycle from the current one. */
export async function loadStartCycle(today: string) {
  const session = await requirePermission("cycle:start");
  const [current, summaries] = await Promise.all([
    getCurrentCycle(session.member.scope),
    listStatementSummaries(session.member.scope),
  ]);
  return {
    current,
    themes: summaries.themes,
    suggestedName: suggestedCycleName("annual_self_assessment", today),
  };
}

/** One cycle's self-assessment in the shape of a snapshot: name, rating and statements. */
async function cycleSelfAssessment(scope: Parameters<typeof listStatementSummaries>[0], id: string) {
  const cycle = await getCycle(scope, id);
  if (!cycle) return null;
  const summaries = await listStatementSummaries(scope, cycle.id);
  const statements = statementsAsFrozen(summaries);
  const rating = calculateRating(
    statements.map((statement) => ({ key: statement.key, score: statement.content.score })),
    summaries.bands,
  );
  // The shape a snapshot stores, so the snapshot comparison shows two cycles the same way.
  return {
    cycle,
    name: cycle.name,
    rating: snapshotRatingSchema.parse(rating),
    statements,
  };
}

/** Two cycles' self-assessments statement by statement, from the page's query; null when either is not this council's. */
export async function loadCycleComparison(query: unknown) {
  const session = await requirePermission("self-assessment:read");
  const chosen = compareCyclesSchema.safeParse(query);
  if (!chosen.success) return null;
  const [first, second] = await Promise.all([
    cycleSelfAssessment(session.member.scope, chosen.data.a),
    cycleSelfAssessment(session.member.scope, chosen.data.b),
  ]);
  return first && second ? { a: first, b: second } : null;
}
