import { stat } from "node:fs/promises";
import readline from "node:readline";
import pg from "pg";
import type { FileStorage } from "@/lib/storage/storage";
import { openArchive, verifying, type BackupArchive } from "./archive";
import { SESSION_SETTINGS } from "./backup";
import { appliedMigrations, describeTables, quote, type TableInfo } from "./database";
import {
  BackupError,
  MANIFEST_NAME,
  fileEntry,
  migrationDifference,
  parseManifest,
  tableEntry,
  type Manifest,
} from "./manifest";

// Rows go to the database in batches bounded by count and size, so no table is held whole.
const BATCH_ROWS = 500;
const BATCH_BYTES = 4 * 1024 * 1024;

export type RestoreOptions = { databaseUrl: string; storage: FileStorage; file: string };
export type RestoreSummary = { createdAt: string; tables: number; rows: number; files: number; bytes: number };

/**
 * Restores a backup into an empty instance (migrated, no workspace yet): every file first, each
 * checked against its SHA-256 as it streams, then every table in one transaction. If anything
 * fails, the transaction rolls back and the files already written are removed.
 */
export async function restoreBackup({ databaseUrl, storage, file }: RestoreOptions): Promise<RestoreSummary> {
  await assertBackupFile(file);
  const archive = await openArchive(file);
  const client = new pg.Client({ connectionString: databaseUrl });
  const written: string[] = [];
  let connected = false;
  try {
    if (!archive.names.has(MANIFEST_NAME))
      throw new BackupError(`${file} has no manifest.json: it is not a backup of this app.`);
    const manifest = parseManifest(await archive.readText(MANIFEST_NAME));
    const missing = [
      ...manifest.tables.map((table) => tableEntry(table.name)),
      ...manifest.files.map((entry) => fileEntry(entry.key)),
    ].find((name) => !archive.names.has(name));
    if (missing)
      throw new BackupError(`The backup has no ${missing} although its manifest lists it: the archive is incomplete.`);

    await client.connect();
    connected = true;
    await client.query(SESSION_SETTINGS);
    const applied = await appliedMigrations(client);
    if (applied.length === 0) {
      throw new BackupError(
        "The target database has not been migrated: start the app once on it (without setting it up), stop it, then restore.",
      );
    }
    const difference = migrationDifference(manifest.migrations, applied);
    if (difference) throw new BackupError(difference);
    await assertEmpty(client);
    const { tables, unorderable } = await describeTables(client);
    assertSameTables(manifest, tables);

    for (const entry of manifest.files) {
      const check = verifying(entry.key, entry);
      const source = await archive.open(fileEntry(entry.key));
      source.on("error", (error) => check.destroy(error));
      written.push(entry.key);
      await storage.write(entry.key, source.pipe(check));
    }

    let rows = 0;
    await client.query("BEGIN");
    // Checked again under lock: nobody may set up a council between the first check and the commit.
    await client.query(`LOCK TABLE "Workspace" IN EXCLUSIVE MODE`);
    await assertEmpty(client);
    // The framework reference data a new instance loads on start is replaced by the backup's own.
    await client.query(`TRUNCATE ${tables.map((table) => quote(table.name)).join(", ")}`);
    for (const fk of unorderable)
      await client.query(`ALTER TABLE ${quote(fk.table)} DROP CONSTRAINT ${quote(fk.name)}`);
    for (const table of tables) {
      const expected = manifest.tables.find((entry) => entry.name === table.name)!.rows;
      const inserted = await insertTable(client, archive, table);
      if (inserted !== expected) {
        throw new BackupError(
          `The backup's ${table.name} data has ${inserted} rows but its manifest says ${expected}: the archive has been altered or damaged, so nothing was restored.`,
        );
      }
      rows += inserted;
    }
    for (const fk of unorderable)
      await client.query(`ALTER TABLE ${quote(fk.table)} ADD CONSTRAINT ${quote(fk.name)} ${fk.definition}`);
    await resetSequences(client);
    await client.query("COMMIT");
    written.length = 0;
    return {
      createdAt: manifest.createdAt,
      tables: tables.length,
      rows,
      files: manifest.files.length,
      bytes: manifest.files.reduce((total, entry) => total + entry.size, 0),
    };
  } catch (error) {
    if (connected) await client.query("ROLLBACK").catch(() => undefined);
    for (const key of written) await storage.remove(key).catch(() => undefined);
    throw error;
  } finally {
    archive.close();
    if (connected) await client.end();
  }
}

/** Fails with one line unless `file` is an existing file (checked before anything else is opened). */
export async function assertBackupFile(file: string): Promise<void> {
  const exists = await stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
  if (!exists) throw new BackupError(`There is no backup file at ${file}.`);
}

async function assertEmpty(client: pg.Client) {
  const { rows } = await client.query<{ used: boolean }>(`SELECT EXISTS (SELECT 1 FROM "Workspace") AS used`);
  if (rows[0]?.used) {
    throw new BackupError(
      "The target database already holds a council's workspace, so nothing was restored. Restore only into a new instance that has been started once and not set up.",
    );
  }
}

function assertSameTables(manifest: Manifest, tables: TableInfo[]) {
  for (const table of tables) {
    const entry = manifest.tables.find((candidate) => candidate.name === table.name);
    const columns = table.columns.map((column) => column.name).join(",");
    if (!entry || entry.columns.join(",") !== columns) {
      throw new BackupError(
        `The backup's ${table.name} table does not match the target database's, although both are at the same migrations: the archive has been altered or damaged.`,
      );
    }
  }
  const extra = manifest.tables.find((entry) => !tables.some((table) => table.name === entry.name));
  if (extra) throw new BackupError(`The backup has a ${extra.name} table the target database does not have.`);
}

/** Reads a table's JSON lines and inserts them in batches, casting each text value back to its column's type. */
async function insertTable(client: pg.Client, archive: BackupArchive, table: TableInfo): Promise<number> {
  const names = table.columns.map((column) => quote(column.name)).join(", ");
  const values = table.columns
    .map((column) => `(r->>'${column.name.replaceAll("'", "''")}')::${column.type}`)
    .join(", ");
  const sql = `INSERT INTO ${quote(table.name)} (${names}) SELECT ${values} FROM json_array_elements($1::json) AS r`;
  let batch: string[] = [];
  let bytes = 0;
  let count = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(sql, [`[${batch.join(",")}]`]);
    count += batch.length;
    batch = [];
    bytes = 0;
  };
  const lines = readline.createInterface({ input: await archive.open(tableEntry(table.name)), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === "") continue;
    batch.push(line);
    bytes += line.length;
    if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
  }
  await flush();
  return count;
}

/** Serial and identity columns (none today) continue after the restored rows. */
async function resetSequences(client: pg.Client) {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(`
    SELECT table_name AS table, column_name AS column, pg_get_serial_sequence(quote_ident(table_name), column_name) AS sequence
    FROM information_schema.columns
    WHERE table_schema = 'public' AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL`);
  for (const row of rows) {
    await client.query(
      `SELECT setval($1, COALESCE((SELECT max(${quote(row.column)}) FROM ${quote(row.table)}), 1), (SELECT count(*) > 0 FROM ${quote(row.table)}))`,
      [row.sequence],
    );
  }
}
