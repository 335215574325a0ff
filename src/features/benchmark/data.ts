import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import type { RatingName, Score } from "@/features/rating/domain";
import type { CouncilType, OutcomeRow, Region } from "./schema";

/**
 * The set of published outcomes a workspace sees (the most recently loaded of the sets that came
 * with the app and its own imports) and the sets it can see, newest first. Decision record 0011.
 */
export const visibleTo = (scope: WorkspaceScope) => ({
  OR: [{ workspaceId: null }, { workspaceId: scope.workspaceId }],
});
export const NEWEST_FIRST = [{ loadedAt: "desc" as const }, { id: "desc" as const }];

const SET_FIELDS = {
  id: true,
  origin: true,
  version: true,
  source: true,
  notes: true,
  fileName: true,
  contentHash: true,
  loadedAt: true,
} as const;

export type OutcomeSetSummary = {
  id: string;
  origin: "bundled" | "imported";
  version: string;
  source: string;
  notes: string[];
  fileName: string | null;
  contentHash: string;
  loadedAt: Date;
};

/** The set in use, with its rows in file order, in one query; null only before any set is loaded. */
export async function getCurrentOutcomeSet(
  scope: WorkspaceScope,
): Promise<(OutcomeSetSummary & { outcomes: OutcomeRow[] }) | null> {
  const set = await db.publishedOutcomeSet.findFirst({
    where: visibleTo(scope),
    orderBy: NEWEST_FIRST,
    select: {
      ...SET_FIELDS,
      outcomes: {
        orderBy: { position: "asc" },
        select: {
          council: true,
          onsCode: true,
          region: true,
          councilType: true,
          overallRating: true,
          scores: true,
          publishedPercent: true,
          publishedPercentSource: true,
          reportUrl: true,
        },
      },
    },
  });
  if (!set) return null;
  const { outcomes, ...summary } = set;
  return {
    ...summary,
    // The rows were checked against the lists before they were written (domain.ts, schema.ts).
    outcomes: outcomes.map(({ councilType, region, overallRating, scores, ...row }) => ({
      ...row,
      region: region as Region,
      type: councilType as CouncilType,
      overallRating: overallRating as RatingName,
      scores: scores as Score[],
    })),
  };
}

/** Every set the workspace can see, newest first, without their rows: the history of versions. */
export async function listOutcomeSets(scope: WorkspaceScope): Promise<(OutcomeSetSummary & { councils: number })[]> {
  const sets = await db.publishedOutcomeSet.findMany({
    where: visibleTo(scope),
    orderBy: NEWEST_FIRST,
    select: { ...SET_FIELDS, _count: { select: { outcomes: true } } },
  });
  return sets.map(({ _count, ...set }) => ({ ...set, councils: _count.outcomes }));
}

/** A file an administrator uploaded, as read, with whether it has been applied. */
export async function getOutcomeImport(scope: WorkspaceScope, id: string) {
  const staged = await db.publishedOutcomeImport.findFirst({
    where: { id, workspaceId: scope.workspaceId },
    select: { id: true, fileName: true, headers: true, rows: true, completedAt: true, setId: true },
  });
  if (!staged) return null;
  const { headers, rows, ...rest } = staged;
  // Written by stageOutcomeImport from the upload reader's table: headings and rows of text.
  return { ...rest, table: { headers: headers as string[], rows: rows as Record<string, string>[] } };
}
