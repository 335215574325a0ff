import { describe, expect, it } from "vitest";
import { describeChange } from "./domain";

describe("a change that would move the council up a band, in words", () => {
  const change = { key: "safeguarding", from: 2 as const, to: 3 as const };

  it("says how near the statement's evidence category scores already are", () => {
    expect(describeChange("7. Safeguarding", { ...change, distance: 0, evidenceGaps: [] })).toBe(
      "7. Safeguarding from 2 to 3: its evidence category scores already reach a 3.",
    );
    expect(describeChange("7. Safeguarding", { ...change, distance: 6, evidenceGaps: [] })).toBe(
      "7. Safeguarding from 2 to 3: its evidence category scores are 6 percentage points short of a 3.",
    );
    expect(describeChange("7. Safeguarding", { ...change, distance: null, evidenceGaps: [] })).toBe(
      "7. Safeguarding from 2 to 3: its evidence categories are not scored yet.",
    );
  });

  it("names the evidence categories with nothing in them", () => {
    expect(
      describeChange("7. Safeguarding", { ...change, distance: 0, evidenceGaps: ["People's experience", "Partners"] }),
    ).toBe(
      "7. Safeguarding from 2 to 3: its evidence category scores already reach a 3; no evidence yet for People's experience and Partners.",
    );
  });
});
