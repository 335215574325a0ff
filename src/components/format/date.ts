/** Dates as councils write them, in UK time whatever the server's zone: "24 November 2026". */
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "numeric", minute: "2-digit", hourCycle: "h12", timeZone: "Europe/London" });

export function formatDate(value: Date | string): string {
  return dateFormat.format(new Date(value));
}

/** "24 November 2026, 2:05pm" */
export function formatDateTime(value: Date | string): string {
  const date = new Date(value);
  return `${dateFormat.format(date)}, ${timeFormat.format(date).replace(" ", "").toLowerCase()}`;
}
