import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bandFor,
  calculateRating,
  changesToNextBand,
  CQC_LA_BANDS,
  percentOf,
  suggestedScoreFromCategories,
  themeAverage,
  type Score,
  type StatementScore,
} from "./domain";

const KEYS = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9"];
const statements = (scores: (Score | null)[]): StatementScore[] =>
  scores.map((score, index) => ({ key: KEYS[index]!, score }));
/** Nine scores adding up to `total` (9–36), spread as evenly as possible. */
const withTotal = (total: number): Score[] =>
  KEYS.map((_, index) => (Math.floor(total / 9) + (index < total % 9 ? 1 : 0)) as Score);

describe("the indicative rating", () => {
  it.each([
    [9, 25, "Inadequate"],
    [13, 36, "Inadequate"],
    [14, 39, "Requires improvement"],
    [22, 61, "Requires improvement"],
    [23, 64, "Good"],
    [31, 86, "Good"],
    [32, 89, "Outstanding"],
    [36, 100, "Outstanding"],
  ] as const)("a total of %i out of 36 is %i%%, %s", (total, percent, rating) => {
    const result = calculateRating(statements(withTotal(total)));
    expect(result).toMatchObject({ kind: "complete", total, percent, rating });
  });

  it("rounds the percentage before reading the band: 22/36 = 61.1% → 61% Requires improvement, 23/36 = 63.9% → 64% Good", () => {
    expect(percentOf(22, 9)).toBe(61);
    expect(percentOf(23, 9)).toBe(64);
    expect(bandFor(62).rating).toBe("Requires improvement");
    expect(bandFor(63).rating).toBe("Good");
    expect(bandFor(38).rating).toBe("Inadequate");
    expect(bandFor(39).rating).toBe("Requires improvement");
    expect(bandFor(87).rating).toBe("Good");
    expect(bandFor(88).rating).toBe("Outstanding");
  });

  it("gives every total from 9 to 36 exactly one band, in order", () => {
    let previous = -1;
    for (let total = 9; total <= 36; total++) {
      const result = calculateRating(statements(withTotal(total)));
      if (result.kind !== "complete") throw new Error("expected complete");
      const index = CQC_LA_BANDS.findIndex((band) => band.rating === result.rating);
      expect(index).toBeGreaterThanOrEqual(previous);
      previous = index;
    }
  });

  it("gives no rating until all nine are scored, and says how many are missing", () => {
    const result = calculateRating(statements([3, 3, 2, null, 3, null, 4, 3, 3]));
    expect(result).toEqual({ kind: "partial", total: 21, maxTotal: 28, percent: 75, scored: 7, unscored: 2 });
    expect(calculateRating(statements(Array<Score | null>(9).fill(null)))).toEqual({
      kind: "unscored",
      scored: 0,
      unscored: 9,
    });
  });

  it("says where the council sits in its band and how far the next band is", () => {
    // 30/36 = 83%: upper Good, two points from Outstanding (32/36 = 89%).
    expect(calculateRating(statements(withTotal(30)))).toMatchObject({
      rating: "Good",
      position: { placement: "upper", pointsToNextBand: 2, nextRating: "Outstanding" },
    });
    // 23/36 = 64%: lower Good.
    expect(calculateRating(statements(withTotal(23)))).toMatchObject({ position: { placement: "lower" } });
    // 36/36: nothing above Outstanding.
    expect(calculateRating(statements(withTotal(36)))).toMatchObject({
      position: { pointsToNextBand: null, nextRating: null },
    });
  });
});

describe("the rating against councils' published results", () => {
  const published = JSON.parse(
    readFileSync(path.join(process.cwd(), "prisma/reference/published-outcomes.json"), "utf8"),
  ) as {
    rows: { council: string; overallRating: string; qs: Score[]; total: number; percent: number }[];
  };

  it.each(published.rows.map((row) => [row.council, row] as const))("matches %s", (_council, row) => {
    expect(calculateRating(statements(row.qs))).toMatchObject({
      kind: "complete",
      total: row.total,
      percent: row.percent,
      rating: row.overallRating,
    });
  });
});

