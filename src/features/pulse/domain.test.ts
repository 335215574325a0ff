import { describe, expect, it } from "vitest";
import {
  confidenceResults,
  groupFigures,
  inSentence,
  isCompletePulse,
  periodLabel,
  periodOf,
  pulseLinkState,
  readScores,
  sessionConfidence,
  type ConfidenceAnswer,
} from "./domain";

const themes = [
  { key: "working-with-people", name: "Working with people" },
  { key: "leadership", name: "Leadership" },
];
const answer = (people: number, leadership = people) => ({ scores: { "working-with-people": people, leadership } });
const many = (count: number, score = 4) => Array.from({ length: count }, () => answer(score));

describe("groupFigures", () => {
  it("hides a group of 4 answers entirely, count included, and shows a group of 5", () => {
    expect(groupFigures(many(4), themes)).toEqual({ status: "suppressed" });
    expect(groupFigures(many(5), themes)).toMatchObject({ status: "shown", answers: 5 });
    expect(groupFigures([], themes)).toEqual({ status: "none" });
  });

  it("gives the shares of low (1–2), middle (3) and confident (4–5) scores and the mean, per theme and overall", () => {
    const figures = groupFigures([answer(1, 5), answer(2, 5), answer(3, 5), answer(4, 3), answer(5, 3)], themes);
    if (figures.status !== "shown") throw new Error("expected figures");
    expect(figures.themes[0]).toEqual({
      key: "working-with-people",
      name: "Working with people",
      suppressed: false,
      answers: 5,
      mean: 3,
      low: 0.4,
      middle: 0.2,
      confident: 0.4,
    });
    expect(figures.themes[1]).toMatchObject({ mean: 4.2, low: 0, middle: 0.4, confident: 0.6 });
    // Across both themes: 10 scores, 5 of them 4 or 5.
    expect(figures.overall).toMatchObject({ confident: 0.5, middle: 0.3, low: 0.2, mean: 3.6 });
  });

  it("hides a theme with fewer than 5 scores inside a group that is shown", () => {
    const figures = groupFigures(
      [...many(3), { scores: { "working-with-people": 4 } }, { scores: { "working-with-people": 2 } }],
      themes,
    );
    if (figures.status !== "shown") throw new Error("expected figures");
    expect(figures.themes[0]).toMatchObject({ suppressed: false, answers: 5 });
    expect(figures.themes[1]).toEqual({ ...themes[1], suppressed: true });
  });
});

describe("sessionConfidence", () => {
  it("splits a session's answers into before and after, each suppressed below 5", () => {
    const result = sessionConfidence(
      [
        ...many(4).map((a) => ({ ...a, moment: "before" as const })),
        ...many(6, 5).map((a) => ({ ...a, moment: "after" as const })),
      ],
      themes,
    );
    expect(result.before).toEqual({ status: "suppressed" });
    expect(result.after).toMatchObject({ status: "shown", answers: 6, overall: { confident: 1 } });
  });
});

describe("periods", () => {
  it("are calendar months on a London clock", () => {
    // 23:30 UTC on 31 March 2026 is 00:30 on 1 April in London (summer time).
    expect(periodOf(new Date("2026-03-31T23:30:00Z"))).toBe("2026-04");
    // In winter London is on UTC: 23:30 on 30 November is still November.
    expect(periodOf(new Date("2026-11-30T23:30:00Z"))).toBe("2026-11");
    expect(periodLabel("2026-11")).toBe("November 2026");
  });
});

const at = (iso: string) => new Date(iso);
function answers(
  team: string,
  date: string,
  moment: "before" | "after",
  count: number,
  score = 4,
  sessionId?: string,
): ConfidenceAnswer[] {
  return many(count, score).map((a) => ({ ...a, team, sessionDate: at(date), moment, sessionId }));
}

