import type pg from "pg";

/**
 * A picture of one council's rows, taken before another council acts, and the checks made against
 * it afterwards: did any of those rows change or go, and did any new row land in that council or
 * point at one of its records.
 *
 * Changes are found through PostgreSQL's xmin (the transaction that wrote each row version): a row
 * written after the picture was taken has a newer xmin, so each check reads only new or rewritten
 * rows instead of comparing every row of the database every time.
 */

// Reference data shared by every council (tests/support/db.ts keeps it across resets): its ids
// belong to no council, so a new row pointing at a quality statement is not a leak.
const REFERENCE = new Set([
  "_prisma_migrations",
  "FrameworkVersion",
  "Theme",
  "QualityStatement",
  "IStatement",
  "QualityStatementIStatement",
  "EvidenceCategory",
]);

export type Table = { name: string; primaryKey: string[]; uuidColumns: string[]; workspaceColumn: boolean };

export type Snapshot = {
  /** Transactions after this one wrote rows the picture does not hold. */
  xid: string;
  tables: Table[];
  /** Table → primary key → the row as JSON text. */
  rows: Map<string, Map<string, string>>;
  /** Every uuid held by the council's rows (reference data left out). */
  ids: Set<string>;
  /** Table → the council's primary-key ids in it, for picking plausible ids. */
  idsByTable: Map<string, string[]>;
  /** Column name → tables a foreign key of that name points to (e.g. evidenceItemId → EvidenceItem). */
  references: Map<string, Set<string>>;
  /** Longer text only the council's rows hold (titles, names, notes), to spot its data in a document. */
  texts: string[];
};

export async function describeTables(client: pg.Client): Promise<Table[]> {
  const columns = (
    await client.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
    )
  ).rows;
  const keys = (
    await client.query<{ table_name: string; column_name: string }>(
      `SELECT kcu.table_name, kcu.column_name FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
       WHERE tc.table_schema = 'public' AND tc.constraint_type = 'PRIMARY KEY' ORDER BY kcu.ordinal_position`,
    )
  ).rows;
  const names = [...new Set(columns.map((one) => one.table_name))].filter((name) => name !== "_prisma_migrations");
  return names.map((name) => {
    const own = columns.filter((one) => one.table_name === name);
    return {
      name,
      primaryKey: keys.filter((one) => one.table_name === name).map((one) => one.column_name),
      uuidColumns: own.filter((one) => one.data_type === "uuid").map((one) => one.column_name),
      workspaceColumn: own.some((one) => one.column_name === "workspaceId"),
    };
  });
}

const keyOf = (table: Table, row: Record<string, unknown>) =>
  JSON.stringify(table.primaryKey.map((column) => row[column]));

/** Everything in the database now, taken as one council's (call it before the other council exists). */
export async function takeSnapshot(client: pg.Client): Promise<Snapshot> {
  const tables = await describeTables(client);
  const rows = new Map<string, Map<string, string>>();
  const ids = new Set<string>();
  const idsByTable = new Map<string, string[]>();
  const texts = new Set<string>();
  const reference = new Set<string>();
  for (const table of tables) {
    const found = (
      await client.query<{ row: Record<string, unknown> }>(`SELECT to_jsonb(t) AS row FROM "${table.name}" t`)
    ).rows.map((one) => one.row);
    rows.set(table.name, new Map(found.map((row) => [keyOf(table, row), JSON.stringify(row)])));
    for (const row of found) {
      for (const column of table.uuidColumns)
        if (typeof row[column] === "string") (REFERENCE.has(table.name) ? reference : ids).add(row[column]);
      if (REFERENCE.has(table.name)) continue;
      for (const value of Object.values(row))
        if (typeof value === "string" && value.length >= 24 && / \S+ /.test(value)) texts.add(value);
    }
    if (!REFERENCE.has(table.name) && table.primaryKey.join() === "id" && table.uuidColumns.includes("id")) {
      idsByTable.set(table.name, found.map((row) => String(row.id)).sort());
    }
  }
  for (const id of reference) ids.delete(id);
  const references = new Map<string, Set<string>>();
  for (const { column_name, foreign_table } of (
    await client.query<{ column_name: string; foreign_table: string }>(
      `SELECT kcu.column_name, ccu.table_name AS foreign_table FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
       JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
       WHERE tc.table_schema = 'public' AND tc.constraint_type = 'FOREIGN KEY'`,
    )
  ).rows) {
    references.set(column_name, new Set([...(references.get(column_name) ?? []), foreign_table]));
  }
  // The transaction id as xmin shows it (32 bits), taken last so every row above is at or before it.
  const xid = (await client.query<{ xid: string }>(`SELECT (txid_current() % 4294967296)::text AS xid`)).rows[0]!.xid;
  return { xid, tables, rows, ids, idsByTable, references, texts: [...texts] };
}

