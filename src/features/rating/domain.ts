/**
 * The indicative rating, by CQC's published method for local authorities (assessment framework
 * for local authorities, scoring; see prisma/reference/cqc-la-framework.json "scoring"):
 * - every quality statement is scored 1–4 and weighted equally;
 * - overall percentage = sum of the nine scores / 36 × 100, rounded to a whole number;
 * - the rating is read from the rounded percentage: 25–38 Inadequate, 39–62 Requires improvement,
 *   63–87 Good, 88–100 Outstanding.
 * No limiter rule is published for local authorities, so none is applied. CQC publishes no theme
 * score: theme averages here are for internal use and must be labelled so.
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

export type StatementScore = { key: string; score: Score | null };

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
    }
  | {
      /** Some statements unscored: no rating, only the percentage of what is scored so far. */
      kind: "partial";
      total: number;
      maxTotal: number;
      percent: number;
      scored: number;
      unscored: number;
    }
  | { kind: "unscored"; scored: 0; unscored: number };

export function percentOf(total: number, statements: number): number {
  return Math.round((total / (statements * MAX_SCORE)) * 100);
}

export function bandFor(percent: number, bands: readonly Band[] = CQC_LA_BANDS): Band {
  const band = bands.find((candidate) => percent >= candidate.fromPercent && percent <= candidate.toPercent);
  if (!band) throw new RangeError(`No rating band contains ${percent}%`);
  return band;
}

export function calculateRating(
  statements: readonly StatementScore[],
  bands: readonly Band[] = CQC_LA_BANDS,
): IndicativeRating {
  const scores = statements.map((statement) => statement.score).filter((score): score is Score => score !== null);
  const unscored = statements.length - scores.length;
  if (scores.length === 0) return { kind: "unscored", scored: 0, unscored };
  const total = scores.reduce<number>((sum, score) => sum + score, 0);
  const percent = percentOf(total, scores.length);
  if (unscored > 0) {
    return { kind: "partial", total, maxTotal: scores.length * MAX_SCORE, percent, scored: scores.length, unscored };
  }
  const band = bandFor(percent, bands);
  return {
    kind: "complete",
    total,
    maxTotal: statements.length * MAX_SCORE,
    percent,
    rating: band.rating,
    band,
    position: positionInBand(total, statements.length, bands),
    scored: scores.length,
    unscored: 0,
  };
}

function positionInBand(total: number, statements: number, bands: readonly Band[]): BandPosition {
  const percent = percentOf(total, statements);
  const band = bandFor(percent, bands);
  const width = band.toPercent - band.fromPercent + 1;
  const through = (percent - band.fromPercent) / width;
  const placement = through < 1 / 3 ? "lower" : through < 2 / 3 ? "middle" : "upper";
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
 * fewest statements changed. Lower-scoring statements come first within that.
 */
export function changesToNextBand(
  statements: readonly { key: string; score: Score }[],
  bands: readonly Band[] = CQC_LA_BANDS,
  limit = 50,
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
    .filter((option) => option.length === fewest)
    .sort((a, b) => a.reduce((sum, change) => sum + change.from, 0) - b.reduce((sum, change) => sum + change.from, 0));
  return {
    nextRating: position.nextRating,
    pointsNeeded: points,
    options: smallest.slice(0, limit),
    more: Math.max(0, smallest.length - limit),
  };
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
