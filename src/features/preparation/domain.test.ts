import { describe, expect, it } from "vitest";
import { drawBalancedSet, linesOf, sessionStatus } from "./domain";

function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const bank = [
  ...Array.from({ length: 6 }, (_, index) => ({ id: `safe-${index}`, statementKeys: ["safeguarding"] })),
  ...Array.from({ length: 6 }, (_, index) => ({ id: `safe-sys-${index}`, statementKeys: ["safe-systems"] })),
  { id: "both", statementKeys: ["safeguarding", "safe-systems"] },
  { id: "one-need", statementKeys: ["assessing-needs"] },
];

describe("drawBalancedSet", () => {
  it("takes the same number from each chosen statement", () => {
    const drawn = drawBalancedSet(bank, {
      statementKeys: ["safeguarding", "safe-systems"],
      count: 6,
      random: sequence(1),
    });
    expect(drawn).toHaveLength(6);
    const fromSafeguarding = drawn.filter(
      (question) => question.statementKeys.includes("safeguarding") && !question.statementKeys.includes("safe-systems"),
    );
    const fromSystems = drawn.filter(
      (question) => question.statementKeys.includes("safe-systems") && !question.statementKeys.includes("safeguarding"),
    );
    expect(Math.abs(fromSafeguarding.length - fromSystems.length)).toBeLessThanOrEqual(1);
  });

  it("never draws a question twice, even one mapped to two chosen statements", () => {
    for (let seed = 1; seed < 50; seed += 1) {
      const drawn = drawBalancedSet(bank, {
        statementKeys: ["safeguarding", "safe-systems"],
        count: 13,
        random: sequence(seed),
      });
      expect(new Set(drawn.map((question) => question.id)).size).toBe(drawn.length);
      expect(drawn).toHaveLength(13);
    }
  });

  it("gives a short statement's turn to the others and stops when the bank runs out", () => {
    const drawn = drawBalancedSet(bank, {
      statementKeys: ["assessing-needs", "safeguarding"],
      count: 5,
      random: sequence(3),
    });
    expect(drawn.map((question) => question.id)).toContain("one-need");
    expect(drawn).toHaveLength(5);
    expect(drawBalancedSet(bank, { statementKeys: ["assessing-needs"], count: 5 })).toHaveLength(1);
  });

  it("leaves out questions already in the session", () => {
    const exclude = new Set(["safe-0", "safe-1", "safe-2"]);
    const drawn = drawBalancedSet(bank, { statementKeys: ["safeguarding"], count: 10, exclude, random: sequence(9) });
    expect(drawn.map((question) => question.id).sort()).toEqual(["both", "safe-3", "safe-4", "safe-5"]);
  });

  it("differs between draws, so two sessions need not ask the same questions", () => {
    const first = drawBalancedSet(bank, { statementKeys: ["safeguarding"], count: 3, random: sequence(1) }).map(
      (question) => question.id,
    );
    const second = drawBalancedSet(bank, { statementKeys: ["safeguarding"], count: 3, random: sequence(2) }).map(
      (question) => question.id,
    );
    expect(first).not.toEqual(second);
  });
});

describe("linesOf", () => {
  it("keeps each non-blank line once, trimmed", () => {
    expect(linesOf(" Asha Patel \r\n\nSam Jones\nasha patel\n  ")).toEqual(["Asha Patel", "Sam Jones"]);
  });
});

describe("sessionStatus", () => {
  const now = new Date("2026-11-24T12:00:00Z");
  it("is planned before it starts, to record once it has, recorded when recorded", () => {
    expect(sessionStatus({ startsAt: new Date("2026-11-25T09:00:00Z"), recordedAt: null }, now)).toBe("planned");
    expect(sessionStatus({ startsAt: new Date("2026-11-24T09:00:00Z"), recordedAt: null }, now)).toBe("to_record");
    expect(sessionStatus({ startsAt: new Date("2026-11-24T09:00:00Z"), recordedAt: now }, now)).toBe("recorded");
  });
});
