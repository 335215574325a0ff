/**
 * The assessment timeline, worked out from the day CQC notified the council. CQC's local authority
 * assessment: the information return is due three weeks after notification (that rule is the
 * information return's own, reused here); the on-site visit is expected a number of weeks after
 * notification that the council sets for each cycle (26 unless changed: in 2025 CQC's visits came 5
 * to 7 months after notification, not the 9 to 11 weeks its 2023 guidance said); after the visit CQC sends a draft report and the council has 10 working days to
 * send factual accuracy comments; then the report is published. Any date the council enters
 * (optionally confirmed by CQC) replaces the worked-out one, and later dates follow from it.
 */
import { addDays, addWorkingDays, daysBetween, ukToday } from "@/lib/calendar";
import { returnDueDate } from "@/features/information-return/domain";

export const TIMELINE_KEYS = [
  "information_return_due",
  "site_visit_start",
  "site_visit_end",
  "draft_report",
  "factual_accuracy_due",
  "publication",
] as const;
export type TimelineKey = (typeof TIMELINE_KEYS)[number];
export type KeyDateKey = "notification" | TimelineKey;
export const isTimelineKey = (key: string): key is TimelineKey => (TIMELINE_KEYS as readonly string[]).includes(key);

export const PHASES = [
  "notification",
  "information_return",
  "before_visit",
  "visit",
  "after_visit",
  "publication",
] as const;
export type Phase = (typeof PHASES)[number];
/** Phases that have readiness checklist items (publication has none: the work is done by then). */
export const CHECKLIST_PHASES = [
  "notification",
  "information_return",
  "before_visit",
  "visit",
  "after_visit",
] as const satisfies readonly Phase[];
export type ChecklistPhase = (typeof CHECKLIST_PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  notification: "Notification",
  information_return: "Information return",
  before_visit: "Before the visit",
  visit: "The on-site visit",
  after_visit: "After the visit",
  publication: "Publication",
};

export const KEY_DATE_LABELS: Record<KeyDateKey, string> = {
  notification: "CQC notifies the council",
  information_return_due: "Information return due",
  site_visit_start: "On-site visit starts",
  site_visit_end: "On-site visit ends",
  draft_report: "Draft report received",
  factual_accuracy_due: "Factual accuracy comments due",
  publication: "Report published",
};

const KEY_PHASE: Record<KeyDateKey, Phase> = {
  notification: "notification",
  information_return_due: "information_return",
  site_visit_start: "visit",
  site_visit_end: "visit",
  draft_report: "after_visit",
  factual_accuracy_due: "after_visit",
  publication: "publication",
};

/**
 * The expected visit, in weeks after notification: 26 (about 6 months, the middle of the 5 to 7
 * months 2025's visits came after notification) unless the council changes it, between 4 (after
 * the information return, due at 3) and 52.
 */
export const DEFAULT_VISIT_WEEKS = 26;
export const MIN_VISIT_WEEKS = 4;
export const MAX_VISIT_WEEKS = 52;
/** Until CQC gives the dates, the visit is expected to end two weeks after it starts. */
export const VISIT_SPAN_DAYS = 14;
/** CQC gives the council 10 working days from the draft report to send factual accuracy comments. */
export const FACTUAL_ACCURACY_WORKING_DAYS = 10;

export type EnteredDate = { key: TimelineKey; date: Date; confirmedAt: Date | null; note: string };

/**
 * "expected": worked out by the rules; "entered": typed in by the council but not yet confirmed;
 * "confirmed": confirmed by CQC; "unknown": nothing to work it out from yet.
 */
export type KeyDateSource = "expected" | "entered" | "confirmed" | "unknown";

export type KeyDate = {
  key: KeyDateKey;
  label: string;
  phase: Phase;
  date: Date | null;
  source: KeyDateSource;
  /** How an expected date is worked out, for the page to say. */
  rule: string;
  note: string;
};

/** What the key dates are worked out from: the cycle's notification date and visit setting, and what was entered. */
export type TimelineFacts = { notificationDate: Date | null; visitWeeks: number; entered: EnteredDate[] };

/** "26 weeks (about 6 months)": a number of weeks as the timeline says it. */
export function describeVisitWeeks(weeks: number): string {
  const months = Math.round((weeks * 7) / 30.44);
  return `${weeks} ${weeks === 1 ? "week" : "weeks"}${months >= 2 ? ` (about ${months} months)` : ""}`;
}

