import pg from "pg";
import type { Description } from "./schema-drift";

const ON_DELETE: Record<string, string> = { a: "noaction", r: "restrict", c: "cascade", n: "setnull", d: "setdefault" };

/** Reads tables, columns, enums, indexes and foreign keys of the public schema. */
export async function describeDatabase(url: string): Promise<Description> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query<{ table_name: string; column_name: string; is_nullable: string; type: string }>(`
      SELECT c.relname AS table_name, a.attname AS column_name,
             CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END AS is_nullable,
             CASE WHEN t.typtype = 'e' THEN 'enum ' || t.typname
                  WHEN et.typtype = 'e' THEN 'enum ' || et.typname || '[]'
                  ELSE format_type(a.atttypid, a.atttypmod) END AS type
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_type t ON t.oid = a.atttypid
      LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
      WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`);
    const enums = await client.query<{ name: string; value: string }>(`
      SELECT t.typname AS name, e.enumlabel AS value FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
      JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public' ORDER BY t.typname, e.enumsortorder`);
    const indexes = await client.query<{ table_name: string; columns: string[]; primary: boolean; unique: boolean }>(`
      SELECT t.relname AS table_name, ix.indisprimary AS primary, ix.indisunique AS unique,
             array_agg(a.attname ORDER BY k.ord)::text[] AS columns
      FROM pg_index ix
      JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      -- Expression indexes (full-text search) have no plain columns, drop out of this join, and are
      -- left to their migration: Prisma's schema cannot describe them.
      WHERE t.relname <> '_prisma_migrations'
      GROUP BY ix.indexrelid, t.relname, ix.indisprimary, ix.indisunique`);
    const keys = await client.query<{
      table_name: string;
      columns: string[];
      references: string;
      referenced: string[];
      on_delete: string;
    }>(`
      SELECT t.relname AS table_name, r.relname AS references, con.confdeltype AS on_delete,
             (SELECT array_agg(a.attname ORDER BY k.ord)::text[] FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
             (SELECT array_agg(a.attname ORDER BY k.ord)::text[] FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS referenced
      FROM pg_constraint con
      JOIN pg_class t ON t.oid = con.conrelid
      JOIN pg_class r ON r.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      WHERE con.contype = 'f'`);

    const tables: Description["tables"] = {};
    for (const row of columns.rows) {
      tables[row.table_name] ??= {};
      tables[row.table_name]![row.column_name] = { nullable: row.is_nullable === "YES", type: normaliseType(row.type) };
    }
    const enumValues: Description["enums"] = {};
    for (const row of enums.rows) (enumValues[row.name] ??= []).push(row.value);
    return {
      tables,
      enums: enumValues,
      indexes: indexes.rows.map((row) => ({
        table: row.table_name,
        columns: row.columns,
        kind: row.primary ? "primary" : row.unique ? "unique" : "normal",
      })),
      foreignKeys: keys.rows.map((row) => ({
        table: row.table_name,
        columns: row.columns,
        references: row.references,
        referencedColumns: row.referenced,
        onDelete: ON_DELETE[row.on_delete] ?? row.on_delete,
      })),
    };
  } finally {
    await client.end();
  }
}

// format_type's names, in the words describeSchema uses.
function normaliseType(type: string): string {
  return type
    .replace("timestamp(3) without time zone", "timestamp(3)")
    .replace("timestamp(3) with time zone", "timestamptz(3)")
    .replace(/^character varying.*$/, "varchar");
}
