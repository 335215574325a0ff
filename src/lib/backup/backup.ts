import archiver from "archiver";
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import pg from "pg";
import type { FileStorage } from "@/lib/storage/storage";
import { appliedMigrations, describeTables, quote, storageKeyColumns, type TableInfo } from "./database";
import { BACKUP_FORMAT, BackupError, MANIFEST_NAME, fileEntry, tableEntry, type Manifest } from "./manifest";

const PAGE_ROWS = 500;

/**
 * Settings under which every value's text form reads back to the same value: restore sets the same
 * ones, so dates, intervals, floats and bytea survive exactly.
 */
export const SESSION_SETTINGS = `SET DateStyle = 'ISO, MDY'; SET IntervalStyle = 'postgres'; SET TimeZone = 'UTC'; SET bytea_output = 'hex'; SET extra_float_digits = 3`;

export type BackupOptions = { databaseUrl: string; storage: FileStorage; file: string };

/**
 * Writes one ZIP: db/<Table>.jsonl (one JSON object a row, every value in PostgreSQL's text form so
 * JSON, arrays, numbers and dates are not reinterpreted on the way), files/<key> for every stored
 * file the database names, and manifest.json last (it needs the counts and checksums). Everything
 * streams; the database is read in one snapshot, so rows and files agree. The archive appears under
 * its name only when complete.
 */
export async function writeBackup({ databaseUrl, storage, file }: BackupOptions): Promise<Manifest> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const partial = `${file}.partial`;
  const archive = archiver("zip", { zlib: { level: 6 } });
  try {
    await client.query(SESSION_SETTINGS);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = await appliedMigrations(client);
    if (migrations.length === 0)
      throw new BackupError(
        "The database has not been migrated, so there is nothing to back up: check DATABASE_URL (or DATA_DIR).",
      );
    const { tables } = await describeTables(client);

    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const output = createWriteStream(partial, { flags: "w" });
    const written = new Promise<void>((resolve, reject) => {
      output.on("close", resolve);
      output.on("error", reject);
      archive.on("error", reject);
    });
    // Surface a write failure (disk full…) while entries are still being added.
    written.catch(() => undefined);
    archive.pipe(output);

    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      migrations,
      tables: [],
      files: [],
    };
    for (const table of tables) {
      const counter = { rows: 0 };
      await appendEntry(archive, Readable.from(tableLines(client, table, counter)), tableEntry(table.name));
      manifest.tables.push({
        name: table.name,
        columns: table.columns.map((column) => column.name),
        rows: counter.rows,
      });
    }
    for (const key of await storedKeys(client)) {
      const body = await storage.read(key).catch(() => {
        throw new BackupError(
          `The file "${key}" named in the database is missing from storage, so no backup was written.`,
        );
      });
      const hash = createHash("sha256");
      let size = 0;
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          size += chunk.length;
          callback(null, chunk);
        },
      });
      body.on("error", (error) => measure.destroy(error));
      await appendEntry(archive, body.pipe(measure), fileEntry(key));
      manifest.files.push({ key, size, sha256: hash.digest("hex") });
    }
    await client.query("COMMIT");
    archive.append(JSON.stringify(manifest, null, 2), { name: MANIFEST_NAME });
    await archive.finalize();
    await written;
    await rename(partial, file);
    return manifest;
  } catch (error) {
    archive.abort();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/** A table's rows, one JSON line each, fetched in pages through a cursor so no table is held whole. */
async function* tableLines(client: pg.Client, table: TableInfo, counter: { rows: number }): AsyncGenerator<string> {
  const names = table.columns.map((column) => `'${column.name.replaceAll("'", "''")}'`).join(", ");
  const values = table.columns.map((column) => `${quote(column.name)}::text`).join(", ");
  await client.query(
    `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT json_object(ARRAY[${names}]::text[], ARRAY[${values}]::text[])::text AS line FROM ${quote(table.name)}`,
  );
  try {
    for (;;) {
      const { rows } = await client.query<{ line: string }>(`FETCH FORWARD ${PAGE_ROWS} FROM backup_rows`);
      if (rows.length === 0) return;
      counter.rows += rows.length;
      yield rows.map((row) => `${row.line}\n`).join("");
    }
  } finally {
    await client.query("CLOSE backup_rows");
  }
}

/** Every storage key any table names (today only EvidenceFile.storageKey), sorted and distinct. */
async function storedKeys(client: pg.Client): Promise<string[]> {
  const columns = await storageKeyColumns(client);
  if (columns.length === 0) return [];
  const union = columns
    .map(
      ({ table, column }) => `SELECT ${quote(column)} AS key FROM ${quote(table)} WHERE ${quote(column)} IS NOT NULL`,
    )
    .join(" UNION ");
  const { rows } = await client.query<{ key: string }>(`SELECT key FROM (${union}) keys ORDER BY key`);
  return rows.map((row) => row.key);
}

/** Adds one streamed entry and waits until the archive has written it (entries go one at a time). */
function appendEntry(archive: archiver.Archiver, source: Readable, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      archive.off("entry", onEntry);
      archive.off("error", done);
      source.off("error", done);
      if (error) reject(error);
      else resolve();
    };
    const onEntry = (entry: archiver.EntryData) => {
      if (entry.name === name) done();
    };
    archive.on("entry", onEntry);
    archive.on("error", done);
    source.on("error", done);
    archive.append(source, { name });
  });
}
