/**
 * Calendar days as people in England count them. Due dates are stored as dates (UTC midnight of
 * the day); "today" is the day on a London clock, which runs an hour ahead of UTC in summer.
 */
import { ENGLAND_BANK_HOLIDAYS } from "./bank-holidays";

const DAY = 86_400_000;
const londonDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today in London as a date value (UTC midnight of that day). */
export function ukToday(now: Date): Date {
  return new Date(`${londonDay.format(now)}T00:00:00Z`);
}

/** Whole days from `from` to `to`, both date values; negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

/** "2026-11-24" for a date value. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Whether a value is a real calendar day written yyyy-mm-dd: not text, not 2026/13/01, not
 * 2026-02-31. Rules that compare dates compare only these, so a date already refused by its own
 * field is not also reported as out of order or in the future.
 */
export function isRealIsoDay(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && isoDay(day) === value;
}

const londonClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** A London wall-clock reading of an instant: { day: "2026-11-24", time: "09:30" }. */
export function londonWallClock(at: Date): { day: string; time: string } {
  const parts = londonClock.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? "";
  return { day: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}` };
}

/**
 * The instant a London date and time names ("2026-07-01", "09:30" is 08:30 UTC in summer). An
 * hour that does not exist (clocks going forward) moves to the hour after, as a clock would show.
 */
export function londonInstant(day: string, time: string): Date {
  const asUtc = new Date(`${day}T${time}:00Z`);
  // London is UTC or UTC+1: whichever reading gives back the same wall clock is the answer.
  for (const offsetHours of [1, 0]) {
    const candidate = new Date(asUtc.getTime() - offsetHours * 3_600_000);
    const clock = londonWallClock(candidate);
    if (clock.day === day && clock.time === time) return candidate;
  }
  return asUtc;
}

const holidays = new Set(ENGLAND_BANK_HOLIDAYS);

/** A weekday that is not a bank holiday in England. */
export function isWorkingDay(date: Date): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoDay(date));
}

/**
 * The date `count` working days after `from` (a date value), not counting `from` itself: CQC's
 * "10 working days" for factual accuracy comments from the day the draft report is sent.
 */
export function addWorkingDays(from: Date, count: number): Date {
  let date = from;
  let left = count;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}