describe("rating properties", () => {
  const nineScores = fc.array(fc.constantFrom<Score>(1, 2, 3, 4), { minLength: 9, maxLength: 9 });
  const ratingIndex = (scores: Score[]) => {
    const result = calculateRating(statements(scores));
    if (result.kind !== "complete") throw new Error("expected complete");
    return { percent: result.percent, index: CQC_LA_BANDS.findIndex((band) => band.rating === result.rating) };
  };

  it("raising any score never lowers the percentage or the rating", () => {
    fc.assert(
      fc.property(nineScores, fc.integer({ min: 0, max: 8 }), (scores, at) => {
        fc.pre(scores[at]! < 4);
        const raised = scores.map((score, index) => (index === at ? ((score + 1) as Score) : score));
        expect(ratingIndex(raised).percent).toBeGreaterThanOrEqual(ratingIndex(scores).percent);
        expect(ratingIndex(raised).index).toBeGreaterThanOrEqual(ratingIndex(scores).index);
      }),
    );
  });

  it("keeps the percentage between 25 and 100", () => {
    fc.assert(
      fc.property(nineScores, (scores) => {
        const { percent } = ratingIndex(scores);
        expect(percent).toBeGreaterThanOrEqual(25);
        expect(percent).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("does not depend on the order of the statements", () => {
    fc.assert(
      fc.property(nineScores, (scores) => {
        expect(ratingIndex([...scores].reverse())).toEqual(ratingIndex(scores));
      }),
    );
  });
});

describe("what would move us up a band", () => {
  it("finds the fewest points and, among them, the fewest statements to change", () => {
    // 22/36 = 61% Requires improvement; one point more is 23/36 = 64% Good.
    const scores = statements([2, 2, 2, 2, 3, 3, 3, 3, 2]) as { key: string; score: Score }[];
    const result = changesToNextBand(scores);
    expect(result).toMatchObject({ nextRating: "Good", pointsNeeded: 1 });
    // Every option raises one statement by one step, lowest scores first.
    expect(result!.options[0]).toEqual([{ key: "q1", from: 2, to: 3 }]);
    expect(result!.options.every((option) => option.length === 1 && option[0]!.to - option[0]!.from === 1)).toBe(true);
    expect(result!.options).toHaveLength(9);
  });

  it("every option it offers really reaches the next band", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Score>(1, 2, 3, 4), { minLength: 9, maxLength: 9 }), (raw) => {
        const scores = raw.map((score, index) => ({ key: KEYS[index]!, score }));
        const result = changesToNextBand(scores, CQC_LA_BANDS, 10);
        if (!result) return;
        for (const option of result.options) {
          const changed = scores.map((statement) => ({
            ...statement,
            score: option.find((change) => change.key === statement.key)?.to ?? statement.score,
          }));
          expect(calculateRating(changed)).toMatchObject({ rating: result.nextRating });
        }
      }),
      { numRuns: 200 },
    );
  });

  it("has nothing to offer at the top", () => {
    expect(changesToNextBand(statements(withTotal(36)) as { key: string; score: Score }[])).toBeNull();
  });
});

describe("the earlier per-category method, as a suggestion", () => {
  it("converts category scores to a statement score through the same bands", () => {
    expect(suggestedScoreFromCategories([3, 3, 2, 3])).toEqual({ percent: 69, score: 3 });
    expect(suggestedScoreFromCategories([2, 2, 2, 3])).toEqual({ percent: 56, score: 2 });
    expect(suggestedScoreFromCategories([4, 4, 4, 3])).toEqual({ percent: 94, score: 4 });
    expect(suggestedScoreFromCategories([1, 1, 2, 1])).toEqual({ percent: 31, score: 1 });
    expect(suggestedScoreFromCategories([])).toBeNull();
  });
});

describe("theme averages", () => {
  it("average the scored statements to one decimal place", () => {
    expect(themeAverage([3, 2, null])).toBe(2.5);
    expect(themeAverage([3, 3, 4])).toBe(3.3);
    expect(themeAverage([null, null])).toBeNull();
  });
});
