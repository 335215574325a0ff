import { describe, expect, it } from "vitest";
import { daysLeft, itemDueDate, progressOf, returnDueDate } from "./domain";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("information return dates", () => {
  it("are due three weeks after notification unless CQC gave the item its own date", () => {
    expect(returnDueDate(day("2026-11-02"))).toEqual(day("2026-11-23"));
    expect(itemDueDate(null, day("2026-11-02"))).toEqual(day("2026-11-23"));
    expect(itemDueDate(day("2026-11-16"), day("2026-11-02"))).toEqual(day("2026-11-16"));
    expect(returnDueDate(null)).toBeNull();
  });

  it("count whole days left, negative when overdue", () => {
    expect(daysLeft(day("2026-11-30"), new Date("2026-11-24T15:00:00Z"))).toBe(6);
    expect(daysLeft(day("2026-11-24"), new Date("2026-11-24T23:00:00Z"))).toBe(0);
    expect(daysLeft(day("2026-11-20"), new Date("2026-11-24T09:00:00Z"))).toBe(-4);
  });

  it("sum up progress; submitted items are never overdue", () => {
    const due = day("2026-11-20");
    const now = new Date("2026-11-24T09:00:00Z");
    expect(
      progressOf(
        [
          { status: "ready", due },
          { status: "submitted", due },
          { status: "not_started", due: null },
        ],
        now,
      ),
    ).toEqual({
      counts: { not_started: 1, in_progress: 0, ready: 1, submitted: 1 },
      overdue: 1,
      total: 3,
    });
  });
});
