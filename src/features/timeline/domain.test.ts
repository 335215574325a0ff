import { describe, expect, it } from "vitest";
import {
  checklistProgress,
  currentPhase,
  daysToGo,
  defaultChecklist,
  describeDaysToGo,
  describeVisitWeeks,
  dueDateOf,
  followsInWords,
  keyDateOf,
  keyDates,
  nextKeyDate,
  type EnteredDate,
  type KeyDateKey,
} from "./domain";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const entered = (key: EnteredDate["key"], date: string, confirmed = false, note = ""): EnteredDate => ({
  key,
  date: day(date),
  confirmedAt: confirmed ? new Date() : null,
  note,
});
/** The key dates of a cycle notified on `notified`, with the default visit setting unless given. */
const timeline = (notified: string | null, dates: EnteredDate[] = [], visitWeeks = 26) =>
  keyDates({ notificationDate: notified ? day(notified) : null, visitWeeks, entered: dates });
const dateOf = (dates: ReturnType<typeof keyDates>, key: KeyDateKey) => iso(keyDateOf(dates, key).date);

describe("key dates", () => {
  it("are worked out from the notification date: return in 3 weeks, visit 26 weeks on, ending two weeks later", () => {
    const dates = timeline("2026-11-02");
    expect(dates.map((item) => item.key)).toEqual([
      "notification",
      "information_return_due",
      "site_visit_start",
      "site_visit_end",
      "draft_report",
      "factual_accuracy_due",
      "publication",
    ]);
    expect(dateOf(dates, "information_return_due")).toBe("2026-11-23");
    expect(dateOf(dates, "site_visit_start")).toBe("2027-05-03");
    expect(dateOf(dates, "site_visit_end")).toBe("2027-05-17");
    expect(keyDateOf(dates, "site_visit_start")).toMatchObject({
      source: "expected",
      rule: "Expected 26 weeks (about 6 months) after notification, the timeline's setting.",
    });
    // Nothing to work the report dates out from until CQC sends the draft.
    expect(keyDateOf(dates, "draft_report")).toMatchObject({ date: null, source: "unknown" });
    expect(keyDateOf(dates, "factual_accuracy_due")).toMatchObject({ date: null, source: "unknown" });
  });

  it("expect the visit as many weeks after notification as the cycle's setting says", () => {
    // CQC's 2023 guidance: 9 weeks.
    const dates = timeline("2026-11-02", [], 9);
    expect(dateOf(dates, "site_visit_start")).toBe("2027-01-04");
    expect(dateOf(dates, "site_visit_end")).toBe("2027-01-18");
    expect(dateOf(dates, "information_return_due")).toBe("2026-11-23");
    expect(keyDateOf(dates, "site_visit_start").rule).toBe(
      "Expected 9 weeks (about 2 months) after notification, the timeline's setting.",
    );
    expect([4, 22, 30, 52].map(describeVisitWeeks)).toEqual([
      "4 weeks",
      "22 weeks (about 5 months)",
      "30 weeks (about 7 months)",
      "52 weeks (about 12 months)",
    ]);
  });

  it("without a notification date, only entered dates are known", () => {
    const dates = timeline(null, [entered("draft_report", "2027-02-01")]);
    expect(dates.filter((item) => item.date).map((item) => item.key)).toEqual(["draft_report", "factual_accuracy_due"]);
  });

  it("take an entered date instead of the worked-out one, and later dates follow it", () => {
    const dates = timeline("2026-11-02", [
      entered("site_visit_start", "2027-02-15", true, "Letter of 1 December"),
      entered("draft_report", "2027-03-01"),
    ]);
    expect(keyDateOf(dates, "site_visit_start")).toMatchObject({ source: "confirmed", note: "Letter of 1 December" });
    expect(dateOf(dates, "site_visit_start")).toBe("2027-02-15");
    // The end follows the start CQC gave, not the notification date.
    expect(dateOf(dates, "site_visit_end")).toBe("2027-03-01");
    expect(keyDateOf(dates, "site_visit_end").source).toBe("expected");
    expect(keyDateOf(dates, "draft_report").source).toBe("entered");
    expect(dateOf(dates, "factual_accuracy_due")).toBe("2027-03-15");
    expect(keyDateOf(dates, "factual_accuracy_due").source).toBe("expected");
    // An entered information return date replaces the three-week rule.
    expect(
      dateOf(timeline("2026-11-02", [entered("information_return_due", "2026-11-30")]), "information_return_due"),
    ).toBe("2026-11-30");
  });

  it("give 10 working days for factual accuracy, skipping Christmas and New Year bank holidays", () => {
    // Draft on Friday 18 December 2026: 25 and 28 December and 1 January are bank holidays.
    const dates = timeline("2026-10-05", [entered("draft_report", "2026-12-18")]);
    expect(dateOf(dates, "factual_accuracy_due")).toBe("2027-01-06");
    // A due date CQC set itself wins over the rule.
    expect(
      dateOf(
        timeline("2026-10-05", [
          entered("draft_report", "2026-12-18"),
          entered("factual_accuracy_due", "2027-01-08", true),
        ]),
        "factual_accuracy_due",
      ),
    ).toBe("2027-01-08");
  });
});

