/**
 * Audit metadata is small JSON of ids, codes and field names (src/lib/audit.ts). People read it as
 * "key: value" pairs, not JSON; nested values are flattened one level and long text is cut short.
 */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

function describeValue(value: Json | undefined): string {
  if (value === null || value === undefined) return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return value === "" ? "(blank)" : value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value))
    return value.length === 0
      ? "none"
      : value
          .map((item) => (typeof item === "object" && item !== null ? JSON.stringify(item) : describeValue(item)))
          .join(", ");
  return JSON.stringify(value);
}

/** `{ page: "case", cases: 3 }` → "page: case; cases: 3". Empty when there is nothing to say. */
export function describeMetadata(metadata: unknown, maxLength = Infinity): string {
  if (metadata === null || metadata === undefined) return "";
  const text =
    typeof metadata === "object" && !Array.isArray(metadata)
      ? Object.entries(metadata as Record<string, Json | undefined>)
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => `${key}: ${describeValue(value)}`)
          .join("; ")
      : describeValue(metadata as Json);
  return text.length > maxLength ? `${text.slice(0, Math.max(0, maxLength - 1)).trimEnd()}…` : text;
}
