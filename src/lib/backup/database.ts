import type pg from "pg";

/** Introspection shared by backup and restore: the tables, their columns and the order to fill them in. */
export type TableInfo = {
  name: string;
  /** Stored (not generated) columns, in table order, with the type to cast each text value back to. */
  columns: { name: string; type: string }[];
};

export type ForeignKey = { table: string; name: string; definition: string };

export const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** Migrations applied (finished, not rolled back), by name. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const exists = await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`);
  if (!exists.rows[0]?.present) return [];
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.migration_name);
}

/**
 * Every table of the public schema except the migrations record, parents before children, and the
 * foreign keys no order can satisfy (a table referring to itself, or a cycle): restore drops and
 * re-adds those inside its transaction, so they are still checked before it commits.
 */
export async function describeTables(
  client: pg.ClientBase,
): Promise<{ tables: TableInfo[]; unorderable: ForeignKey[] }> {
  const columns = await client.query<{ table: string; column: string; type: string }>(`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
    ORDER BY c.relname, a.attnum`);
  const byName = new Map<string, TableInfo>();
  for (const row of columns.rows) {
    const table = byName.get(row.table) ?? { name: row.table, columns: [] };
    table.columns.push({ name: row.column, type: row.type });
    byName.set(row.table, table);
  }
  const keys = await client.query<{ table: string; references: string; name: string; definition: string }>(`
    SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS references, c.conname AS name,
           pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = 'public'`);
  const unquote = (name: string) => (name.startsWith('"') ? name.slice(1, -1).replaceAll('""', '"') : name);
  const fks = keys.rows.map((row) => ({ ...row, table: unquote(row.table), references: unquote(row.references) }));

  // Kahn's algorithm over "child depends on parent"; names sorted so the order is stable.
  const remaining = new Set([...byName.keys()].sort());
  const ordered: string[] = [];
  let progress = true;
  while (remaining.size > 0 && progress) {
    progress = false;
    for (const table of remaining) {
      const waiting = fks.some((fk) => fk.table === table && fk.references !== table && remaining.has(fk.references));
      if (!waiting) {
        ordered.push(table);
        remaining.delete(table);
        progress = true;
      }
    }
  }
  const cyclic = new Set(remaining);
  ordered.push(...[...remaining].sort());
  const unorderable = fks
    .filter((fk) => fk.table === fk.references || (cyclic.has(fk.table) && cyclic.has(fk.references)))
    .map(({ table, name, definition }) => ({ table, name, definition }));
  return { tables: ordered.map((name) => byName.get(name)!), unorderable };
}

/** Columns whose values are storage keys: every file the app keeps is named in one of them. */
export async function storageKeyColumns(client: pg.ClientBase): Promise<{ table: string; column: string }[]> {
  const { rows } = await client.query<{ table: string; column: string }>(`
    SELECT table_name AS table, column_name AS column FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'storageKey' ORDER BY table_name`);
  return rows;
}
