#!/usr/bin/env node
// After every npm install / npm ci: generate the Prisma client, then record which lockfile was
// installed so `npm start` and `npm test` know they need not install again.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
// Prisma's CLI wants its native schema engine at start-up even though `generate` runs on
// WebAssembly; pointing the variable anywhere lets generate run where that download is blocked.
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const result = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), ["generate"], {
  cwd: root,
  stdio: "inherit",
  env,
});
if (result.status !== 0) process.exit(result.status ?? 1);

const lock = path.join(root, "package-lock.json");
if (existsSync(lock)) {
  writeFileSync(
    path.join(root, "node_modules", ".install-stamp"),
    createHash("sha256").update(readFileSync(lock)).digest("hex"),
  );
}
