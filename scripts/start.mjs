#!/usr/bin/env node
// `npm start` (and `npm run demo`, `npm test`): installs dependencies when package-lock.json has
// changed since the last install, then hands over to the TypeScript entry point. Plain Node on
// purpose: it must run on a fresh clone before anything is installed.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(
    `This app needs Node.js 20.19 or newer; you have ${process.versions.node}. Install a newer Node.js and try again.`,
  );
  process.exit(1);
}

export function ensureInstalled() {
  const lock = path.join(root, "package-lock.json");
  const stamp = path.join(root, "node_modules", ".install-stamp");
  const want = createHash("sha256").update(readFileSync(lock)).digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === want) return;
  console.log("Installing dependencies (first run or package-lock.json changed)…");
  // `npm install`, not `npm ci`: the lockfile pins every version, but registries differ in which
  // platform-specific optional packages they carry, and `npm ci` refuses a lockfile without them.
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(
      "Installing dependencies failed (see npm's message above). Check your network connection to the npm registry and try again.",
    );
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, want);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureInstalled();
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const child = spawn(tsx, [path.join(root, "scripts", "serve.ts"), ...process.argv.slice(2)], {
    cwd: root,
    stdio: "inherit",
  });
  // The child handles Ctrl-C itself (it must stop PostgreSQL cleanly); we only wait for it.
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
}
