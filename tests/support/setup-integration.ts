import { randomBytes } from "node:crypto";
import { afterAll, beforeEach, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { stopJobQueue } from "@/lib/jobs/queue";
import { adminQuery, withDatabase } from "./global-setup";
import { resetDatabase } from "./db";

/**
 * Each test file gets its own database cloned from the migrated template, and each test starts
 * from it with no council data (the framework reference data stays).
 */
const adminUrl = inject("adminDatabaseUrl");
const database = `test_${randomBytes(6).toString("hex")}`;
await adminQuery(adminUrl, `CREATE DATABASE "${database}" TEMPLATE "${inject("templateDatabase")}"`);
process.env.DATABASE_URL = withDatabase(adminUrl, database);
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");

beforeEach(async () => {
  await resetDatabase();
});

afterAll(async () => {
  // A file that sent a job (an export) opened the queue on this file's database.
  await stopJobQueue();
  await disconnectDb();
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});
