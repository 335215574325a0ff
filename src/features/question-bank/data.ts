import { readFile } from "node:fs/promises";
import path from "node:path";
import { db, type DbOrTx } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import type { Prisma } from "@/generated/prisma/client";
import { byFrameworkOrder } from "./domain";
import { startingBankSchema, type ExistingQuestion, type QuestionQuery, type StartingBank } from "./schema";

export const QUESTION_PAGE_SIZE = 50;

/**
 * The starting bank as shipped with the service, read (and checked) once. The path is written out
 * in full so the production build traces this one file, not the whole project.
 */
let bank: Promise<StartingBank> | null = null;
export function readStartingBank(): Promise<StartingBank> {
  if (!bank) {
    const reading = readFile(path.join(process.cwd(), "prisma", "reference", "interview-questions.json"), "utf8").then(
      (raw) => startingBankSchema.parse(JSON.parse(raw)),
    );
    // A failed read is not remembered, so the next request tries again.
    reading.catch(() => {
      bank = null;
    });
    bank = reading;
  }
  return bank;
}

/** The workspace's quality statements in the framework's order, as questions refer to them. */
export async function listStatementRefs(scope: WorkspaceScope, client: DbOrTx = db) {
  return client.qualityStatement.findMany({
    where: { frameworkVersion: { workspaces: { some: { id: scope.workspaceId } } } },
    orderBy: { number: "asc" },
    select: { key: true, number: true, name: true, aliases: true },
  });
}

async function statementOrder(scope: WorkspaceScope): Promise<string[]> {
  return (await listStatementRefs(scope)).map((row) => row.key);
}

export type QuestionFilters = Pick<QuestionQuery, "statement" | "audience" | "q" | "retired">;

function questionWhere(scope: WorkspaceScope, filters: QuestionFilters): Prisma.InterviewQuestionWhereInput {
  // "Words in the question": every word must appear, in any order.
  const words = (filters.q ?? "").split(/\s+/).filter(Boolean).slice(0, 10);
  return {
    workspaceId: scope.workspaceId,
    ...(filters.retired === "yes" ? {} : { retiredAt: null }),
    ...(filters.statement ? { statementKeys: { has: filters.statement } } : {}),
    ...(filters.audience ? { audienceKeys: { has: filters.audience } } : {}),
    ...(words.length ? { AND: words.map((word) => ({ text: { contains: word, mode: "insensitive" as const } })) } : {}),
  };
}

const questionSelect = {
  id: true,
  key: true,
  text: true,
  statementKeys: true,
  audienceKeys: true,
  prompts: true,
  followUps: true,
  retiredAt: true,
  createdAt: true,
} as const;

/**
 * Every question matching the filters, in the framework's order. A council's bank is hundreds of
 * questions, not thousands, so the order is applied here rather than in SQL (it depends on the
 * position of each question's first statement in the framework).
 */
async function findOrdered(scope: WorkspaceScope, where: Prisma.InterviewQuestionWhereInput) {
  const [order, rows] = await Promise.all([
    statementOrder(scope),
    db.interviewQuestion.findMany({ where, select: questionSelect }),
  ]);
  return byFrameworkOrder(rows, order);
}

/** One page of the question list with the filters applied, and how many match. */
export async function listQuestions(scope: WorkspaceScope, query: QuestionFilters & { page?: number }) {
  const page = query.page ?? 1;
  const ordered = await findOrdered(scope, questionWhere(scope, query));
  return {
    total: ordered.length,
    questions: ordered.slice((page - 1) * QUESTION_PAGE_SIZE, page * QUESTION_PAGE_SIZE).map((row) => ({
      id: row.id,
      text: row.text,
      statementKeys: row.statementKeys,
      audienceKeys: row.audienceKeys,
      prompts: row.prompts.length,
      followUps: row.followUps.length,
      retiredAt: row.retiredAt,
    })),
  };
}

/** Every question matching the filters, whole, for the CSV export. */
export async function listQuestionsForExport(scope: WorkspaceScope, filters: QuestionFilters) {
  const ordered = await findOrdered(scope, questionWhere(scope, filters));
  return ordered.map(({ id, text, statementKeys, audienceKeys, prompts, followUps, retiredAt }) => ({
    id,
    text,
    statementKeys,
    audienceKeys,
    prompts,
    followUps,
    retiredAt,
  }));
}

export async function getQuestion(scope: WorkspaceScope, id: string) {
  return db.interviewQuestion.findFirst({
    where: { id, workspaceId: scope.workspaceId },
    select: { ...questionSelect, version: true, updatedAt: true },
  });
}

/** Every question in the bank, retired or not: nought means the bank has not been started. */
export async function countQuestions(scope: WorkspaceScope): Promise<number> {
  return db.interviewQuestion.count({ where: { workspaceId: scope.workspaceId } });
}

export async function countActiveQuestions(scope: WorkspaceScope): Promise<number> {
  return db.interviewQuestion.count({ where: { workspaceId: scope.workspaceId, retiredAt: null } });
}

export type ActiveQuestion = {
  id: string;
  text: string;
  statementKeys: string[];
  audienceKeys: string[];
  prompts: string[];
  followUps: string[];
};

/**
 * Questions that may be put into a preparation session: not retired, testing any of the given
 * quality statements and suiting the audience, when given. An absent or empty list of statements
 * means every statement. In the framework's order.
 */
export async function listActiveQuestions(
  scope: WorkspaceScope,
  filter: { statementKeys?: string[]; audienceKey?: string } = {},
): Promise<ActiveQuestion[]> {
  const ordered = await findOrdered(scope, {
    workspaceId: scope.workspaceId,
    retiredAt: null,
    ...(filter.statementKeys?.length ? { statementKeys: { hasSome: filter.statementKeys } } : {}),
    ...(filter.audienceKey ? { audienceKeys: { has: filter.audienceKey } } : {}),
  });
  return ordered.map(({ id, text, statementKeys, audienceKeys, prompts, followUps }) => ({
    id,
    text,
    statementKeys,
    audienceKeys,
    prompts,
    followUps,
  }));
}

/** Every question of the bank by id, as an import compares its rows with them. */
export async function listExistingQuestions(
  scope: WorkspaceScope,
  client: DbOrTx = db,
): Promise<Map<string, ExistingQuestion>> {
  const rows = await client.interviewQuestion.findMany({
    where: { workspaceId: scope.workspaceId },
    select: questionSelect,
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        text: row.text,
        statementKeys: row.statementKeys,
        audienceKeys: row.audienceKeys,
        prompts: row.prompts,
        followUps: row.followUps,
        retired: row.retiredAt !== null,
      },
    ]),
  );
}

export async function getQuestionImport(scope: WorkspaceScope, id: string) {
  return db.questionImport.findFirst({
    where: { id, workspaceId: scope.workspaceId },
    select: { id: true, fileName: true, rows: true, completedAt: true, imported: true },
  });
}
