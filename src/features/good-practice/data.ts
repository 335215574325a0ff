import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import type { Prisma } from "@/generated/prisma/client";
import type { GoodPracticeKind } from "./domain";
import type { EntryQuery } from "./schema";

export const GOOD_PRACTICE_PAGE_SIZE = 50;

const FORMER_MEMBER = "A former member";

/** Names of the people who recorded entries; authors are plain ids so an entry outlives its author's account. */
async function namesOf(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

function entryWhere(scope: WorkspaceScope, query: EntryQuery): Prisma.GoodPracticeEntryWhereInput {
  return {
    workspaceId: scope.workspaceId,
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.statement ? { statementKeys: { has: query.statement } } : {}),
    ...(query.team ? { team: query.team } : {}),
    ...(query.converted ? { evidenceItemId: query.converted === "yes" ? { not: null } : null } : {}),
  };
}

/** One page of the log with the filters applied, newest first, and how many match. Three queries. */
export async function listEntries(scope: WorkspaceScope, query: EntryQuery) {
  const where = entryWhere(scope, query);
  const [total, rows] = await Promise.all([
    db.goodPracticeEntry.count({ where }),
    db.goodPracticeEntry.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * GOOD_PRACTICE_PAGE_SIZE,
      take: GOOD_PRACTICE_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        title: true,
        team: true,
        statementKeys: true,
        authorId: true,
        evidenceItemId: true,
        createdAt: true,
      },
    }),
  ]);
  const names = await namesOf(rows.map((row) => row.authorId));
  return {
    total,
    entries: rows.map((row) => ({
      ...row,
      kind: row.kind as GoodPracticeKind,
      author: names.get(row.authorId) ?? FORMER_MEMBER,
    })),
  };
}

/** Every team named on an entry, for the filter. */
export async function listEntryTeams(scope: WorkspaceScope): Promise<string[]> {
  const rows = await db.goodPracticeEntry.findMany({
    where: { workspaceId: scope.workspaceId, team: { not: "" } },
    distinct: ["team"],
    orderBy: { team: "asc" },
    select: { team: true },
  });
  return rows.map((row) => row.team);
}

/** One entry of this workspace, or null (another council's entry is simply not found). */
export async function getEntry(scope: WorkspaceScope, id: string) {
  const row = await db.goodPracticeEntry.findFirst({
    where: { id, workspaceId: scope.workspaceId },
    select: {
      id: true,
      kind: true,
      title: true,
      description: true,
      team: true,
      statementKeys: true,
      authorId: true,
      evidenceItemId: true,
      convertedAt: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  if (!row) return null;
  const names = await namesOf([row.authorId]);
  return { ...row, kind: row.kind as GoodPracticeKind, author: names.get(row.authorId) ?? FORMER_MEMBER };
}
