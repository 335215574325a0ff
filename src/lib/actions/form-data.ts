import { joinDateFields } from "@/lib/date-parts";

/**
 * NUL characters are removed from everything a form sends: nobody types one, no text needs one,
 * and PostgreSQL refuses them in text, which would turn a stray one into an error page.
 */
export function withoutNul(value: string): string {
  return value.includes("\u0000") ? value.replaceAll("\u0000", "") : value;
}

/**
 * Turns a submitted form into a plain object for zod: repeated names become arrays, Next's own
 * `$ACTION_` fields are dropped, NUL characters removed, a date's day, month and year fields
 * joined into one ISO date (`lib/date-parts.ts`). Also gives back the typed values to
 * re-show, without secrets.
 */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof raw !== "string") continue;
    const value = withoutNul(raw);
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  joinDateFields(result);
  return result;
}

const SECRET_FIELD = /password|token|secret/i;

export function valuesToKeep(input: Record<string, string | string[]>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (SECRET_FIELD.test(key)) continue;
    values[key] = Array.isArray(value) ? value.join("\n") : value;
  }
  return values;
}
