import { describe, expect, it } from "vitest";
import { countWords, EMPTY_CONTENT, isEditable, nextStatus, scoredButNotAgreed } from "./domain";
import { scoresNotAgreedNote } from "@/features/rating/domain";

const scored = { ...EMPTY_CONTENT, score: 3 as const };

describe("the review path", () => {
  it("lets a scored statement in progress be submitted, then agreed, then reopened", () => {
    expect(nextStatus("submit", "in_progress", scored)).toEqual({ status: "ready_for_review" });
    expect(nextStatus("agree", "ready_for_review", scored)).toEqual({ status: "agreed" });
    expect(nextStatus("reopen", "agreed", scored)).toEqual({ status: "in_progress" });
    expect(nextStatus("reopen", "ready_for_review", scored)).toEqual({ status: "in_progress" });
  });

  it("refuses steps out of order, saying why", () => {
    expect(nextStatus("submit", "in_progress", EMPTY_CONTENT)).toEqual({
      refused: "Choose a score before submitting the statement for review.",
    });
    expect(nextStatus("agree", "in_progress", scored)).toHaveProperty("refused");
    expect(nextStatus("submit", "agreed", scored)).toHaveProperty("refused");
    expect(nextStatus("reopen", "not_started", scored)).toHaveProperty("refused");
  });

  it("keeps an agreed statement read-only", () => {
    expect(isEditable("agreed")).toBe(false);
    expect(isEditable("ready_for_review")).toBe(true);
  });
});

describe("word counts", () => {
  it("count words separated by any white space", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("  one\ttwo\n\nthree  ")).toBe(3);
  });
});

describe("scores the rating counts before they are agreed", () => {
  it("names the scored statements in progress or ready for review, not agreed or unscored ones", () => {
    const names = scoredButNotAgreed([
      { number: 1, name: "Assessing needs", status: "agreed", score: 3 },
      { number: 2, name: "Supporting people to live healthier lives", status: "ready_for_review", score: 2 },
      { number: 7, name: "Safeguarding", status: "in_progress", score: 3 },
      { number: 9, name: "Learning, improvement and innovation", status: "in_progress", score: null },
    ]);
    expect(names).toEqual([
      "2. Supporting people to live healthier lives (ready for review)",
      "7. Safeguarding (in progress)",
    ]);
    expect(scoresNotAgreedNote(names)).toBe(
      "This counts the scores of 2 statements not yet agreed, so it may change when they are reviewed: 2. Supporting people to live healthier lives (ready for review); 7. Safeguarding (in progress).",
    );
    expect(scoresNotAgreedNote([])).toBeNull();
  });
});
