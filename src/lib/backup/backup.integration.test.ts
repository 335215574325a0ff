import { createHash, randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import JSZip from "jszip";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { adminQuery, withDatabase } from "../../../tests/support/global-setup";
import { sql } from "../../../tests/support/db";
import { seedDemo } from "../../../prisma/demo";
import { disconnectDb } from "@/lib/db/client";
import { diskStorage } from "@/lib/storage/disk";
import { writeBackup } from "./backup";
import { BackupError, fileEntry } from "./manifest";
import { restoreBackup } from "./restore";

const adminUrl = inject("adminDatabaseUrl");
const template = inject("templateDatabase");
const databases: string[] = [];
let scratch: string;
let source: Awaited<ReturnType<typeof seedSource>>;

// Seeding the demo council takes seconds, so it is done once, into a database of its own that the
// per-test reset (tests/support/setup-integration.ts) does not empty.
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "backup-test-"));
  const fileDatabase = process.env.DATABASE_URL;
  process.env.DATABASE_URL = (await emptyInstance()).databaseUrl;
  try {
    source = await seedSource();
  } finally {
    await disconnectDb();
    process.env.DATABASE_URL = fileDatabase;
  }
}, 180_000);

afterAll(async () => {
  for (const name of databases) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await rm(scratch, { recursive: true, force: true });
});

/** A new instance as `npm start` leaves it: migrated, framework loaded, no council. */
async function emptyInstance() {
  const name = `restore_${randomBytes(6).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  databases.push(name);
  const folder = await mkdtemp(path.join(scratch, "target-files-"));
  return { databaseUrl: withDatabase(adminUrl, name), folder, storage: diskStorage(folder) };
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** The demo council, plus evidence files (every byte value, and one larger than a stream chunk) in a folder, backed up. */
async function seedSource() {
  await seedDemo();
  const folder = await mkdtemp(path.join(scratch, "source-files-"));
  const storage = diskStorage(folder);
  const items = await sql<{ id: string; workspaceId: string; createdById: string }>(
    `SELECT id, "workspaceId", "createdById" FROM "EvidenceItem" ORDER BY id LIMIT 3`,
  );
  expect(items.length).toBe(3);
  const contents = [
    Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)),
    randomBytes(3 * 1024 * 1024 + 17),
    Buffer.from("Name,Team\nA. Person,Reablement\n"),
  ];
  for (const [index, item] of items.entries()) {
    const body = contents[index]!;
    const key = `evidence/${item.workspaceId}/${randomUUID()}`;
    await storage.write(key, Readable.from([body]));
    await sql(
      `INSERT INTO "EvidenceFile" (id, "workspaceId", "itemId", version, "fileName", "contentType", size, sha256, "storageKey", "uploadedById")
       VALUES ($1, $2, $3, 99, $4, 'application/octet-stream', $5, $6, $7, $8)`,
      [randomUUID(), item.workspaceId, item.id, `file-${index}.bin`, body.length, sha256(body), key, item.createdById],
    );
  }
  const file = path.join(scratch, `backup-${randomBytes(4).toString("hex")}.zip`);
  const databaseUrl = process.env.DATABASE_URL!;
  const manifest = await writeBackup({ databaseUrl, storage, file });
  return { databaseUrl, folder, storage, file, manifest };
}

/** Every table's rows as JSON, ordered by primary key (or by the whole row when there is none). */
async function snapshot(databaseUrl: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ name: string; key: string | null }>(`
      SELECT c.relname AS name,
             (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY array_position(i.indkey, a.attnum))
              FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
              WHERE i.indrelid = c.oid AND i.indisprimary) AS key
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY c.relname`);
    const result: Record<string, string[]> = {};
    for (const table of tables.rows) {
      const { rows } = await client.query<{ row: string }>(
        `SELECT to_jsonb(t)::text AS row FROM "${table.name}" t ORDER BY ${table.key ?? "1"}`,
      );
      result[table.name] = rows.map((row) => row.row);
    }
    return result;
  } finally {
    await client.end();
  }
}

async function folderHashes(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    result[path.relative(folder, full)] = sha256(await readFile(full));
  }
  return result;
}

describe("backup and restore", () => {
  it("restores every row and every file of the demo council into an empty instance, identical", async () => {
    const target = await emptyInstance();

    const summary = await restoreBackup({
      databaseUrl: target.databaseUrl,
      storage: target.storage,
      file: source.file,
    });

    const before = await snapshot(source.databaseUrl);
    const after = await snapshot(target.databaseUrl);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    expect(before.Workspace).toHaveLength(1);
    expect(before.AuditEvent!.length).toBeGreaterThan(0);
    expect(summary.rows).toBe(Object.values(before).reduce((total, rows) => total + rows.length, 0));

    const sourceFiles = await folderHashes(source.folder);
    expect(Object.keys(sourceFiles)).toHaveLength(3);
    expect(await folderHashes(target.folder)).toEqual(sourceFiles);
    expect(source.manifest.files.map((entry) => entry.sha256).sort()).toEqual(Object.values(sourceFiles).sort());
    expect(summary.files).toBe(3);
  });

  it("refuses to restore into a database that already has a workspace, writing nothing", async () => {
    const other = await emptyInstance();
    const before = await snapshot(source.databaseUrl);

    await expect(
      restoreBackup({ databaseUrl: source.databaseUrl, storage: other.storage, file: source.file }),
    ).rejects.toThrow(/already holds a council's workspace/);

    expect(await snapshot(source.databaseUrl)).toEqual(before);
    expect(await folderHashes(other.folder)).toEqual({});
  });

  it("refuses a backup whose file has been altered, leaving the target as it was", async () => {
    const zip = await JSZip.loadAsync(await readFile(source.file));
    const altered = source.manifest.files[1]!.key;
    const original = await zip.file(fileEntry(altered))!.async("nodebuffer");
    original.writeUInt8(original.readUInt8(original.length - 1) ^ 0xff, original.length - 1);
    zip.file(fileEntry(altered), original);
    const tampered = path.join(scratch, "tampered.zip");
    await writeFile(tampered, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const target = await emptyInstance();
    const before = await snapshot(target.databaseUrl);

    const restoring = restoreBackup({ databaseUrl: target.databaseUrl, storage: target.storage, file: tampered });

    await expect(restoring).rejects.toBeInstanceOf(BackupError);
    await expect(restoring).rejects.toThrow(`The file "${altered}" in the backup does not match its checksum`);
    expect(await snapshot(target.databaseUrl)).toEqual(before);
    expect(await folderHashes(target.folder)).toEqual({});
  });

  it("refuses a target at different migrations, naming them", async () => {
    const target = await emptyInstance();
    const last = source.manifest.migrations.at(-1)!;
    await adminQuery(target.databaseUrl, `DELETE FROM "_prisma_migrations" WHERE migration_name = '${last}'`);

    await expect(
      restoreBackup({ databaseUrl: target.databaseUrl, storage: target.storage, file: source.file }),
    ).rejects.toThrow(`only in the backup: ${last}`);
  });

  it("says so when the backup file does not exist", async () => {
    const target = await emptyInstance();
    const missing = path.join(scratch, "nowhere.zip");
    await expect(
      restoreBackup({ databaseUrl: target.databaseUrl, storage: target.storage, file: missing }),
    ).rejects.toThrow(`There is no backup file at ${missing}.`);
    expect(existsSync(missing)).toBe(false);
  });
});
