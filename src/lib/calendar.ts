/**
 * Calendar days as people in England count them. Due dates are stored as dates (UTC midnight of
 * the day); "today" is the day on a London clock, which runs an hour ahead of UTC in summer.
 */
const DAY = 86_400_000;
const londonDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

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
