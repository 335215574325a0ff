/**
 * The indicative rating, by CQC's published method for local authorities (assessment framework
 * for local authorities, scoring; see prisma/reference/cqc-la-framework.json "scoring"):
 * - every quality statement is scored 1–4 and weighted equally;
 * - overall percentage = sum of the nine scores / 36 × 100, rounded up to a whole number (evidence below);
 * - the rating is read from that whole percentage: 25–38 Inadequate, 39–62 Requires improvement,
 *   63–87 Good, 88–100 Outstanding ("How we determine ratings", cqc.org.uk/guidance-regulation/
 *   local-authorities/how-we-determine-ratings).
 * No limiter rule is published for local authorities, so none is applied. CQC publishes no theme
 * score: theme averages here are for internal use and must be labelled so.
 *
 * The published percentage is rounded up. CQC's guidance does not say how it rounds, but every
 * percentage we have seen published (prisma/reference/la-published-outcomes.json, with the source
 * of each) is the exact figure rounded up to the next whole number, and no other simple rule fits
 * them all:
 * - Medway 21/36 = 58.33% was published as 59%, "4 percentage points from good" (Medway Council
 *   committee minutes; 63 − 59 = 4). Ordinary rounding gives 58.
 * - York 14/36 = 38.89% → 39% (CQC report page), Hertfordshire 28/36 = 77.78% → 78% (CQC report),
 *   Camden 32/36 = 88.89% → 89% (CQC press release), Norfolk 20/36 = 55.56% → 56%, Plymouth
 *   24/36 = 66.67% → 67%: rounding down (38, 77, 88, 55, 66) does not fit.
 * - Lancashire 18/36 = 50% → 50% and Staffordshire 27/36 = 75% → 75% (CQC report): exact figures
 *   stay as they are, so "whole part plus one" does not fit either.
 * CQC's earlier category thresholds say the same: "88% and above" for the overall rating but
 * "over 87%" for a statement score of 4, two wordings that agree only if figures are rounded up.
 * Computed with integers only, so no floating-point edge can move a figure across a band.
 *
 * A statement scored 1 ("evidence shows significant shortfalls") is a warning of its own, whatever
 * the overall band. Hull City Council was rated Requires improvement at 50% (report published 24
 * October 2025), yet because two statements were scored 1 CQC notified the Department of Health and
 * Social Care under section 50 of the Health and Social Care Act 2008 (Hull City Council's own
 * account, livewellhull.org.uk/cqc-assessment; BBC News, "'Unacceptable waits' for adult care services").
 * Every result therefore lists the statements scored 1 (`significantShortfalls`).
 *
 * Pure functions, no I/O. The bands are passed in (from the framework version a workspace or a
 * snapshot uses) so a rating can be recomputed exactly as it was, whatever CQC changes later.
 */
export type Score = 1 | 2 | 3 | 4;
export const SCORES: readonly Score[] = [1, 2, 3, 4];
export const MAX_SCORE = 4;

export type RatingName = "Inadequate" | "Requires improvement" | "Good" | "Outstanding";
export type Band = { rating: RatingName; fromPercent: number; toPercent: number };

/** CQC's bands for local authorities as published with the 2023 framework. */
export const CQC_LA_BANDS: readonly Band[] = [
  { rating: "Inadequate", fromPercent: 25, toPercent: 38 },
  { rating: "Requires improvement", fromPercent: 39, toPercent: 62 },
  { rating: "Good", fromPercent: 63, toPercent: 87 },
  { rating: "Outstanding", fromPercent: 88, toPercent: 100 },
];

/** `name` (e.g. "1. Assessing needs") is carried into the warnings, so they can say which statements in words. */
export type StatementScore = { key: string; score: Score | null; name?: string };

/** A statement scored 1: evidence shows significant shortfalls. */
export type SignificantShortfall = { key: string; name: string };

export type BandPosition = {
  /** Which third of the band the percentage falls in: "upper Good" reads as nearing Outstanding. */
  placement: "lower" | "middle" | "upper";
  /** Points (one point = one step of one statement's score) needed to reach the next band; null at the top. */
  pointsToNextBand: number | null;
  nextRating: RatingName | null;
};

export type IndicativeRating =
  | {
      kind: "complete";
      total: number;
      maxTotal: number;
      percent: number;
      rating: RatingName;
      band: Band;
      position: BandPosition;
      scored: number;
      unscored: 0;
      significantShortfalls: SignificantShortfall[];
    }
  | {
      /** Some statements unscored: no rating, only the percentage of what is scored so far. */
      kind: "partial";
      total: number;
      maxTotal: number;
      percent: number;
      scored: number;
      unscored: number;
      significantShortfalls: SignificantShortfall[];
    }
  | { kind: "unscored"; scored: 0; unscored: number; significantShortfalls: [] };

/**
 * The whole percentage CQC publishes for `total` points over `statements` statements: the exact
 * percentage rounded up (see the evidence above). Integer arithmetic only.
 */
