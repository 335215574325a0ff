#!/usr/bin/env node
// `npm test`: the whole suite, in the order that fails fastest: types, lint, the dependency audit,
// unit and integration tests (vitest, real PostgreSQL), then the browser journeys and fault runs
// (Playwright, real Chromium).
// Extra arguments go to none of them; run `npm run test:unit` etc. for one stage.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ensureInstalled } from "./start.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
ensureInstalled();

const stages = [
  ["Type check", ["npx", "tsc", "--noEmit"]],
  ["Lint", ["npm", "run", "--silent", "lint"]],
  ["Dependency audit", ["node", "scripts/audit-dependencies.mjs"]],
  ["Unit and integration tests", ["npx", "vitest", "run"]],
  ["Browser tests", ["npx", "playwright", "test"]],
];

// A stage that could not be carried out (a service out of reach) exits with this, EX_TEMPFAIL:
// the run goes on, and the summary says the stage was not done rather than that it passed.
const NOT_DONE = 75;
const notDone = [];

const started = Date.now();
for (const [name, [command, ...args]] of stages) {
  const stageStart = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const seconds = ((Date.now() - stageStart) / 1000).toFixed(0);
  if (result.status === NOT_DONE) {
    notDone.push(name);
    console.warn(`${name} NOT DONE (see above).`);
    continue;
  }
  if (result.status !== 0) {
    console.error(`\n${name} failed after ${seconds}s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`${name} passed in ${seconds}s.`);
}
const total = `${((Date.now() - started) / 1000).toFixed(0)}s`;
if (notDone.length > 0) console.log(`\nAll checks that could run passed in ${total}; not done: ${notDone.join(", ")}.`);
else console.log(`\nAll checks passed in ${total}.`);
