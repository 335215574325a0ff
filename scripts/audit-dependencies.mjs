#!/usr/bin/env node
// `npm run audit`, also a stage of `npm test`: fails when npm's advisory service reports a high or
// critical vulnerability in any installed package. When the service cannot be reached (offline,
// or a registry mirror without the advisory endpoint), it says so plainly and exits 75
// (EX_TEMPFAIL), which `npm test` reports as "not done" without failing the run: the check could
// not be made, which is neither a finding nor a pass.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const run = spawnSync("npm", ["audit", "--json"], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit gave no report:\n${run.stderr}`);
  process.exit(1);
}
if (!report.metadata) {
  const reason = report.message ?? report.error?.summary ?? "no answer";
  console.warn(
    `Dependency audit NOT DONE: npm's advisory service could not be reached (${reason}). Run \`npm run audit\` where it can be.`,
  );
  process.exit(75);
}
const counts = report.metadata.vulnerabilities;
console.log(
  `Dependency audit: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low.`,
);
if (counts.critical + counts.high > 0) {
  for (const [name, finding] of Object.entries(report.vulnerabilities ?? {})) {
    if (finding.severity === "high" || finding.severity === "critical")
      console.error(
        `  ${finding.severity}: ${name} ${finding.range} (fix available: ${finding.fixAvailable ? "yes" : "no"})`,
      );
  }
  process.exit(1);
}