function rules(visitWeeks: number): Record<KeyDateKey, string> {
  return {
    notification: "Entered when CQC notifies the council.",
    information_return_due: "Three weeks after notification.",
    site_visit_start: `Expected ${describeVisitWeeks(visitWeeks)} after notification, the timeline's setting.`,
    site_visit_end: "Expected two weeks after the visit starts.",
    draft_report: "Entered when CQC sends the draft report.",
    factual_accuracy_due: "10 working days after the draft report (bank holidays in England excluded).",
    publication: "Entered when CQC says when it will publish.",
  };
}

/** Every key date in order: entered dates replace worked-out ones, and later dates follow from them. */
export function keyDates({ notificationDate, visitWeeks, entered }: TimelineFacts): KeyDate[] {
  const RULES = rules(visitWeeks);
  const byKey = new Map(entered.map((row) => [row.key, row]));
  const result: KeyDate[] = [];
  const resolve = (key: TimelineKey, expected: Date | null): Date | null => {
    const row = byKey.get(key);
    const date = row?.date ?? expected;
    result.push({
      key,
      label: KEY_DATE_LABELS[key],
      phase: KEY_PHASE[key],
      date,
      source: row ? (row.confirmedAt ? "confirmed" : "entered") : expected ? "expected" : "unknown",
      rule: RULES[key],
      note: row?.note ?? "",
    });
    return date;
  };
  result.push({
    key: "notification",
    label: KEY_DATE_LABELS.notification,
    phase: "notification",
    date: notificationDate,
    source: notificationDate ? "entered" : "unknown",
    rule: RULES.notification,
    note: "",
  });
  const notified = notificationDate;
  resolve("information_return_due", returnDueDate(notified));
  // The end follows the start, whether the start was worked out or entered.
  const visitStart = resolve("site_visit_start", notified ? addDays(notified, visitWeeks * 7) : null);
  resolve("site_visit_end", visitStart ? addDays(visitStart, VISIT_SPAN_DAYS) : null);
  const draft = resolve("draft_report", null);
  resolve("factual_accuracy_due", draft ? addWorkingDays(draft, FACTUAL_ACCURACY_WORKING_DAYS) : null);
  resolve("publication", null);
  return result;
}

export function keyDateOf(dates: KeyDate[], key: KeyDateKey): KeyDate {
  return dates.find((item) => item.key === key)!;
}

/** Whole London days from today to the date: positive ahead, 0 today, negative past. */
export function daysToGo(date: Date, now: Date): number {
  return daysBetween(ukToday(now), date);
}

/** "in 12 days", "today", "3 days ago". */
export function describeDaysToGo(days: number): string {
  if (days === 0) return "Today";
  if (days === 1) return "Tomorrow";
  if (days === -1) return "Yesterday";
  return days > 0 ? `In ${days} days` : `${-days} days ago`;
}

/**
 * The phase today falls in, or null before the council has been notified. Each phase starts on a
 * key date: information return the day after notification, before the visit the day after the
 * return is due, the visit on its (expected or entered) start, after the visit the day after it
 * ends, publication on the day the report is published.
 */
export function currentPhase(dates: KeyDate[], now: Date): Phase | null {
  const date = (key: KeyDateKey) => keyDateOf(dates, key).date;
  const notified = date("notification");
  if (!notified) return null;
  const today = ukToday(now);
  const returnDue = date("information_return_due");
  const visitStart = date("site_visit_start");
  const visitEnd = date("site_visit_end");
  const starts: [Phase, Date | null][] = [
    ["notification", notified],
    ["information_return", addDays(notified, 1)],
    ["before_visit", returnDue ? addDays(returnDue, 1) : null],
    ["visit", visitStart],
    ["after_visit", visitEnd ? addDays(visitEnd, 1) : null],
    ["publication", date("publication")],
  ];
  let phase: Phase | null = null;
  for (const [candidate, start] of starts) if (start && start <= today) phase = candidate;
  return phase;
}

/** The next key date from today (today included), or null when none is known ahead. */
export function nextKeyDate(dates: KeyDate[], now: Date): (KeyDate & { date: Date; days: number }) | null {
  const ahead = dates
    .filter((item): item is KeyDate & { date: Date } => item.date !== null && daysToGo(item.date, now) >= 0)
    .sort((a, b) => a.date.getTime() - b.date.getTime());
  const next = ahead[0];
  return next ? { ...next, days: daysToGo(next.date, now) } : null;
}

/** A starting checklist item: its due date is a number of days from a key date of its phase. */
export type DefaultChecklistItem = { phase: ChecklistPhase; text: string; from: KeyDateKey; days: number };

