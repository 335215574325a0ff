/**
 * Turns a submitted form into a plain object for zod: repeated names become arrays, Next's own
 * `$ACTION_` fields are dropped. Also gives back the typed values to re-show, without secrets.
 */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
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
