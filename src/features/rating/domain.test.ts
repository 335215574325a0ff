import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  rankedRoutesToNextBand,
  bandFor,
  calculateRating,
  changesToNextBand,
  CQC_LA_BANDS,
  describeSignificantShortfalls,
  percentOf,
  suggestedScoreFromCategories,
  themeAverage,
  type Score,
  type StatementReadiness,
  type StatementScore,
} from "./domain";

const KEYS = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9"];
const statements = (scores: (Score | null)[]): StatementScore[] =>
  scores.map((score, index) => ({ key: KEYS[index]!, score }));
/** Nine scores adding up to `total` (9–36), spread as evenly as possible. */
const withTotal = (total: number): Score[] =>
  KEYS.map((_, index) => (Math.floor(total / 9) + (index < total % 9 ? 1 : 0)) as Score);

describe("the indicative rating", () => {
  // CQC publishes the percentage rounded up (see domain.ts). 13, 22 and 31 were 36, 61 and 86 under
  // ordinary rounding; rounded up they are 37, 62 and 87, as Medway's 21/36 was published as 59.
  it.each([
    [9, 25, "Inadequate"],
    [13, 37, "Inadequate"],
    [14, 39, "Requires improvement"],
    [22, 62, "Requires improvement"],
    [23, 64, "Good"],
    [31, 87, "Good"],
    [32, 89, "Outstanding"],
    [36, 100, "Outstanding"],
  ] as const)("a total of %i out of 36 is %i%%, %s", (total, percent, rating) => {
    const result = calculateRating(statements(withTotal(total)));
    expect(result).toMatchObject({ kind: "complete", total, percent, rating });
  });

  // 22/36 was 61 under ordinary rounding; rounded up it is 62, the way York's 14/36 (38.9%) was published as 39.
  it("rounds the percentage up before reading the band: 22/36 = 61.1% → 62% Requires improvement, 23/36 = 63.9% → 64% Good", () => {
    expect(percentOf(22, 9)).toBe(62);
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
    expect(result).toEqual({
      kind: "partial",
      total: 21,
      maxTotal: 28,
      percent: 75,
      scored: 7,
      unscored: 2,
      significantShortfalls: [],
    });
    expect(calculateRating(statements(Array<Score | null>(9).fill(null)))).toEqual({
      kind: "unscored",
      scored: 0,
      unscored: 9,
      significantShortfalls: [],
    });
  });

  it("says where the council sits in its band and how far the next band is", () => {
    // 30/36 = 83.3% → 84%: upper Good, two points from Outstanding (31/36 → 87% is still Good; 32/36 → 89%).
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
  // The 75 councils' published outcomes (see prisma/reference/README.md): this replaces the six-council
  // file, whose percentages for Kent and County Durham had been worked out, not published.
  const published = JSON.parse(
    readFileSync(path.join(process.cwd(), "prisma/reference/la-published-outcomes.json"), "utf8"),
  ) as {
    rows: { council: string; overallRating: string; qs: Score[]; total: number; publishedPercent: number | null }[];
  };
  const withPercent = published.rows.filter((row) => row.publishedPercent !== null);

  it("holds 75 councils, eight of them with a published percentage", () => {
    expect(published.rows).toHaveLength(75);
    expect(withPercent.map((row) => [row.council, row.total, row.publishedPercent])).toEqual([
      ["City of York Council", 14, 39],
      ["Hertfordshire County Council", 28, 78],
      ["Lancashire County Council", 18, 50],
      ["London Borough of Camden", 32, 89],
      ["Medway Council", 21, 59],
      ["Norfolk County Council", 20, 56],
      ["Plymouth City Council", 24, 67],
      ["Staffordshire County Council", 27, 75],
    ]);
  });

  it.each(withPercent)("reproduces the published $publishedPercent% of $council", (row) => {
    expect(calculateRating(statements(row.qs))).toMatchObject({ kind: "complete", percent: row.publishedPercent });
  });

  it("would not reproduce Medway's 59% by ordinary rounding, which is why the engine rounds up", () => {
    expect(Math.round((21 / 36) * 100)).toBe(58);
    expect(percentOf(21, 9)).toBe(59);
  });

  // The bands are applied to the published (rounded-up) percentage: each council's published rating
  // must be the band of the engine's percentage for its nine scores.
  it.each(published.rows)("gives $council the published rating $overallRating", (row) => {
    expect(row.qs.reduce((sum, score) => sum + score, 0)).toBe(row.total);
    expect(calculateRating(statements(row.qs))).toMatchObject({ kind: "complete", rating: row.overallRating });
  });
});

describe("the published percentage, rounded up in whole numbers", () => {
  it("equals the smallest whole number at or above total × 100 / maximum, for every possible total", () => {
    // Checked against exact rational comparison: p is right when (p − 1) × max < total × 100 ≤ p × max.
    for (let statements = 1; statements <= 12; statements++) {
      for (let total = 0; total <= statements * 4; total++) {
        const percent = percentOf(total, statements);
        const max = statements * 4;
        expect((percent - 1) * max < total * 100 && total * 100 <= percent * max, `${total}/${max}`).toBe(true);
      }
    }
  });

  it("keeps exact figures as they are (18/36 = 50%, 27/36 = 75%, 36/36 = 100%)", () => {
    expect([percentOf(18, 9), percentOf(27, 9), percentOf(36, 9)]).toEqual([50, 75, 100]);
  });

  it("refuses what is not a count of points", () => {
    expect(() => percentOf(20.5, 9)).toThrow(RangeError);
    expect(() => percentOf(20, 0)).toThrow(RangeError);
    expect(() => percentOf(-1, 9)).toThrow(RangeError);
  });
});

describe("a statement scored 1 is a warning of its own", () => {
  // Hull (October 2025): Assessing needs and Supporting people to live healthier lives scored 1,
  // Partnerships and communities and Safeguarding 3, the other five 2: 2 + 6 + 10 = 18/36 = 50%,
  // Requires improvement, and CQC notified the Department of Health and Social Care.
  const hull: StatementScore[] = [
    { key: "assessing-needs", name: "1. Assessing needs", score: 1 },
    { key: "supporting-healthier-lives", name: "2. Supporting people to live healthier lives", score: 1 },
    { key: "equity-in-experience-and-outcomes", name: "3. Equity in experience and outcomes", score: 2 },
    { key: "care-provision-integration-continuity", name: "4. Care provision, integration and continuity", score: 2 },
    { key: "partnerships-and-communities", name: "5. Partnerships and communities", score: 3 },
    { key: "safe-systems-pathways-transitions", name: "6. Safe systems, pathways and transitions", score: 2 },
    { key: "safeguarding", name: "7. Safeguarding", score: 3 },
    { key: "governance-management-sustainability", name: "8. Governance, management and sustainability", score: 2 },
    { key: "learning-improvement-innovation", name: "9. Learning, improvement and innovation", score: 2 },
  ];

  it("names the statements scored 1 even when the overall rating is Requires improvement", () => {
    const result = calculateRating(hull);
    expect(result).toMatchObject({ kind: "complete", total: 18, percent: 50, rating: "Requires improvement" });
    expect(result.significantShortfalls).toEqual([
      { key: "assessing-needs", name: "1. Assessing needs" },
      { key: "supporting-healthier-lives", name: "2. Supporting people to live healthier lives" },
    ]);
    expect(describeSignificantShortfalls(result.significantShortfalls)).toBe(
      "1. Assessing needs and 2. Supporting people to live healthier lives are scored 1: evidence shows " +
        "significant shortfalls. CQC has referred councils with a statement scored 1 to the Department of " +
        "Health and Social Care, even when they were rated Requires improvement overall.",
    );
  });

  it("flags a single 1 inside a Good rating, and before every statement is scored", () => {
    const good = statements([1, 4, 4, 3, 3, 3, 3, 3, 3]); // 27/36 = 75% Good
    const result = calculateRating(good);
    expect(result).toMatchObject({ rating: "Good", significantShortfalls: [{ key: "q1", name: "q1" }] });
    expect(describeSignificantShortfalls(result.significantShortfalls)).toMatch(/^q1 is scored 1: /);
    expect(calculateRating(statements([3, null, 1, 1, null, 2, 2, 2, 2]))).toMatchObject({
      kind: "partial",
      significantShortfalls: [
        { key: "q3", name: "q3" },
        { key: "q4", name: "q4" },
      ],
    });
  });

  it("says nothing when no statement is scored 1", () => {
    const result = calculateRating(statements([2, 2, 2, 2, 2, 2, 2, 2, 2]));
    expect(result.significantShortfalls).toEqual([]);
    expect(describeSignificantShortfalls(result.significantShortfalls)).toBeNull();
  });

  it("lists three or more with commas and a final 'and'", () => {
    const result = calculateRating(statements([1, 1, 1, 2, 2, 2, 2, 2, 2]));
    expect(describeSignificantShortfalls(result.significantShortfalls)).toMatch(/^q1, q2 and q3 are scored 1: /);
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
    // 22/36 → 62% Requires improvement; one point more is 23/36 → 64% Good.
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

describe("the ways up a band, ranked by effort", () => {
  const readiness = (scores: Score[], extra: Record<string, Partial<StatementReadiness>> = {}): StatementReadiness[] =>
    scores.map((score, index) => ({
      key: KEYS[index]!,
      score,
      categoryPercent: null,
      evidenceGaps: [],
      ...extra[KEYS[index]!],
    }));

  it("puts first the statement whose evidence category scores already reach the next score", () => {
    // 22/36 is 62%, Requires improvement: one point reaches Good.
    const scores: Score[] = [2, 2, 2, 2, 3, 3, 3, 3, 2];
    const result = rankedRoutesToNextBand(
      readiness(scores, {
        q9: { categoryPercent: 69 },
        q3: { categoryPercent: 57 },
        q1: { evidenceGaps: ["Partners"] },
      }),
    );
    expect(result).toMatchObject({ nextRating: "Good", pointsNeeded: 1 });
    expect(result!.routes).toHaveLength(3);
    // q9's categories are at 69%, already a 3 (63% and over); q3's are 6 points short of it.
    expect(result!.routes[0]!.changes).toEqual([{ key: "q9", from: 2, to: 3, distance: 0, evidenceGaps: [] }]);
    expect(result!.routes[1]!.changes).toEqual([{ key: "q3", from: 2, to: 3, distance: 6, evidenceGaps: [] }]);
    // A statement with an empty evidence category is never offered ahead of an equal one without.
    const keys = result!.routes.map((route) => route.changes[0]!.key);
    expect(keys).not.toContain("q1");
    expect(result!.more).toBe(6);
  });

  it("offers three different ways, each of the fewest points, that really reach the next band", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Score>(1, 2, 3, 4), { minLength: 9, maxLength: 9 }),
        fc.array(fc.option(fc.integer({ min: 25, max: 100 })), { minLength: 9, maxLength: 9 }),
        (scores, percents) => {
          const statements = readiness(scores).map((statement, index) => ({
            ...statement,
            categoryPercent: percents[index] ?? null,
          }));
          const result = rankedRoutesToNextBand(statements);
          if (!result) return;
          const seen = new Set<string>();
          for (const route of result.routes) {
            expect(route.changes.reduce((sum, change) => sum + change.to - change.from, 0)).toBe(result.pointsNeeded);
            const changed = statements.map((statement) => ({
              ...statement,
              score: route.changes.find((change) => change.key === statement.key)?.to ?? statement.score,
            }));
            expect(calculateRating(changed)).toMatchObject({ rating: result.nextRating });
            const id = JSON.stringify(route.changes.map((change) => [change.key, change.to]));
            expect(seen.has(id)).toBe(false);
            seen.add(id);
          }
          const efforts = result.routes.map((route) => route.effort);
          expect(efforts).toEqual([...efforts].sort((a, b) => a - b));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("has nothing to offer at the top", () => {
    expect(rankedRoutesToNextBand(readiness([4, 4, 4, 4, 4, 4, 4, 4, 4]))).toBeNull();
  });
});

describe("the earlier per-category method, as a suggestion", () => {
  it("converts category scores to a statement score through the same bands", () => {
    expect(suggestedScoreFromCategories([3, 3, 2, 3])).toEqual({ percent: 69, score: 3 });
    // 9/16 = 56.25% and 5/16 = 31.25% were 56 and 31 under ordinary rounding; the engine rounds up
    // as CQC's published percentages do (Medway's 58.33% published as 59%), so 57 and 32.
    expect(suggestedScoreFromCategories([2, 2, 2, 3])).toEqual({ percent: 57, score: 2 });
    expect(suggestedScoreFromCategories([4, 4, 4, 3])).toEqual({ percent: 94, score: 4 });
    expect(suggestedScoreFromCategories([1, 1, 2, 1])).toEqual({ percent: 32, score: 1 });
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
