import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./date";

describe("dates shown to users", () => {
  it("are written the way councils write them", () => {
    expect(formatDate(new Date("2026-11-24T12:00:00Z"))).toBe("24 November 2026");
  });

  it("follow UK summer time: 23:30 UTC in July is already the next day in London", () => {
    expect(formatDate(new Date("2026-07-14T23:30:00Z"))).toBe("15 July 2026");
    expect(formatDateTime(new Date("2026-07-14T23:30:00Z"))).toBe("15 July 2026, 12:30am");
  });

  it("do not shift in winter, when London is on UTC", () => {
    expect(formatDate(new Date("2026-12-14T23:30:00Z"))).toBe("14 December 2026");
    expect(formatDateTime(new Date("2026-12-14T14:05:00Z"))).toBe("14 December 2026, 2:05pm");
  });
});
