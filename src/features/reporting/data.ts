import type { WorkspaceScope } from "@/lib/authz/scope";
import { db } from "@/lib/db/client";
import { listSnapshots, listStatementSummaries } from "@/features/self-assessment/data";
import { getCaseTrackingReference, getWorkspaceFramework, getWorkspaceScoring } from "@/features/framework/data";
import { countCoverage, countOutOfDateEvidence } from "@/features/evidence/data";
import type { EvidenceViewer } from "@/features/evidence/policy";
import { getInformationReturn } from "@/features/information-return/data";
import { countRequestStates } from "@/features/evidence-requests/data";
import { countCaseProgress } from "@/features/cases/data";
import { getTimelineFacts } from "@/features/timeline/data";
import { getCqcResult } from "@/features/cqc-result/data";
import {
  EVIDENCE_STATUS_LABELS,
  KIND_LABELS,
  effectiveStatus,
  type EvidenceKind,
  type EvidenceStatus,
} from "@/features/evidence/domain";
import type { RegisterRow } from "./domain";

/**
 * Everything the dashboard and the board pack show, read with a fixed number of queries whatever
 * the size of the council's data (counts and groupings are done in SQL by each feature).
 */
export async function getDashboardFacts(scope: WorkspaceScope, viewer: EvidenceViewer, now: Date) {
  const [
    summaries,
    scoring,
    snapshots,
    framework,
    coverage,
    outOfDate,
    informationReturn,
    requests,
    cases,
    caseTracking,
    timeline,
    cqcResult,
  ] = await Promise.all([
    listStatementSummaries(scope),
    getWorkspaceScoring(scope),
    listSnapshots(scope),
    getWorkspaceFramework(scope),
    countCoverage(scope, viewer),
    countOutOfDateEvidence(scope, viewer),
    getInformationReturn(scope),
    countRequestStates(scope, now),
    countCaseProgress(scope),
    getCaseTrackingReference(scope),
    getTimelineFacts(scope),
    getCqcResult(scope),
  ]);
  return {
    readAt: now,
    summaries,
    scoring,
    snapshots,
    framework: framework!,
    coverage,
    outOfDate,
    informationReturn,
    requests,
    cases,
    caseTracking,
    timeline,
    cqcResult,
  };
}
export type DashboardFacts = Awaited<ReturnType<typeof getDashboardFacts>>;

/** Evidence items this viewer may see with their statement names, for the Word document's citations. One query. */
export async function listEvidenceCitations(scope: WorkspaceScope, viewer: EvidenceViewer) {
  return db.evidenceItem.findMany({
    where: {
      workspaceId: scope.workspaceId,
      ...(viewer.maySeeSensitive ? {} : { containsPersonalData: false }),
      status: { in: ["ready", "approved"] },
    },
    orderBy: [{ evidenceDate: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: {
      title: true,
      categories: true,
      evidenceDate: true,
      statements: { select: { qualityStatement: { select: { key: true } } } },
    },
  });
}

/**
 * The evidence register, streamed in pages of 500 ordered by id (keyset), so a register of any
 * size is exported without holding it in memory.
 */
export async function* registerRows(scope: WorkspaceScope, viewer: EvidenceViewer): AsyncGenerator<RegisterRow> {
  const framework = await db.frameworkVersion.findFirstOrThrow({
    where: { workspaces: { some: { id: scope.workspaceId } } },
    select: { evidenceCategories: { select: { key: true, name: true } } },
  });
  const categoryName = new Map(framework.evidenceCategories.map((category) => [category.key, category.name]));
  let after: string | undefined;
  for (;;) {
    const page = await db.evidenceItem.findMany({
      where: {
        workspaceId: scope.workspaceId,
        ...(viewer.maySeeSensitive ? {} : { containsPersonalData: false }),
        ...(after ? { id: { gt: after } } : {}),
      },
      orderBy: { id: "asc" },
      take: 500,
      select: {
        id: true,
        title: true,
        description: true,
        kind: true,
        status: true,
        reviewBy: true,
        url: true,
        ownerId: true,
        sourceTeam: true,
        evidenceDate: true,
        containsPersonalData: true,
        categories: true,
        tags: true,
        updatedAt: true,
        statements: { select: { qualityStatement: { select: { number: true, name: true } } } },
        iStatements: { select: { iStatement: { select: { key: true } } } },
        _count: { select: { files: true } },
      },
    });
    if (page.length === 0) return;
    const owners = await db.user.findMany({
      where: { id: { in: page.map((item) => item.ownerId).filter((id): id is string => Boolean(id)) } },
      select: { id: true, name: true, email: true },
    });
    for (const item of page) {
      const owner = owners.find((candidate) => candidate.id === item.ownerId);
      yield {
        title: item.title,
        description: item.description,
        // Labels, as people write them and as the evidence import reads them back.
        kind: KIND_LABELS[item.kind as EvidenceKind],
        status: EVIDENCE_STATUS_LABELS[effectiveStatus(item.status as EvidenceStatus, item.reviewBy, new Date())],
        statements: item.statements
          .map((link) => link.qualityStatement)
          .sort((a, b) => a.number - b.number)
          .map((statement) => statement.name),
        iStatements: item.iStatements.map((link) => link.iStatement.key).sort(),
        categories: item.categories.map((key) => categoryName.get(key) ?? key),
        ownerName: owner?.name ?? "",
        ownerEmail: owner?.email ?? "",
        sourceTeam: item.sourceTeam,
        evidenceDate: item.evidenceDate,
        reviewBy: item.reviewBy,
        containsPersonalData: item.containsPersonalData,
        files: item._count.files,
        url: item.url ?? "",
        tags: item.tags,
        updatedAt: item.updatedAt,
      };
    }
    after = page.at(-1)!.id;
  }
}
