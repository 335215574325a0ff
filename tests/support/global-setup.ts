import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { disconnectDb } from "@/lib/db/client";
import { loadFrameworkReference } from "@/features/framework/mutations";
import { loadPublishedOutcomesReference } from "@/features/benchmark/mutations";

/**
 * One PostgreSQL server for the whole run (embedded, or DATABASE_URL's server), and one template
 * database, migrated and holding the framework reference data. Each test file clones the template
 * (tests/support/setup-integration.ts), which takes milliseconds instead of re-migrating.
 */
declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const cleanups: (() => Promise<void>)[] = [];
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "readiness-test-"));
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dir, "postgres"),
      password: randomBytes(16).toString("hex"),
    });
    adminUrl = server.urlFor("postgres");
    cleanups.push(async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    });
  }

  const template = `test_template_${randomBytes(4).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
  const templateUrl = withDatabase(adminUrl, template);
  await migrate(templateUrl);
  process.env.DATABASE_URL = templateUrl;
  await loadFrameworkReference();
  await loadPublishedOutcomesReference();
  // CREATE DATABASE … TEMPLATE needs the template to have no open connections.
  await disconnectDb();

  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("templateDatabase", template);

  return async () => {
    // Test files drop their own databases; drop the template, then stop the server we started.
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`).catch(() => undefined);
    for (const cleanup of cleanups) await cleanup();
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
