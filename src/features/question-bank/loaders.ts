import "server-only";
import { themeChoices } from "@/features/framework/loaders";
import type { ThemeChoices } from "@/features/framework/domain";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { isUuid } from "@/lib/ids";
import {
  QUESTION_PAGE_SIZE,
  countQuestions,
  getQuestion,
  getQuestionImport,
  listExistingQuestions,
  listQuestions,
  readStartingBank,
} from "./data";
import { AUDIENCES } from "./domain";
import { checkQuestionImportRows, questionQuerySchema } from "./schema";

export type QuestionTheme = ThemeChoices[number];

/** The question list with its filters; when the bank is empty, what loading the starting bank would add. */
export async function loadQuestionBank(searchParams: Record<string, string | string[] | undefined>) {
  const session = await requirePermission("question-bank:read");
  const scope = session.member.scope;
  const query = questionQuerySchema.parse(
    Object.fromEntries(
      Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
    ),
  );
  const [themes, page, bankSize] = await Promise.all([
    themeChoices(scope),
    listQuestions(scope, query),
    countQuestions(scope),
  ]);
  const mayManage = can(session.member, "question-bank:manage");
  return {
    query,
    themes,
    audiences: AUDIENCES,
    ...page,
    pageSize: QUESTION_PAGE_SIZE,
    bankSize,
    startingBankSize: bankSize === 0 && mayManage ? (await readStartingBank()).questions.length : null,
    may: { manage: mayManage },
  };
}

/** One question in full; managers also get the edit form. */
export async function loadQuestionPage(id: string) {
  const session = await requirePermission("question-bank:read");
  const scope = session.member.scope;
  const [question, themes] = await Promise.all([isUuid(id) ? getQuestion(scope, id) : null, themeChoices(scope)]);
  if (!question) notFound();
  return { question, themes, may: { manage: can(session.member, "question-bank:manage") } };
}

export async function loadNewQuestion() {
  const session = await requirePermission("question-bank:manage");
  return { themes: await themeChoices(session.member.scope) };
}

export async function loadQuestionImportPage() {
  const session = await requirePermission("question-bank:manage");
  return { themes: await themeChoices(session.member.scope), audiences: AUDIENCES };
}

/** A staged file with every row checked, as the import will check it on confirmation. */
export async function loadQuestionImportPreview(id: string) {
  const session = await requirePermission("question-bank:manage");
  const scope = session.member.scope;
  const staged = isUuid(id) ? await getQuestionImport(scope, id) : null;
  if (!staged) notFound();
  if (staged.completedAt)
    return { id: staged.id, fileName: staged.fileName, completed: true, imported: staged.imported, rows: [] };
  const [themes, existing] = await Promise.all([themeChoices(scope), listExistingQuestions(scope)]);
  const statements = themes.flatMap((theme) => theme.statements);
  return {
    id: staged.id,
    fileName: staged.fileName,
    completed: false,
    imported: staged.imported,
    rows: checkQuestionImportRows(staged.rows as Record<string, string>[], statements, existing),
  };
}
