import "server-only";
import { themeChoices } from "@/features/framework/loaders";
import type { ThemeChoices } from "@/features/framework/domain";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { isUuid } from "@/lib/ids";
import { countActiveQuestions, listActiveQuestions } from "@/features/question-bank/data";
import { getSession, listFacilitators, listSessionTeams, listSessions } from "./data";
import { sessionViewer } from "./policy";
import { sessionListQuerySchema } from "./schema";

type Params = Record<string, string | string[] | undefined>;
const first = (params: Params) =>
  Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));

export type ThemeStatements = ThemeChoices;

async function runner() {
  const session = await requirePermission("preparation:read");
  return { session, scope: session.member.scope, viewer: sessionViewer(session.user.id, session.member) };
}

/** Staff preparation's front page: the viewer's sessions, split into coming up and past. */
export async function loadPreparationHome(params: Params) {
  const { session, scope, viewer } = await runner();
  const query = sessionListQuerySchema.parse(first(params));
  const [sessions, teams, questionCount] = await Promise.all([
    listSessions(scope, viewer, { team: query.team }),
    listSessionTeams(scope, viewer),
    countActiveQuestions(scope),
  ]);
  const now = Date.now();
  return {
    query,
    teams,
    questionCount,
    upcoming: sessions.filter((item) => item.startsAt.getTime() >= now).reverse(),
    past: sessions.filter((item) => item.startsAt.getTime() < now),
    seesAll: viewer.seesAll,
    may: { run: can(session.member, "preparation:run"), manageBank: can(session.member, "question-bank:manage") },
  };
}

export async function loadNewSession() {
  const { scope, viewer } = await runner();
  return { facilitators: viewer.seesAll ? await listFacilitators(scope) : null, userId: viewer.userId };
}

async function sessionOr404(id: string) {
  const context = await runner();
  const found = isUuid(id) ? await getSession(context.scope, context.viewer, id) : null;
  if (!found) notFound();
  return { ...context, found };
}

/**
 * A session with its questions, record and follow-ups. Its page adds the pulse links and results
 * (`pulse/loaders`) and the actions made from its follow-ups (`improvement-plan/loaders`).
 */
export async function loadSession(id: string) {
  const { session, scope, found } = await sessionOr404(id);
  return {
    item: found,
    themes: await themeChoices(scope),
    may: { run: can(session.member, "preparation:run") },
  };
}

export async function loadEditSession(id: string) {
  const { scope, viewer, found } = await sessionOr404(id);
  return { item: found, facilitators: viewer.seesAll ? await listFacilitators(scope) : null };
}

/** Questions to choose from: the bank filtered by statement and audience, less those already chosen. */
export async function loadQuestionPicker(id: string, params: Params) {
  const { scope, found } = await sessionOr404(id);
  const query = first(params);
  const themes = await themeChoices(scope);
  const statementKeys = new Set(themes.flatMap((theme) => theme.statements.map((statement) => statement.key)));
  const statement = query.statement && statementKeys.has(query.statement) ? query.statement : undefined;
  // The session's own audience is the first filter; "all" lifts it.
  const audience = query.audience === "all" ? undefined : (query.audience ?? found.audienceKey ?? undefined);
  const chosen = new Set(found.questions.map((question) => question.id));
  const candidates = (
    await listActiveQuestions(scope, { statementKeys: statement ? [statement] : undefined, audienceKey: audience })
  ).filter((question) => !chosen.has(question.id));
  return { item: found, themes, candidates, filter: { statement, audience } };
}

export async function loadPresenter(id: string) {
  const { scope, found } = await sessionOr404(id);
  const themes = await themeChoices(scope);
  return { item: found, themes };
}
