import { db } from "@/lib/db/client";

/**
 * Which of `keys` a row names. Every column called `storageKey` counts (found in the catalogue,
 * as the backup does), so a table added later that keeps files is never swept by mistake.
 */
export async function referencedStorageKeys(keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const columns = await db.$queryRaw<{ table: string; column: string }[]>`
    SELECT table_name AS table, column_name AS column FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'storageKey'`;
  if (columns.length === 0) return new Set();
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  // Identifiers come from the catalogue, never from input; the keys are a bound parameter.
  const union = columns
    .map(
      ({ table, column }) =>
        `SELECT ${quote(column)} AS key FROM ${quote(table)} WHERE ${quote(column)} = ANY($1::text[])`,
    )
    .join(" UNION ");
  const rows = await db.$queryRawUnsafe<{ key: string }[]>(union, keys);
  return new Set(rows.map((row) => row.key));
}