/** The starting readiness checklist (our wording); the readiness lead edits it from there. */
export const DEFAULT_CHECKLIST: DefaultChecklistItem[] = [
  {
    phase: "notification",
    text: "Tell the chief executive, the lead member for adult social care and other elected members that CQC has notified us",
    from: "notification",
    days: 2,
  },
  {
    phase: "notification",
    text: "Brief partners (NHS, providers, voluntary sector, carers' groups) on the assessment and what CQC may ask of them",
    from: "notification",
    days: 5,
  },
  {
    phase: "notification",
    text: "Set up the readiness group and book it to meet weekly until the report is published",
    from: "notification",
    days: 5,
  },
  {
    phase: "notification",
    text: "Tell staff across adult social care what the assessment means for them and who to ask",
    from: "notification",
    days: 7,
  },
  {
    phase: "information_return",
    text: "Internal partners (finance, performance, HR, commissioning) know their part in the information return and their deadlines",
    from: "notification",
    days: 3,
  },
  {
    phase: "information_return",
    text: "Check the self-assessment is up to date and agreed before it goes with the return",
    from: "information_return_due",
    days: -3,
  },
  {
    phase: "information_return",
    text: "Sign off the information return and send it to CQC",
    from: "information_return_due",
    days: 0,
  },
  {
    phase: "before_visit",
    text: "Confirm logistics with CQC: rooms, IT and Wi-Fi access, parking and a base room for the CQC team",
    from: "site_visit_start",
    days: -14,
  },
  {
    phase: "before_visit",
    text: "Agree the interview and focus group schedule and tell everyone taking part",
    from: "site_visit_start",
    days: -10,
  },
  {
    phase: "before_visit",
    text: "Brief the people with lived experience, carers and partners CQC may speak to",
    from: "site_visit_start",
    days: -7,
  },
  {
    phase: "before_visit",
    text: "Hold a final briefing for staff and leaders the week before the visit",
    from: "site_visit_start",
    days: -5,
  },
  {
    phase: "visit",
    text: "Hold a short debrief at the end of each day and note anything CQC asked to follow up",
    from: "site_visit_start",
    days: 0,
  },
  {
    phase: "visit",
    text: "Send CQC the further evidence it asked for during the visit, by the time agreed",
    from: "site_visit_end",
    days: 0,
  },
  {
    phase: "after_visit",
    text: "Plan the factual accuracy review: who reads which part of the draft report, and by when",
    from: "site_visit_end",
    days: 7,
  },
  {
    phase: "after_visit",
    text: "Send the factual accuracy comments, with evidence, to CQC",
    from: "factual_accuracy_due",
    days: 0,
  },
  {
    phase: "after_visit",
    text: "Prepare how publication will be communicated to staff, members, partners and the public",
    from: "draft_report",
    days: 5,
  },
];

export const isKeyDateKey = (key: string): key is KeyDateKey => key === "notification" || isTimelineKey(key);

/** How a checklist item's due date is set: by hand, or a number of days from a key date. */
export type ChecklistDue = { dueDate: Date | null; followsKey: string | null; followsDays: number | null };

/**
 * An item's due date today: one that follows a key date moves with it (and has none while that
 * key date is not known); one set by hand stays as set.
 */
export function dueDateOf(item: ChecklistDue, dates: KeyDate[]): Date | null {
  if (item.followsKey === null || item.followsDays === null || !isKeyDateKey(item.followsKey)) return item.dueDate;
  const anchor = keyDateOf(dates, item.followsKey).date;
  return anchor ? addDays(anchor, item.followsDays) : null;
}

/** What an item's due date follows, in words for its form: 14 days before “On-site visit starts”. */
export function followsInWords(item: ChecklistDue): string | null {
  if (item.followsKey === null || item.followsDays === null || !isKeyDateKey(item.followsKey)) return null;
  const days = Math.abs(item.followsDays);
  const label = `“${KEY_DATE_LABELS[item.followsKey]}”`;
  if (days === 0) return `on the day of ${label}`;
  return `${days} ${days === 1 ? "day" : "days"} ${item.followsDays < 0 ? "before" : "after"} ${label}`;
}

/** The starting checklist, each item following its key date (due dates as known today kept too). */
export function defaultChecklist(
  dates: KeyDate[],
): ({ phase: ChecklistPhase; text: string; position: number } & ChecklistDue)[] {
  return DEFAULT_CHECKLIST.map((item, position) => {
    const follows = { followsKey: item.from, followsDays: item.days };
    return {
      phase: item.phase,
      text: item.text,
      position,
      ...follows,
      dueDate: dueDateOf({ dueDate: null, ...follows }, dates),
    };
  });
}

/** Items done per phase, in phase order. */
export function checklistProgress(items: { phase: string; doneAt: Date | null }[]) {
  return CHECKLIST_PHASES.map((phase) => {
    const inPhase = items.filter((item) => item.phase === phase);
    return { phase, total: inPhase.length, done: inPhase.filter((item) => item.doneAt).length };
  });
}