describe("confidenceResults", () => {
  it("groups by team, month and moment, with each team's overall before and after", () => {
    const results = confidenceResults(
      [
        ...answers("South", "2026-10-05T09:00:00Z", "before", 5, 2),
        ...answers("North", "2026-10-05T09:00:00Z", "before", 6, 2),
        ...answers("North", "2026-10-05T09:00:00Z", "after", 5, 5),
        ...answers("North", "2026-11-02T10:00:00Z", "after", 7, 4),
      ],
      themes,
    );
    expect(results.map((result) => result.team)).toEqual(["North", "South"]);
    const north = results[0]!;
    expect(north.periods.map((period) => period.label)).toEqual(["October 2026", "November 2026"]);
    expect(north.periods[0]!.before).toMatchObject({ status: "shown", answers: 6, overall: { low: 1 } });
    expect(north.periods[1]!.before).toEqual({ status: "none" });
    expect(north.overall.before).toMatchObject({ status: "shown", answers: 6, overall: { confident: 0 } });
    expect(north.overall.after).toMatchObject({ status: "shown", answers: 12, overall: { confident: 1 } });
  });

  it("suppresses a month of 4 answers and shows one of 5", () => {
    const [north, south] = confidenceResults(
      [
        ...answers("North", "2026-10-05T09:00:00Z", "after", 4),
        ...answers("South", "2026-10-05T09:00:00Z", "after", 5),
      ],
      themes,
    );
    expect(north!.periods[0]!.after).toEqual({ status: "suppressed" });
    expect(north!.overall.after).toEqual({ status: "suppressed" });
    expect(south!.periods[0]!.after).toMatchObject({ status: "shown", answers: 5 });
    expect(south!.overall.after).toMatchObject({ status: "shown", answers: 5 });
  });

  it("hides a month of 5 when the team's total less it would give away a month of 4", () => {
    const [north] = confidenceResults(
      [
        ...answers("North", "2026-10-05T09:00:00Z", "after", 4),
        ...answers("North", "2026-11-05T09:00:00Z", "after", 5),
      ],
      themes,
    );
    expect(north!.periods.map((period) => period.after)).toEqual([{ status: "suppressed" }, { status: "suppressed" }]);
    expect(north!.overall.after).toMatchObject({ status: "shown", answers: 9 });
  });

  it("hides the smallest month still shown when the hidden months could be worked out from the total", () => {
    const results = confidenceResults(
      [
        ...answers("North", "2026-09-05T09:00:00Z", "after", 7),
        ...answers("North", "2026-10-05T09:00:00Z", "after", 6),
        ...answers("North", "2026-11-05T09:00:00Z", "after", 3),
      ],
      themes,
    );
    const statuses = results[0]!.periods.map((period) => period.after.status);
    expect(statuses).toEqual(["shown", "suppressed", "suppressed"]);
    expect(results[0]!.overall.after.status).toBe("shown");
  });

  it("leaves the months alone when what is hidden is 5 or more answers", () => {
    const results = confidenceResults(
      [
        ...answers("North", "2026-09-05T09:00:00Z", "after", 7),
        ...answers("North", "2026-10-05T09:00:00Z", "after", 3),
        ...answers("North", "2026-11-05T09:00:00Z", "after", 2),
        ...answers("North", "2026-12-05T09:00:00Z", "after", 6),
      ],
      themes,
    );
    expect(results[0]!.periods.map((period) => period.after.status)).toEqual([
      "shown",
      "suppressed",
      "suppressed",
      "shown",
    ]);
  });

  it("hides a month whose answers from sessions too small to show number 1 to 4", () => {
    // The large session's page shows its own 6 answers; the month's 8 less those would be the other session's 2.
    const results = confidenceResults(
      [
        ...answers("North", "2026-10-05T09:00:00Z", "after", 6, 4, "a"),
        ...answers("North", "2026-10-20T09:00:00Z", "after", 2, 1, "b"),
      ],
      themes,
    );
    expect(results[0]!.periods[0]!.after).toEqual({ status: "suppressed" });
    expect(results[0]!.overall.after).toEqual({ status: "suppressed" });
    // With 5 answers from small sessions together, nothing single can be picked out.
    const together = confidenceResults(
      [
        ...answers("North", "2026-10-05T09:00:00Z", "after", 6, 4, "a"),
        ...answers("North", "2026-10-20T09:00:00Z", "after", 2, 1, "b"),
        ...answers("North", "2026-10-21T09:00:00Z", "after", 3, 1, "c"),
      ],
      themes,
    );
    expect(together[0]!.periods[0]!.after).toMatchObject({ status: "shown", answers: 11 });
  });
});

describe("pulseLinkState", () => {
  const link = { closedAt: null, expiresAt: at("2026-11-27T17:00:00Z"), answerCount: 3, maxAnswers: 60 };
  it("is closed, expired, full or open, in that order", () => {
    const now = at("2026-11-25T12:00:00Z");
    expect(pulseLinkState(link, now)).toBe("open");
    expect(pulseLinkState({ ...link, answerCount: 60 }, now)).toBe("full");
    expect(pulseLinkState(link, at("2026-11-27T17:00:00Z"))).toBe("expired");
    expect(pulseLinkState({ ...link, closedAt: now, answerCount: 60 }, now)).toBe("closed");
  });
});

describe("scores", () => {
  const keys = themes.map((theme) => theme.key);
  it("are complete only with one whole score from 1 to 5 for every theme and nothing else", () => {
    expect(isCompletePulse({ "working-with-people": 1, leadership: 5 }, keys)).toBe(true);
    expect(isCompletePulse({ "working-with-people": 1 }, keys)).toBe(false);
    expect(isCompletePulse({ "working-with-people": 1, leadership: 5, other: 3 }, keys)).toBe(false);
    expect(isCompletePulse({ "working-with-people": 0, leadership: 5 }, keys)).toBe(false);
    expect(isCompletePulse({ "working-with-people": 6, leadership: 5 }, keys)).toBe(false);
    expect(isCompletePulse({ "working-with-people": 2.5, leadership: 5 }, keys)).toBe(false);
    expect(isCompletePulse({ "working-with-people": "3", leadership: 5 }, keys)).toBe(false);
  });

  it("read from storage keep only real scores", () => {
    expect(readScores({ a: 3, b: "4", c: 9 })).toEqual({ a: 3 });
    expect(readScores(null)).toEqual({});
    expect(readScores([1, 2])).toEqual({});
  });

  it("name themes in a sentence in lower case", () => {
    expect(inSentence("Working with people")).toBe("working with people");
    expect(inSentence("CQC themes")).toBe("CQC themes");
  });
});
