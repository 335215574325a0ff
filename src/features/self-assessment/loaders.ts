import "server-only";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { getQualityStatement, getWorkspaceScoring } from "@/features/framework/data";
import { calculateRating } from "@/features/rating/domain";
import { scoredButNotAgreed } from "./domain";
import { getStatementAssessment, listRevisions, listSnapshots, listStatementSummaries } from "./data";

export async function loadSelfAssessment() {
  const session = await requirePermission("self-assessment:read");
  const summaries = await listStatementSummaries(session.member.scope);
  const statements = summaries.themes.flatMap((theme) => theme.statements);
  return {
    ...summaries,
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
