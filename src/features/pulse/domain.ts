import { isoDay, ukToday } from "@/lib/calendar";

/**
 * Staff confidence pulses, no I/O: the 1–5 scale, what a link's state is, and turning anonymous
 * answers into figures that never let anyone tie an answer to a person.
 */
export const MOMENTS = ["before", "after"] as const;
export type Moment = (typeof MOMENTS)[number];

export const MOMENT_LABELS: Record<Moment, string> = { before: "Before the session", after: "After the session" };

export const CONFIDENCE_SCALE = [
  { value: 1, label: "1 – Not at all confident" },
  { value: 2, label: "2 – Slightly confident" },
  { value: 3, label: "3 – Somewhat confident" },
  { value: 4, label: "4 – Fairly confident" },
  { value: 5, label: "5 – Very confident" },
] as const;

/** Figures for a group of fewer answers than this are never shown; in the results, not even how many. */
export const MIN_GROUP = 5;

export const LINK_DAYS = [1, 3, 7] as const;
export const DEFAULT_LINK_DAYS = 3;
export const MAX_ANSWERS = { min: 5, max: 200, default: 60 } as const;

export const PULSE_MESSAGES = {
  unknown:
    "This survey link is not recognised. Check you have the whole link, or ask the person who ran your session for a new one.",
  closed: "This survey link has expired or been closed. Ask the person who ran your session for a new one.",
  full: "This survey has had as many answers as it allows.",
  busy: "A lot of people are answering at once. Wait a minute, then submit again: your answers are still here.",
  changed: "This survey has changed since you opened it. Reload the page and answer again.",
} as const;

export type Theme = { key: string; name: string };

/** "Working with people" reads "working with people" mid-sentence; "CQC …" stays as it is. */
export function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

export type LinkState = "open" | "closed" | "expired" | "full";

export function pulseLinkState(
  link: { closedAt: Date | null; expiresAt: Date; answerCount: number; maxAnswers: number },
  now: Date,
): LinkState {
  if (link.closedAt) return "closed";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  return link.answerCount >= link.maxAnswers ? "full" : "open";
}

const isScore = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;

/** A whole pulse: one whole-number score from 1 to 5 for every theme, and nothing else. */
export function isCompletePulse(scores: Record<string, unknown>, themeKeys: readonly string[]): boolean {
  const given = Object.keys(scores);
  return (
    given.length === themeKeys.length && themeKeys.every((key) => Object.hasOwn(scores, key) && isScore(scores[key]))
  );
}

/** Scores as stored (JSON): anything that is not a 1–5 score is left out rather than trusted. */
export function readScores(value: unknown): Record<string, number> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => isScore(entry[1])));
}

export type Shares = { mean: number; low: number; middle: number; confident: number };
export type ThemeFigures = Theme & ({ suppressed: true } | ({ suppressed: false; answers: number } & Shares));
export type GroupFigures =
  | { status: "none" }
  | { status: "suppressed" }
  /** `overall` is across every theme's score together. Shares are fractions from 0 to 1. */
  | { status: "shown"; answers: number; overall: Shares; themes: ThemeFigures[] };

function sharesOf(values: number[]): Shares {
  const count = (test: (value: number) => boolean) => values.filter(test).length / values.length;
  return {
    mean: values.reduce((sum, value) => sum + value, 0) / values.length,
    low: count((value) => value <= 2),
    middle: count((value) => value === 3),
    confident: count((value) => value >= 4),
  };
}

type Scored = { scores: Record<string, number> };

/** Figures for one group of answers, or "suppressed" when it has fewer than `minGroup`. */
export function groupFigures(
  answers: readonly Scored[],
  themes: readonly Theme[],
  options: { minGroup?: number; suppress?: boolean } = {},
): GroupFigures {
  const minGroup = options.minGroup ?? MIN_GROUP;
  if (answers.length === 0) return { status: "none" };
  if (answers.length < minGroup || options.suppress) return { status: "suppressed" };
  const all: number[] = [];
  const perTheme = themes.map((theme): ThemeFigures => {
    const values = answers.map((answer) => answer.scores[theme.key]).filter(isScore);
    all.push(...values);
    // Only after a change of framework could a theme have fewer scores than the group has answers.
    return values.length < minGroup
      ? { ...theme, suppressed: true }
      : { ...theme, suppressed: false, answers: values.length, ...sharesOf(values) };
  });
  if (all.length === 0) return { status: "suppressed" };
  return { status: "shown", answers: answers.length, overall: sharesOf(all), themes: perTheme };
}

/** One session's before and after, as its page shows them. */
export function sessionConfidence(
  answers: readonly (Scored & { moment: Moment })[],
  themes: readonly Theme[],
): Record<Moment, GroupFigures> {
  return {
    before: groupFigures(
      answers.filter((answer) => answer.moment === "before"),
      themes,
    ),
    after: groupFigures(
      answers.filter((answer) => answer.moment === "after"),
      themes,
    ),
  };
}