/**
 * What has happened to the council's data since the picture: its rows changed or gone, and new
 * rows in its workspace or holding one of its ids. `reported` carries what earlier checks already
 * said, so each problem is blamed on the first attempt that caused it.
 */
export async function leaksSince(
  client: pg.Client,
  snapshot: Snapshot,
  workspaceId: string,
  reported: Set<string>,
): Promise<string[]> {
  const problems: string[] = [];
  const say = (key: string, problem: string) => {
    if (reported.has(key)) return;
    reported.add(key);
    problems.push(problem);
  };
  const newer = (table: Table) => `FROM "${table.name}" t WHERE t.xmin::text::bigint > ${snapshot.xid}`;
  // Old rows are only counted (one number per table); rows written since come back whole.
  const counts = snapshot.tables.map(
    (table) =>
      `SELECT '${table.name}' AS name, count(*)::int AS old FROM "${table.name}" t WHERE t.xmin::text::bigint <= ${snapshot.xid}`,
  );
  const kept = new Map(
    (await client.query<{ name: string; old: number }>(counts.join(" UNION ALL "))).rows.map((one) => [
      one.name,
      one.old,
    ]),
  );
  const written = (
    await client.query<{ name: string; row: Record<string, unknown> }>(
      snapshot.tables
        .map((table) => `SELECT '${table.name}' AS name, to_jsonb(t) AS row ${newer(table)}`)
        .join(" UNION ALL "),
    )
  ).rows;
  const rewrittenOld = new Map<string, number>();
  for (const { name, row } of written) {
    const table = snapshot.tables.find((one) => one.name === name)!;
    const key = keyOf(table, row);
    const before = snapshot.rows.get(name)?.get(key);
    if (before !== undefined) {
      rewrittenOld.set(name, (rewrittenOld.get(name) ?? 0) + 1);
      const after = JSON.stringify(row);
      say(
        `changed ${name} ${key} ${after}`,
        before === after
          ? `rewrote ${name} ${key} (same values)`
          : `changed ${name} ${key}: was ${before.slice(0, 300)} now ${after.slice(0, 300)}`,
      );
      continue;
    }
    if (table.workspaceColumn && row.workspaceId === workspaceId)
      say(`new ${name} ${key}`, `new ${name} row in the other council: ${JSON.stringify(row).slice(0, 300)}`);
    for (const column of table.uuidColumns) {
      if (column === "workspaceId" && row.workspaceId === workspaceId) continue;
      if (typeof row[column] === "string" && snapshot.ids.has(row[column]))
        say(
          `new ${name} ${key} ${column}`,
          `new ${name} row holds the other council's id in ${column}: ${JSON.stringify(row).slice(0, 300)}`,
        );
    }
  }
  for (const table of snapshot.tables) {
    const missing =
      (snapshot.rows.get(table.name)?.size ?? 0) - (kept.get(table.name) ?? 0) - (rewrittenOld.get(table.name) ?? 0);
    if (missing > 0)
      say(`gone ${table.name} ${missing}`, `${missing} of the other council's ${table.name} rows are gone`);
  }
  return problems;
}
