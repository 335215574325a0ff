import { createHash, randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { adminQuery, withDatabase } from "../../../tests/support/global-setup";
import { MIGRATIONS_DIR, migrate } from "./migrate";

const created: string[] = [];
afterAll(async () => {
  for (const name of created)
    await adminQuery(inject("adminDatabaseUrl"), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

async function emptyDatabase(): Promise<string> {
  const name = `migrate_${randomBytes(5).toString("hex")}`;
  created.push(name);
  await adminQuery(inject("adminDatabaseUrl"), `CREATE DATABASE "${name}"`);
  return withDatabase(inject("adminDatabaseUrl"), name);
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

async function copyOfMigrations(): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "migrations-")), "migrations");
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("applying migrations", () => {
  it("records each one as Prisma does: name, SHA-256 checksum of its file, finished", async () => {
    const url = await emptyDatabase();
    const { applied } = await migrate(url);
    expect(applied.length).toBeGreaterThan(0);
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    for (const [index, row] of rows.entries()) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, applied[index]!, "migration.sql"));
      expect(row).toEqual({
        migration_name: applied[index],
        checksum: createHash("sha256").update(sql).digest("hex"),
        finished_at: expect.any(Date),
        applied_steps_count: 1,
      });
    }
  });

  it("applies nothing the second time", async () => {
    const url = await emptyDatabase();
    await migrate(url);
    expect(await migrate(url)).toEqual({ applied: [] });
  });

  it("refuses a migration edited after it was applied", async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    await migrate(url, { dir });
    const names = (await readdir(dir)).filter((name) => !name.endsWith(".toml")).sort();
    const file = path.join(dir, names[0]!, "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}\n-- edited\n`);
    await expect(migrate(url, { dir })).rejects.toThrow(/was changed after it was applied/);
  });

  it("rolls a failing migration back whole and records nothing for it", async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    const broken = path.join(dir, "29991231000000_broken");
    await mkdir(broken);
    await writeFile(
      path.join(broken, "migration.sql"),
      `CREATE TABLE "HalfDone" ("id" INTEGER);\nSELECT * FROM "NoSuchTable";\n`,
    );
    await expect(migrate(url, { dir })).rejects.toThrow(/29991231000000_broken could not be applied/);
    expect(
      await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`),
    ).toEqual([]);
    expect(await query(url, `SELECT 1 FROM pg_tables WHERE tablename = 'HalfDone'`)).toEqual([]);
    // The migrations before it were applied and stay applied.
    const released = (await readdir(MIGRATIONS_DIR)).filter((name) => !name.endsWith(".toml")).length;
    expect(await query(url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`)).toEqual([{ n: released }]);
  });
});

describe("the audit trail", () => {
  it("cannot be changed or deleted, even with raw SQL", async () => {
    const url = process.env.DATABASE_URL!;
    await query(
      url,
      `INSERT INTO "AuditEvent" (id, action, "entityType") VALUES ('${crypto.randomUUID()}', 'test.event', 'test')`,
    );
    await expect(query(url, `UPDATE "AuditEvent" SET action = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(query(url, `DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await query(url, `SELECT action FROM "AuditEvent"`)).toEqual([{ action: "test.event" }]);
  });
});
