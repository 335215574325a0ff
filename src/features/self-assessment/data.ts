import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { frameworkScoringSchema } from "@/features/framework/schema";
import { getCurrentCycle } from "@/features/cycles/data";
import { snapshotRatingSchema, snapshotStatementsSchema, storedContentSchema } from "./schema";
import { EMPTY_CONTENT, type StatementContent, type StatementStatus } from "./domain";

export function readContent(value: unknown): StatementContent {
  const parsed = storedContentSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_CONTENT;
}

async function namesOf(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

/**
 * The nine statements by theme with their status, score and direction, plus the rating bands, in
 * the current cycle or the one named (checked to be the workspace's by the query itself).
 */
export async function listStatementSummaries(scope: WorkspaceScope, cycleId?: string) {
  const cycle = cycleId ?? (await getCurrentCycle(scope)).id;
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: scope.workspaceId },
    select: {
      frameworkVersion: {
        select: {
          id: true,
          scoring: true,
          themes: {
            orderBy: { number: "asc" },
            select: {
              key: true,
              number: true,
              name: true,
              qualityStatements: {
                orderBy: { number: "asc" },
                select: {
                  key: true,
                  number: true,
                  name: true,
                  weStatement: true,
                  iStatements: {
                    orderBy: { position: "asc" },
                    select: { iStatement: { select: { key: true, text: true } } },
                  },
                  assessments: {
                    where: { workspaceId: scope.workspaceId, cycleId: cycle },
                    select: { status: true, score: true, content: true, updatedAt: true, version: true },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  const { frameworkVersion } = workspace;
  return {
    frameworkVersionId: frameworkVersion.id,
    bands: frameworkScoringSchema.parse(frameworkVersion.scoring).bands,
    themes: frameworkVersion.themes.map((theme) => ({
      key: theme.key,
      number: theme.number,
      name: theme.name,
      statements: theme.qualityStatements.map((statement) => {
        const assessment = statement.assessments[0];
        const content = readContent(assessment?.content);
        return {
          key: statement.key,
          number: statement.number,
          name: statement.name,
          weStatement: statement.weStatement,
          iStatements: statement.iStatements.map((link) => link.iStatement),
          status: (assessment?.status ?? "not_started") as StatementStatus,
          score: content.score,
          direction: content.direction,
          version: assessment?.version ?? 0,
          updatedAt: assessment?.updatedAt ?? null,
          content,
        };
      }),
    })),
  };
}

export type StatementSummaries = Awaited<ReturnType<typeof listStatementSummaries>>;

/** The statements as a snapshot stores them (and as the comparison of two cycles shows them). */
export function statementsAsFrozen(summaries: StatementSummaries) {
  return summaries.themes.flatMap((theme) =>
    theme.statements.map((statement) => ({
      key: statement.key,
      number: statement.number,
      name: statement.name,
      themeKey: theme.key,
      themeName: theme.name,
      status: statement.status,
      content: statement.content,
    })),
  );
}

/** One statement's self-assessment in the current cycle and its comments, with the names of who wrote them. */
export async function getStatementAssessment(scope: WorkspaceScope, key: string) {
  const cycle = await getCurrentCycle(scope);
  const assessment = await db.statementAssessment.findFirst({
    where: {
      workspaceId: scope.workspaceId,
      cycleId: cycle.id,
      qualityStatement: { key, frameworkVersion: { workspaces: { some: { id: scope.workspaceId } } } },
    },
    select: {
      id: true,
      status: true,
      version: true,
      content: true,
      updatedAt: true,
      updatedById: true,
      comments: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, authorId: true, createdAt: true } },
    },
  });
  if (!assessment)
    return {
      status: "not_started" as StatementStatus,
      version: 0,
      content: EMPTY_CONTENT,
      updatedAt: null,
      updatedBy: null,
      comments: [],
    };
  const names = await namesOf([assessment.updatedById, ...assessment.comments.map((comment) => comment.authorId)]);
  return {
    status: assessment.status as StatementStatus,
    version: assessment.version,
    content: readContent(assessment.content),
    updatedAt: assessment.updatedAt,
    updatedBy: assessment.updatedById ? (names.get(assessment.updatedById) ?? null) : null,
    comments: assessment.comments.map((comment) => ({
      id: comment.id,
      body: comment.body,
      createdAt: comment.createdAt,
      author: names.get(comment.authorId) ?? "Former member",
    })),
  };
}

/** Every revision of one statement in the current cycle, newest first (from its carrying forward). */
export async function listRevisions(scope: WorkspaceScope, key: string) {
  const cycle = await getCurrentCycle(scope);
  const revisions = await db.statementRevision.findMany({
    where: {
      workspaceId: scope.workspaceId,
      assessment: { workspaceId: scope.workspaceId, cycleId: cycle.id, qualityStatement: { key } },
    },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      version: true,
      kind: true,
      status: true,
      score: true,
      note: true,
      createdById: true,
      createdAt: true,
      content: true,
    },
  });
  const names = await namesOf(revisions.map((revision) => revision.createdById));
  return revisions.map((revision) => ({
    id: revision.id,
    version: revision.version,
    kind: revision.kind,
    status: revision.status as StatementStatus,
    score: revision.score,
    note: revision.note,
    createdAt: revision.createdAt,
    author: names.get(revision.createdById) ?? "Former member",
    content: readContent(revision.content),
  }));
}

export type Revision = Awaited<ReturnType<typeof listRevisions>>[number];

export async function listSnapshots(scope: WorkspaceScope) {
  const snapshots = await db.selfAssessmentSnapshot.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: [{ takenOn: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      takenOn: true,
      rating: true,
      statements: true,
      bands: true,
      createdAt: true,
      createdById: true,
      cycle: { select: { name: true } },
    },
  });
  const names = await namesOf(snapshots.map((snapshot) => snapshot.createdById));
  return snapshots.map((snapshot) => ({
    id: snapshot.id,
    name: snapshot.name,
    takenOn: snapshot.takenOn,
    cycle: snapshot.cycle.name,
    createdAt: snapshot.createdAt,
    createdBy: names.get(snapshot.createdById) ?? "Former member",
    // Stored as calculated when the snapshot was taken; never recomputed.
    rating: snapshotRatingSchema.parse(snapshot.rating),
    statements: snapshotStatementsSchema.parse(snapshot.statements),
  }));
}