/** The calendar month a session was held in, on a London clock: "2026-11". */
export function periodOf(sessionDate: Date): string {
  return isoDay(ukToday(sessionDate)).slice(0, 7);
}

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "November 2026" for "2026-11". */
export function periodLabel(period: string): string {
  return monthFormat.format(new Date(`${period}-01T00:00:00Z`));
}

export type ConfidenceAnswer = Scored & { team: string; sessionDate: Date; moment: Moment; sessionId?: string };
export type TeamConfidence = {
  team: string;
  overall: Record<Moment, GroupFigures>;
  periods: ({ period: string; label: string } & Record<Moment, GroupFigures>)[];
};

type Cell = { key: string; answers: ConfidenceAnswer[]; smallSessionAnswers: number; hidden: boolean };

/**
 * Confidence by team, then by month and moment, and each team's overall before and after.
 *
 * A group of fewer than `minGroup` answers is suppressed. Because the same answers are counted
 * more than once (a team's months add up to its overall, and each session's page shows its own
 * figures when it has enough answers), a group that is large enough is suppressed too when
 * subtracting what is shown elsewhere would leave fewer than `minGroup` answers:
 * - when answers from sessions too small to show (given `sessionId`) number 1 to `minGroup - 1`
 *   in the group, since the group less its shown sessions would be them;
 * - when the months hidden in a team's column add up to 1 to `minGroup - 1` answers (or small
 *   sessions' answers), the smallest month still shown is hidden as well, until they do not.
 */
export function confidenceResults(
  answers: readonly ConfidenceAnswer[],
  themes: readonly Theme[],
  options: { minGroup?: number } = {},
): TeamConfidence[] {
  const minGroup = options.minGroup ?? MIN_GROUP;
  const leaks = (count: number) => count > 0 && count < minGroup;
  const sessionSizes = new Map<string, number>();
  for (const answer of answers)
    if (answer.sessionId)
      sessionSizes.set(
        `${answer.sessionId}|${answer.moment}`,
        (sessionSizes.get(`${answer.sessionId}|${answer.moment}`) ?? 0) + 1,
      );
  const isSmallSession = (answer: ConfidenceAnswer) =>
    answer.sessionId !== undefined && (sessionSizes.get(`${answer.sessionId}|${answer.moment}`) ?? 0) < minGroup;
  const cell = (key: string, rows: ConfidenceAnswer[]): Cell => {
    const smallSessionAnswers = rows.filter(isSmallSession).length;
    return { key, answers: rows, smallSessionAnswers, hidden: rows.length < minGroup || leaks(smallSessionAnswers) };
  };

  const teams = [...new Set(answers.map((answer) => answer.team))].sort((a, b) => a.localeCompare(b, "en-GB"));
  return teams.map((team) => {
    const ofTeam = answers.filter((answer) => answer.team === team);
    const periodKeys = [...new Set(ofTeam.map((answer) => periodOf(answer.sessionDate)))].sort();
    const columns = Object.fromEntries(
      MOMENTS.map((moment) => {
        const rows = ofTeam.filter((answer) => answer.moment === moment);
        const overall = cell("overall", rows);
        const months = periodKeys.map((period) =>
          cell(
            period,
            rows.filter((answer) => periodOf(answer.sessionDate) === period),
          ),
        );
        if (!overall.hidden) hideComplements(months, leaks);
        return [moment, { overall, months }];
      }),
    ) as Record<Moment, { overall: Cell; months: Cell[] }>;
    const figures = (target: Cell) => groupFigures(target.answers, themes, { minGroup, suppress: target.hidden });
    return {
      team,
      overall: { before: figures(columns.before.overall), after: figures(columns.after.overall) },
      periods: periodKeys.map((period, index) => ({
        period,
        label: periodLabel(period),
        before: figures(columns.before.months[index]!),
        after: figures(columns.after.months[index]!),
      })),
    };
  });
}

/** Hides the smallest months still shown until what is hidden cannot be worked out as a small group. */
function hideComplements(months: Cell[], leaks: (count: number) => boolean) {
  for (;;) {
    const hidden = months.filter((month) => month.hidden);
    const shown = months.filter((month) => !month.hidden && month.answers.length > 0);
    const countLeak = leaks(hidden.reduce((sum, month) => sum + month.answers.length, 0));
    const sessionLeak = leaks(hidden.reduce((sum, month) => sum + month.smallSessionAnswers, 0));
    if ((!countLeak && !sessionLeak) || shown.length === 0) return;
    const candidates = !countLeak ? shown.filter((month) => month.smallSessionAnswers > 0) : shown;
    const pool = candidates.length ? candidates : shown;
    const next = pool.reduce((smallest, month) => (month.answers.length < smallest.answers.length ? month : smallest));
    next.hidden = true;
  }
}

/**
 * Pulse answers, limited per link rather than per client address: staff in one workshop answer
 * together from the council's network, which reaches us as one address, so a per-address limit
 * would turn the room away; and pulse answers are anonymous, so we read and keep no address at
 * all. Per link, a leaked link cannot flood a session's results faster than this, and the link's
 * `maxAnswers` caps the total. The keys are link ids, never tokens.
 */
export const PULSE_ANSWERS_PER_MINUTE = 30;