export function percentOf(total: number, statements: number): number {
  if (!Number.isSafeInteger(total) || !Number.isSafeInteger(statements) || statements < 1 || total < 0)
    throw new RangeError(`Cannot take a percentage of ${total} points over ${statements} statements`);
  const scaled = total * 100;
  const max = statements * MAX_SCORE;
  const remainder = scaled % max;
  return (scaled - remainder) / max + (remainder === 0 ? 0 : 1);
}

export function bandFor(percent: number, bands: readonly Band[] = CQC_LA_BANDS): Band {
  const band = bands.find((candidate) => percent >= candidate.fromPercent && percent <= candidate.toPercent);
  if (!band) throw new RangeError(`No rating band contains ${percent}%`);
  return band;
}

/**
 * The sentence shown beside a rating that counts scores nobody has agreed yet (statements in
 * progress or ready for review), given those statements' names; null when there are none.
 */
export function scoresNotAgreedNote(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  const lead =
    names.length === 1
      ? "This counts the score of 1 statement not yet agreed"
      : `This counts the scores of ${names.length} statements not yet agreed`;
  return `${lead}, so it may change when ${names.length === 1 ? "it is" : "they are"} reviewed: ${names.join("; ")}.`;
}

export function calculateRating(
  statements: readonly StatementScore[],
  bands: readonly Band[] = CQC_LA_BANDS,
): IndicativeRating {
  const scores = statements.map((statement) => statement.score).filter((score): score is Score => score !== null);
  const unscored = statements.length - scores.length;
  if (scores.length === 0) return { kind: "unscored", scored: 0, unscored, significantShortfalls: [] };
  const significantShortfalls = significantShortfallsIn(statements);
  const total = scores.reduce<number>((sum, score) => sum + score, 0);
  const figures = {
    total,
    maxTotal: scores.length * MAX_SCORE,
    percent: percentOf(total, scores.length),
    scored: scores.length,
    significantShortfalls,
  };
  if (unscored > 0) return { kind: "partial", ...figures, unscored };
  const band = bandFor(figures.percent, bands);
  return {
    kind: "complete",
    ...figures,
    rating: band.rating,
    band,
    position: positionInBand(total, statements.length, bands),
    unscored: 0,
  };
}

/** The statements scored 1, in the order given (framework order), named as the caller named them. */
function significantShortfallsIn(statements: readonly StatementScore[]): SignificantShortfall[] {
  return statements
    .filter((statement) => statement.score === 1)
    .map((statement) => ({ key: statement.key, name: statement.name ?? statement.key }));
}

/**
 * The warning in words, for the rating summary, the dashboard and the board pack; null when no
 * statement is scored 1. Shown whatever the overall band (see the note on Hull above).
 */