describe("phase of today", () => {
  const dates = timeline("2026-11-02", [entered("draft_report", "2027-06-14"), entered("publication", "2027-08-02")]);
  const at = (instant: string) => currentPhase(dates, new Date(instant));

  it("follows the key dates in order", () => {
    expect(currentPhase(timeline(null), new Date("2026-11-02T12:00:00Z"))).toBeNull();
    expect(at("2026-11-01T12:00:00Z")).toBeNull();
    expect(at("2026-11-02T12:00:00Z")).toBe("notification");
    expect(at("2026-11-23T12:00:00Z")).toBe("information_return");
    expect(at("2026-11-24T12:00:00Z")).toBe("before_visit");
    expect(at("2027-05-02T12:00:00Z")).toBe("before_visit");
    expect(at("2027-05-03T12:00:00Z")).toBe("visit");
    expect(at("2027-05-17T12:00:00Z")).toBe("visit");
    expect(at("2027-05-18T12:00:00Z")).toBe("after_visit");
    expect(at("2027-08-02T12:00:00Z")).toBe("publication");
  });

  it("uses the London day: 11:30pm UTC on 1 July is already 2 July in London", () => {
    const summer = timeline("2026-07-02");
    expect(currentPhase(summer, new Date("2026-07-01T23:30:00Z"))).toBe("notification");
    expect(currentPhase(summer, new Date("2026-07-01T22:30:00Z"))).toBeNull();
  });
});

describe("days to go", () => {
  it("counts London days, so late evening in summer is already tomorrow", () => {
    expect(daysToGo(day("2026-07-10"), new Date("2026-07-01T12:00:00Z"))).toBe(9);
    expect(daysToGo(day("2026-07-10"), new Date("2026-07-09T23:30:00Z"))).toBe(0);
    expect(daysToGo(day("2026-12-10"), new Date("2026-12-09T23:30:00Z"))).toBe(1);
    expect(daysToGo(day("2026-11-20"), new Date("2026-11-24T09:00:00Z"))).toBe(-4);
    expect([0, 1, -1, 5, -5].map(describeDaysToGo)).toEqual([
      "Today",
      "Tomorrow",
      "Yesterday",
      "In 5 days",
      "5 days ago",
    ]);
  });

  it("name the next key date from today, today included", () => {
    const dates = timeline("2026-11-02");
    expect(nextKeyDate(dates, new Date("2026-11-23T10:00:00Z"))).toMatchObject({
      key: "information_return_due",
      days: 0,
    });
    expect(nextKeyDate(dates, new Date("2026-11-24T10:00:00Z"))).toMatchObject({ key: "site_visit_start", days: 160 });
    expect(nextKeyDate(dates, new Date("2027-05-18T10:00:00Z"))).toBeNull();
    expect(nextKeyDate(timeline(null), new Date())).toBeNull();
  });
});

describe("readiness checklist", () => {
  it("starts with items in every phase before publication, due from the key dates of their phase", () => {
    const items = defaultChecklist(timeline("2026-11-02"));
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(new Set(items.map((item) => item.phase))).toEqual(
      new Set(["notification", "information_return", "before_visit", "visit", "after_visit"]),
    );
    const due = (text: string) => iso(items.find((item) => item.text.startsWith(text))!.dueDate);
    expect(due("Tell the chief executive")).toBe("2026-11-04");
    expect(due("Sign off the information return")).toBe("2026-11-23");
    expect(due("Confirm logistics")).toBe("2027-04-19");
    // No draft report yet, so nothing to count the factual accuracy deadline from.
    expect(due("Send the factual accuracy comments")).toBeNull();
  });

  it("gives an item that follows a key date no due date while that date is unknown, and keeps one set by hand", () => {
    const dates = timeline("2026-11-02");
    expect(dueDateOf({ dueDate: day("2026-12-01"), followsKey: "draft_report", followsDays: 5 }, dates)).toBeNull();
    expect(iso(dueDateOf({ dueDate: null, followsKey: "notification", followsDays: -1 }, dates))).toBe("2026-11-01");
    expect(iso(dueDateOf({ dueDate: day("2026-12-01"), followsKey: null, followsDays: null }, dates))).toBe(
      "2026-12-01",
    );
    // A key that is not (or no longer) a key date falls back to the date stored.
    expect(iso(dueDateOf({ dueDate: day("2026-12-01"), followsKey: "retired_key", followsDays: 3 }, dates))).toBe(
      "2026-12-01",
    );
    expect(followsInWords({ dueDate: null, followsKey: "information_return_due", followsDays: 0 })).toBe(
      "on the day of “Information return due”",
    );
    expect(followsInWords({ dueDate: null, followsKey: "site_visit_end", followsDays: 1 })).toBe(
      "1 day after “On-site visit ends”",
    );
  });

  it("counts items done per phase", () => {
    const progress = checklistProgress([
      { phase: "notification", doneAt: new Date() },
      { phase: "notification", doneAt: null },
      { phase: "visit", doneAt: new Date() },
    ]);
    expect(progress.find((row) => row.phase === "notification")).toEqual({ phase: "notification", total: 2, done: 1 });
    expect(progress.find((row) => row.phase === "visit")).toEqual({ phase: "visit", total: 1, done: 1 });
    expect(progress.find((row) => row.phase === "after_visit")).toEqual({ phase: "after_visit", total: 0, done: 0 });
  });
});
