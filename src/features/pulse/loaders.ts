import "server-only";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { isUuid } from "@/lib/ids";
import { sessionFilter, sessionViewer } from "@/features/preparation/policy";
import { confidenceResults } from "./domain";
import {
  getPulseFormByToken,
  listConfidenceAnswers,
  listConfidenceTeams,
  listPulseLinks,
  listPulseThemes,
  sessionPulseSummary,
} from "./data";
import { confidenceQuerySchema, isPulseToken } from "./schema";

/**
 * The public pulse page: anyone holding the link, no sign-in and no session read, so nothing about
 * who answers is known. An unknown token is a 404; a closed, expired or full link says so.
 */
export async function loadPulsePage(token: string) {
  const form = isPulseToken(token) ? await getPulseFormByToken(token) : null;
  if (!form) notFound();
  return {
    moment: form.moment,
    state: form.state,
    title: form.title,
    team: form.team,
    startsAt: form.startsAt,
    themes: form.themes,
  };
}

/** Staff confidence across sessions: a team manager's own sessions, or all for the readiness lead. */
export async function loadConfidencePage(searchParams: Record<string, string | string[] | undefined>) {
  const session = await requirePermission("preparation:read");
  const scope = session.member.scope;
  const viewer = sessionViewer(session.user.id, session.member);
  const own = sessionFilter(viewer);
  const query = confidenceQuerySchema.parse({
    team: typeof searchParams.team === "string" ? searchParams.team : undefined,
  });
  const [teams, answers, themes] = await Promise.all([
    listConfidenceTeams(scope, own),
    listConfidenceAnswers(scope, { ...own, team: query.team }),
    listPulseThemes(scope),
  ]);
  return {
    teams,
    team: query.team ?? "",
    seesAll: viewer.seesAll,
    themes,
    results: confidenceResults(answers, themes),
  };
}

/**
 * A preparation session's pulse links and (for groups of five or more) results, for the session's
 * page. The same row rule as the session itself: another team manager's session is not found.
 */
export async function loadSessionPulse(sessionId: string) {
  const session = await requirePermission("preparation:read");
  const scope = session.member.scope;
  const own = sessionFilter(sessionViewer(session.user.id, session.member));
  const [links, summary] = isUuid(sessionId)
    ? await Promise.all([listPulseLinks(scope, sessionId), sessionPulseSummary(scope, sessionId, own)])
    : [[], null];
  // The links are read alongside the check and shown only when it passes.
  if (!summary) notFound();
  return { links, summary, origin: env().APP_URL };
}
