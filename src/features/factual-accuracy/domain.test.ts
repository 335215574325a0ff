import { describe, expect, it } from "vitest";
import { describeWorkingDaysLeft, outcomeCounts, workingDaysLeft } from "./domain";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("working days left for factual accuracy comments", () => {
  it("count working days to the deadline, skipping weekends and the Christmas bank holidays", () => {
    // Deadline Wednesday 6 January 2027; 25 and 28 December and 1 January are bank holidays.
    expect(workingDaysLeft(day("2027-01-06"), new Date("2026-12-18T10:00:00Z"))).toBe(10);
    expect(workingDaysLeft(day("2027-01-06"), new Date("2026-12-24T10:00:00Z"))).toBe(6);
    expect(workingDaysLeft(day("2027-01-06"), new Date("2027-01-05T10:00:00Z"))).toBe(1);
    expect(workingDaysLeft(day("2027-01-06"), new Date("2027-01-06T16:00:00Z"))).toBe(0);
    expect(workingDaysLeft(day("2027-01-06"), new Date("2027-01-08T10:00:00Z"))).toBe(-2);
  });

  it("use the London day: 11:30pm UTC in summer is already the next day", () => {
    expect(workingDaysLeft(day("2026-07-03"), new Date("2026-07-02T23:30:00Z"))).toBe(0);
    expect(workingDaysLeft(day("2026-07-03"), new Date("2026-07-02T22:30:00Z"))).toBe(1);
  });

  it("are described plainly", () => {
    expect([0, 1, 4, -1, -3].map(describeWorkingDaysLeft)).toEqual([
      "Due today",
      "1 working day left",
      "4 working days left",
      "1 working day overdue",
      "3 working days overdue",
    ]);
  });

  it("count outcomes", () => {
    expect(outcomeCounts([{ outcome: "accepted" }, { outcome: "pending" }, { outcome: "accepted" }])).toEqual({
      pending: 1,
      accepted: 2,
      partly_accepted: 0,
      not_accepted: 0,
    });
  });
});
