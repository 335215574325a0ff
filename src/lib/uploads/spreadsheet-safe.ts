/**
 * A cell that starts with = + - @ (or a tab or carriage return) runs as a formula when a CSV is
 * opened in Excel; prefixing an apostrophe keeps it text (OWASP "CSV injection").
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
