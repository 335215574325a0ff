import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isoDay, ukToday } from "./calendar";

describe("ukToday", () => {
  it("is the London calendar day, an hour ahead of UTC in summer", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    expect(isoDay(ukToday(new Date("2026-06-30T23:30:00Z")))).toBe("2026-07-01");
    // In winter London is on UTC.
    expect(isoDay(ukToday(new Date("2026-11-24T23:30:00Z")))).toBe("2026-11-24");
  });
});

describe("daysBetween", () => {
  it("counts whole days either way", () => {
    const day = new Date("2026-11-24T00:00:00Z");
    expect(daysBetween(day, addDays(day, 3))).toBe(3);
    expect(daysBetween(addDays(day, 3), day)).toBe(-3);
    // Across the clocks going back (25 October 2026) the count stays whole.
    expect(daysBetween(new Date("2026-10-24T00:00:00Z"), new Date("2026-10-26T00:00:00Z"))).toBe(2);
  });
});
