/**
 * Dates as councils write them, in UK time whatever zone the server runs in: "24 November 2026".
 * Stored values are UTC instants; shown in Europe/London so a late-evening save in summer (BST)
 * lands on the day the officer saw on their clock.
 */
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});
const timeFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h12",
  timeZone: "Europe/London",
});

// A date-only string ("2026-11-24") parses as UTC midnight, which is the same calendar day in
// London all year round (London is never behind UTC), so date inputs round-trip safely.
function toDate(value: Date | string): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return date;
}

/** "24 November 2026" */
export function formatDate(value: Date | string): string {
  return dateFormat.format(toDate(value));
}

/** "24 November 2026, 2:05pm" (GOV.UK style: no space before am/pm) */
export function formatDateTime(value: Date | string): string {
  const date = toDate(value);
  // Built from parts because ICU versions differ in the space before "pm" (some use U+202F).
  const parts = timeFormat.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? "";
  return `${dateFormat.format(date)}, ${part("hour")}:${part("minute")}${part("dayPeriod").toLowerCase()}`;
}
