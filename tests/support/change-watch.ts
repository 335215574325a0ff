import pg from "pg";

/**
 * Watches which transactions change which tables in a test database, so a run can check that
 * every change the app made was recorded in the audit trail in the same transaction. A row-level
 * trigger on every table notes (transaction id, table, application name); the app connects with
 * its own application name, so rows planted by the tests themselves are told apart.
 *
 * Test-only: installed by the browser tests' global setup into their throwaway database.
 */
export const APP_CONNECTION_NAME = "readiness-app";

const WATCH_TABLE = "_change_watch";

export async function installChangeWatch(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`
      CREATE UNLOGGED TABLE IF NOT EXISTS "${WATCH_TABLE}" (txid bigint NOT NULL, tbl text NOT NULL, app text NOT NULL, op text NOT NULL, PRIMARY KEY (txid, tbl, op));
      CREATE OR REPLACE FUNCTION "_note_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "${WATCH_TABLE}" VALUES (txid_current(), TG_TABLE_NAME, current_setting('application_name'), TG_OP) ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$;`);
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', '${WATCH_TABLE}')`,
    );
    for (const { tablename } of rows) {
      await client.query(
        `CREATE OR REPLACE TRIGGER "_watch" AFTER INSERT OR UPDATE OR DELETE ON "${tablename}" FOR EACH ROW EXECUTE FUNCTION "_note_change"()`,
      );
    }
  } finally {
    await client.end();
  }
}

export type UnauditedChange = { txid: string; tables: string[] };

/**
 * The app's transactions that changed a table other than those in `exempt` without writing an
 * audit event, and how many changing transactions there were in all.
 */
export async function unauditedChanges(
  databaseUrl: string,
  exempt: readonly string[],
): Promise<{ changing: number; unaudited: UnauditedChange[] }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ txid: string; tables: string[]; audited: boolean }>(
      `SELECT txid::text, array_agg(DISTINCT tbl ORDER BY tbl) FILTER (WHERE tbl <> 'AuditEvent' AND NOT tbl = ANY($2)) AS tables,
              bool_or(tbl = 'AuditEvent') AS audited
       FROM "${WATCH_TABLE}" WHERE app = $1 GROUP BY txid`,
      [APP_CONNECTION_NAME, exempt],
    );
    const changing = rows.filter((row) => row.tables !== null);
    return {
      changing: changing.length,
      unaudited: changing.filter((row) => !row.audited).map(({ txid, tables }) => ({ txid, tables })),
    };
  } finally {
    await client.end();
  }
}
