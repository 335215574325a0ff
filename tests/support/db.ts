import pg from "pg";

// Reference data loaded once into the template; everything else is council data.
const KEEP = new Set([
  "_prisma_migrations",
  "FrameworkVersion",
  "Theme",
  "QualityStatement",
  "IStatement",
  "QualityStatementIStatement",
  "EvidenceCategory",
  // The published outcome sets that came with the app; each workspace's imported sets are council
  // data and are deleted on reset below (the table holds both, decision record 0011).
  "PublishedOutcomeSet",
  "PublishedOutcome",
]);

let tables: string[] | undefined;

/** Empties every council-data table in one statement (TRUNCATE is not blocked by the audit trigger). */
export async function resetDatabase(): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    tables ??= (
      await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)
    ).rows
      .map((row) => row.tablename)
      .filter((name) => !KEEP.has(name));
    if (tables.length > 0) {
      await client.query(`TRUNCATE ${tables.map((name) => `"${name}"`).join(", ")} RESTART IDENTITY CASCADE`);
    }
    await client.query(`DELETE FROM "PublishedOutcomeSet" WHERE "workspaceId" IS NOT NULL`);
  } finally {
    await client.end();
  }
}

/** A raw query against this file's database, for checks the app's own client cannot make. */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