export function describeSignificantShortfalls(shortfalls: readonly SignificantShortfall[]): string | null {
  if (shortfalls.length === 0) return null;
  const names = shortfalls.map((shortfall) => shortfall.name);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)!}`;
  const verb = names.length === 1 ? "is" : "are";
  return (
    `${list} ${verb} scored 1: evidence shows significant shortfalls. ` +
    "CQC has referred councils with a statement scored 1 to the Department of Health and Social Care, " +
    "even when they were rated Requires improvement overall."
  );
}

function positionInBand(total: number, statements: number, bands: readonly Band[]): BandPosition {
  const percent = percentOf(total, statements);
  const band = bandFor(percent, bands);
  // Thirds of the band, compared in integers: through/width < 1/3 ⇔ 3·through < width.
  const width = band.toPercent - band.fromPercent + 1;
  const through = percent - band.fromPercent;
  const placement = 3 * through < width ? "lower" : 3 * through < 2 * width ? "middle" : "upper";
  const next = bands.find((candidate) => candidate.fromPercent > band.toPercent) ?? null;
  let pointsToNextBand: number | null = null;
  if (next) {
    for (let points = 1; total + points <= statements * MAX_SCORE; points++) {
      if (percentOf(total + points, statements) >= next.fromPercent) {
        pointsToNextBand = points;
        break;
      }
    }
  }
  return { placement, pointsToNextBand, nextRating: next?.rating ?? null };
}

export type ScoreChange = { key: string; from: Score; to: Score };

/**
 * "What would move us up a band": the smallest sets of score changes that reach the next band.
 * Smallest means the fewest points first (each point is one step on one statement), then the
 * fewest statements changed (all ways of that many points with `fewestStatementsOnly` false).
 * Lower-scoring statements come first within that.
 */
export function changesToNextBand(
  statements: readonly { key: string; score: Score }[],
  bands: readonly Band[] = CQC_LA_BANDS,
  limit = 50,
  fewestStatementsOnly = true,
): { nextRating: RatingName; pointsNeeded: number; options: ScoreChange[][]; more: number } | null {
  const total = statements.reduce<number>((sum, statement) => sum + statement.score, 0);
  const position = positionInBand(total, statements.length, bands);
  if (position.pointsToNextBand === null || position.nextRating === null) return null;
  const points = position.pointsToNextBand;

  const options: ScoreChange[][] = [];
  const ordered = [...statements].sort((a, b) => a.score - b.score || a.key.localeCompare(b.key));
  // Distribute exactly `points` steps over statements, each within its headroom.
  const walk = (index: number, left: number, chosen: ScoreChange[]) => {
    if (left === 0) {
      options.push([...chosen]);
      return;
    }
    if (index >= ordered.length) return;
    const statement = ordered[index]!;
    const headroom = MAX_SCORE - statement.score;
    for (let step = Math.min(headroom, left); step >= 1; step--) {
      chosen.push({ key: statement.key, from: statement.score, to: (statement.score + step) as Score });
      walk(index + 1, left - step, chosen);
      chosen.pop();
    }
    walk(index + 1, left, chosen);
  };
  walk(0, points, []);
  const fewest = Math.min(...options.map((option) => option.length));
  const smallest = options
    .filter((option) => !fewestStatementsOnly || option.length === fewest)
    .sort((a, b) => a.length - b.length || sumFrom(a) - sumFrom(b));
  return {
    nextRating: position.nextRating,
    pointsNeeded: points,
    options: smallest.slice(0, limit),
    more: Math.max(0, smallest.length - limit),
  };
}

/** What is known of a statement that says how hard its next score would be to reach. */
export type StatementReadiness = {
  key: string;
  score: Score;
  /** The statement's evidence category scores as a percentage (the earlier method), when scored. */
  categoryPercent: number | null;
  /** Names of the evidence categories with no evidence mapped to the statement. */
  evidenceGaps: string[];
};

export type RouteChange = ScoreChange & {
  /** Percentage points the category scores are below the target score's band; 0 when already there; null when not scored. */
  distance: number | null;
  evidenceGaps: string[];
};

export type RouteToNextBand = { changes: RouteChange[]; effort: number };

// A statement whose categories are unscored is taken to be a whole band (25 points) from its next score.
const UNKNOWN_DISTANCE = 25;
// An evidence category with nothing in it costs as much as being 10 percentage points further away.
const GAP_EFFORT = 10;

/**
 * "What would move us up a band", ranked by effort rather than listed: every way of adding the
 * fewest points that reach the next band, cheapest first. A change is cheaper when the statement's
 * own evidence category scores are already near the target score, and dearer for each evidence
 * category with nothing in it; then fewer statements changed, then lower scores first. Only the
 * first `limit` ways are returned, so a reader sees three real choices rather than ten look-alikes.
 */
export function rankedRoutesToNextBand(
  statements: readonly StatementReadiness[],
  bands: readonly Band[] = CQC_LA_BANDS,
  limit = 3,
): { nextRating: RatingName; pointsNeeded: number; routes: RouteToNextBand[]; more: number } | null {
  const moves = changesToNextBand(statements, bands, Number.MAX_SAFE_INTEGER, false);
  if (!moves) return null;
  const byKey = new Map(statements.map((statement) => [statement.key, statement]));
  const routes = moves.options.map((option) => {
    const changes = option.map((change): RouteChange => {
      const statement = byKey.get(change.key)!;
      const target = bands[change.to - 1];
      const distance =
        statement.categoryPercent === null || !target
          ? null
          : Math.max(0, target.fromPercent - statement.categoryPercent);
      return { ...change, distance, evidenceGaps: statement.evidenceGaps };
    });
    const effort = changes.reduce(
      (sum, change) => sum + (change.distance ?? UNKNOWN_DISTANCE) + GAP_EFFORT * change.evidenceGaps.length,
      0,
    );
    return { changes, effort };
  });
  routes.sort(
    (a, b) =>
      a.effort - b.effort ||
      a.changes.length - b.changes.length ||
      sumFrom(a.changes) - sumFrom(b.changes) ||
      a.changes
        .map((change) => change.key)
        .join()
        .localeCompare(b.changes.map((change) => change.key).join()),
  );
  return {
    nextRating: moves.nextRating,
    pointsNeeded: moves.pointsNeeded,
    routes: routes.slice(0, limit),
    more: Math.max(0, routes.length - limit),
  };
}

function sumFrom(changes: readonly ScoreChange[]): number {
  return changes.reduce((sum, change) => sum + change.from, 0);
}

/**
 * CQC's earlier method, shown only as a suggestion beside the statement score (current guidance
 * scores each statement directly by professional judgement): score each evidence category 1–4,
 * take total / (categories × 4) as a percentage, and read a statement score from the same bands
 * (25–38% = 1, 39–62% = 2, 63–87% = 3, 88% and over = 4).
 */
export function suggestedScoreFromCategories(
  categoryScores: readonly Score[],
  bands: readonly Band[] = CQC_LA_BANDS,
): { percent: number; score: Score } | null {
  if (categoryScores.length === 0) return null;
  const total = categoryScores.reduce<number>((sum, score) => sum + score, 0);
  const percent = percentOf(total, categoryScores.length);
  const index = bands.indexOf(bandFor(percent, bands));
  return { percent, score: (index + 1) as Score };
}

/** A theme's average score, for internal use only: CQC publishes no theme-level score. */
export function themeAverage(scores: readonly (Score | null)[]): number | null {
  const scored = scores.filter((score): score is Score => score !== null);
  if (scored.length === 0) return null;
  return Math.round((scored.reduce<number>((sum, score) => sum + score, 0) / scored.length) * 10) / 10;
}
