import path from "node:path";
import pg from "pg";
import { loadOrCreateLocalSecrets, startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";

/**
 * Where the app's database comes from: the server named by DATABASE_URL, or else the embedded
 * PostgreSQL kept under the data folder. Used by the start script and the end-to-end tests.
 */
export type RuntimeDatabase = { url: string; authSecret: string | undefined; embedded: EmbeddedDatabase | null };

export class StartupError extends Error {}

const APP_DATABASE = "readiness";

export async function openRuntimeDatabase(dataRoot: string): Promise<RuntimeDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await assertReachable(external);
    return { url: external, authSecret: process.env.AUTH_SECRET, embedded: null };
  }
  const secrets = await loadOrCreateLocalSecrets(dataRoot);
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(dataRoot, "postgres"),
    password: secrets.postgresPassword,
  });
  try {
    await ensureDatabase(embedded.urlFor("postgres"), APP_DATABASE);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { url: embedded.urlFor(APP_DATABASE), authSecret: process.env.AUTH_SECRET ?? secrets.authSecret, embedded };
}

async function ensureDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** One clear sentence when the configured database cannot be reached, instead of a stack trace. */
export async function assertReachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  let where = "the database";
  try {
    const parsed = new URL(url);
    where = `the database at ${parsed.hostname}:${parsed.port || 5432}`;
  } catch {
    throw new StartupError(
      "DATABASE_URL is not a valid connection string. It should look like postgresql://user:password@host:5432/database.",
    );
  }
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Could not connect to ${where} (${reason}). Check DATABASE_URL and that the server is running.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
