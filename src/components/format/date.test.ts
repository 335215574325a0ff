import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./date";

// Run with a TZ that is neither UTC nor London (vitest.config.mts sets America/New_York), so a
// format that used the machine's zone would fail here.
describe("dates shown to users", () => {
  it("are written the way councils write them", () => {
    expect(formatDate(new Date("2026-11-24T12:00:00Z"))).toBe("24 November 2026");
    expect(formatDate("2026-11-24T12:00:00Z")).toBe("24 November 2026");
  });

  it("follow UK summer time: 23:30 UTC in July is already the next day in London", () => {
    expect(formatDate(new Date("2026-07-14T23:30:00Z"))).toBe("15 July 2026");
    expect(formatDateTime(new Date("2026-07-14T23:30:00Z"))).toBe("15 July 2026, 12:30am");
  });

  it("do not shift in winter, when London is on UTC", () => {
    expect(formatDate(new Date("2026-12-14T23:30:00Z"))).toBe("14 December 2026");
    expect(formatDateTime(new Date("2026-12-14T23:30:00Z"))).toBe("14 December 2026, 11:30pm");
    expect(formatDateTime(new Date("2026-12-14T14:05:00Z"))).toBe("14 December 2026, 2:05pm");
  });

  it("change over with the clocks: 01:00 UTC on 29 March 2026 is 2am BST", () => {
    expect(formatDateTime("2026-03-29T00:59:00Z")).toBe("29 March 2026, 12:59am");
    expect(formatDateTime("2026-03-29T01:00:00Z")).toBe("29 March 2026, 2:00am");
  });

  it("keep a date-only value on its own day, as date inputs send them", () => {
    expect(formatDate("2026-07-01")).toBe("1 July 2026");
    expect(formatDate("2026-01-01")).toBe("1 January 2026");
  });

  it("write midday as 12pm, not 0pm", () => {
    expect(formatDateTime("2026-11-24T12:00:00Z")).toBe("24 November 2026, 12:00pm");
  });

  it("refuse a value that is not a date rather than print 'Invalid Date'", () => {
    expect(() => formatDate("not a date")).toThrow(RangeError);
  });
});
