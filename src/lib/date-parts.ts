/**
 * GOV.UK's date input asks for a date as three fields, day, month and year, because people type
 * "3" and "2027" more reliably than they use a browser's date picker or a format like 2027-03-31.
 * The three fields are sent as `<name>-day`, `<name>-month` and `<name>-year`; `formDataToObject`
 * joins them into `<name>`, so every schema keeps reading one ISO date and its message.
 */

const DAY_OR_MONTH = /^\d{1,2}$/;
const YEAR = /^\d{4}$/;

/**
 * "31", "3", "2027" → "2027-03-31"; all blank → "". Anything else is kept as typed (year-month-day),
 * which no date schema accepts, so the field's own message shows and the parts come back as typed.
 */
export function joinDateParts(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return "";
  if (DAY_OR_MONTH.test(d) && DAY_OR_MONTH.test(m) && YEAR.test(y))
    return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  return `${y}-${m}-${d}`;
}

/** The three fields to show for a value: "2027-03-31" → 31, 3, 2027; what `joinDateParts` kept, split back. */
export function splitDateParts(value: string): { day: string; month: string; year: string } {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return { day: String(Number(iso[3])), month: String(Number(iso[2])), year: iso[1]! };
  if (!value) return { day: "", month: "", year: "" };
  const [year = "", month = "", ...day] = value.split("-");
  return { day: day.join("-"), month, year };
}

/** Joins every `<name>-day`, `-month`, `-year` trio of a submitted form into `<name>`, in place. */
export function joinDateFields(fields: Record<string, string | string[]>): void {
  for (const key of Object.keys(fields)) {
    if (!key.endsWith("-day")) continue;
    const name = key.slice(0, -"-day".length);
    const [day, month, year] = [fields[key], fields[`${name}-month`], fields[`${name}-year`]];
    if (typeof day !== "string" || typeof month !== "string" || typeof year !== "string") continue;
    fields[name] = joinDateParts(day, month, year);
    delete fields[key];
    delete fields[`${name}-month`];
    delete fields[`${name}-year`];
  }
}
