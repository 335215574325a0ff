import { describe, expect, it } from "vitest";
import {
  addDays,
  isRealIsoDay,
  addWorkingDays,
  daysBetween,
  isWorkingDay,
  isoDay,
  londonInstant,
  londonWallClock,
  ukToday,
} from "./calendar";
import { BANK_HOLIDAYS_KNOWN_UNTIL } from "./bank-holidays";

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

describe("London wall-clock times", () => {
  it("reads a summer time as an hour ahead of UTC and a winter time as UTC", () => {
    expect(londonInstant("2026-07-01", "09:30").toISOString()).toBe("2026-07-01T08:30:00.000Z");
    expect(londonInstant("2026-11-24", "09:30").toISOString()).toBe("2026-11-24T09:30:00.000Z");
  });

  it("round-trips through the wall clock, including just after midnight in summer", () => {
    for (const [day, time] of [
      ["2026-06-15", "00:15"],
      ["2026-12-31", "23:59"],
      ["2026-03-29", "03:00"],
    ] as const) {
      expect(londonWallClock(londonInstant(day, time))).toEqual({ day, time });
    }
  });

  it("moves a time that the clocks skip to the hour after", () => {
    // 29 March 2026: clocks go from 01:00 to 02:00.
    expect(londonInstant("2026-03-29", "01:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(londonWallClock(londonInstant("2026-03-29", "01:30")).time).toBe("02:30");
  });
});

describe("working days in England", () => {
  it("skips weekends and bank holidays, counting from the day after", () => {
    // Friday 18 December 2026 + 10 working days: Christmas Day, the substitute Boxing Day (28th) and New Year's Day are skipped.
    expect(isoDay(addWorkingDays(new Date("2026-12-18T00:00:00Z"), 10))).toBe("2027-01-06");
    // Thursday 2 April 2026 + 1: Good Friday and Easter Monday are holidays.
    expect(isoDay(addWorkingDays(new Date("2026-04-02T00:00:00Z"), 1))).toBe("2026-04-07");
    expect(isoDay(addWorkingDays(new Date("2026-11-23T00:00:00Z"), 10))).toBe("2026-12-07");
  });

  it("knows every bank holiday up to the end of the list, which must be extended before it runs out", () => {
    expect(isWorkingDay(new Date("2027-12-27T00:00:00Z"))).toBe(false);
    expect(isWorkingDay(new Date("2026-08-31T00:00:00Z"))).toBe(false);
    expect(isWorkingDay(new Date("2026-11-25T00:00:00Z"))).toBe(true);
    // Two years' notice: this fails in 2027, time to add 2029 and 2030 from gov.uk.
    expect(BANK_HOLIDAYS_KNOWN_UNTIL > `${new Date().getUTCFullYear() + 1}-12-31`).toBe(true);
  });
});

describe("isRealIsoDay", () => {
  it("accepts real days written yyyy-mm-dd, leap days included, and nothing else", () => {
    expect(isRealIsoDay("2026-03-14")).toBe(true);
    expect(isRealIsoDay("2028-02-29")).toBe(true);
    for (const value of ["2026/13/01", "2026-13-01", "2026-02-29", "2026-02-31", "14/03/2026", "", null, 20260314])
      expect(isRealIsoDay(value), String(value)).toBe(false);
  });
});
