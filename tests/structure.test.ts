import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * scripts/check-structure.mjs, run as `npm run lint` runs it: on a small tree built to break each
 * rule once (and to tempt it with imports that do not count), and on this checkout.
 */
const root = path.resolve(__dirname, "..");
const script = path.join(root, "scripts", "check-structure.mjs");

function check(tree: string) {
  const run = spawnSync(process.execPath, [script, tree], { encoding: "utf8" });
  return { status: run.status, problems: run.stderr.split("\n").filter((line) => line.startsWith("- ")) };
}

function makeTree(files: Record<string, string>) {
  const tree = mkdtempSync(path.join(tmpdir(), "structure-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    writeFileSync(path.join(tree, file), text);
  }
  return tree;
}

const made: string[] = [];
afterAll(() => {
  for (const tree of made) rmSync(tree, { recursive: true, force: true });
});

describe("the structure check", () => {
  it("names each file that breaks a rule, each two-way pair and each longer cycle", () => {
    const tree = makeTree({
      // A two-way pair, one way through the alias and back through a relative path.
      "src/features/alpha/loaders.ts": `import { listBetas } from "@/features/beta/data";\n`,
      "src/features/beta/data.ts": `import type { Alpha } from "../alpha/domain";\n`,
      "src/features/alpha/domain.ts": `export type Alpha = string;\n`,
      // A cycle of three: a re-export, a dynamic import and a type import.
      "src/features/gamma/domain.ts": `export { deltaRule } from "@/features/delta/domain";\n`,
      "src/features/delta/domain.ts": `export const load = () => import("@/features/epsilon/loaders");\n`,
      "src/features/epsilon/loaders.ts": `import type { Gamma } from "@/features/gamma/schema";\n`,
      // Imports that do not count: in a comment, in a string, and from tests and their fixtures.
      "src/features/gamma/schema.ts": [
        `// import { x } from "@/features/alpha/loaders";`,
        `export const note = 'from "@/features/alpha/data"';`,
        ``,
      ].join("\n"),
      "src/features/alpha/loaders.integration.test.ts": `import { note } from "@/features/gamma/schema";\n`,
      "src/features/alpha/fixtures/sample.ts": `import { note } from "@/features/gamma/schema";\n`,
      "src/features/gamma/documents/board-pack-pdf.test.ts": `import "@/features/alpha/loaders";\n`,
      // Names outside the vocabulary, and names that are not kebab-case.
      "src/features/beta/helpers.ts": `export {};\n`,
      "src/features/beta/utils/format.ts": `export {};\n`,
      "src/features/beta/documents/nested/pack.ts": `export {};\n`,
      "src/features/beta/components/CaseForm.tsx": `export {};\n`,
      "src/features/beta/components/fixtures/README.md": `How each fixture was made.\n`,
      "src/features/stray.ts": `export {};\n`,
      "src/lib/Rate_limit.ts": `export {};\n`,
      "src/app/evidence/[fileId]/page.tsx": `export {};\n`,
    });
    made.push(tree);
    const { status, problems } = check(tree);
    expect(status).toBe(1);
    expect(problems).toEqual([
      "- src/features/beta/components/CaseForm.tsx: file names are kebab-case (lower case words joined by hyphens).",
      "- src/lib/Rate_limit.ts: file names are kebab-case (lower case words joined by hyphens).",
      expect.stringMatching(/^- src\/features\/beta\/documents\/nested: documents\/ holds builders, not folders/),
      expect.stringMatching(
        /^- src\/features\/beta\/helpers\.ts: not a file name a feature may have\. A feature holds schema\.ts, domain\.ts/,
      ),
      expect.stringMatching(/^- src\/features\/beta\/utils: not a folder a feature may have\./),
      expect.stringMatching(/^- src\/features\/stray\.ts: not inside a feature's folder\./),
      "- features alpha and beta import each other (src/features/alpha/loaders.ts imports @/features/beta/data; src/features/beta/data.ts imports ../alpha/domain). Compose their loaders in the page instead, or keep one direction.",
      "- features import each other in a cycle, delta → epsilon → gamma → delta (src/features/delta/domain.ts imports @/features/epsilon/loaders; src/features/epsilon/loaders.ts imports @/features/gamma/schema; src/features/gamma/domain.ts imports @/features/delta/domain). Compose their loaders in the page instead, so the features form no cycle.",
    ]);
  });

  it("passes a tree that keeps every rule", () => {
    const tree = makeTree({
      "src/features/alpha/loaders.ts": `import { listBetas } from "@/features/beta/data";\n`,
      "src/features/alpha/documents/plan-workbook.ts": `import { x } from "../../beta/domain";\n`,
      "src/features/alpha/documents/plan-workbook.test.ts": `export {};\n`,
      "src/features/alpha/documents/fixtures/plan.xlsx": `PK`,
      "src/features/alpha/components/plan/plan-table.tsx": `export {};\n`,
      "src/features/beta/data.ts": `export const listBetas = 1;\n`,
      "src/features/beta/domain.ts": `export const x = 1;\n`,
      "src/features/beta/jobs.integration.test.ts": `import "@/features/alpha/loaders";\n`,
      "src/app/api/auth/[...nextauth]/route.ts": `export {};\n`,
      "prisma/migrations/20260101000000_add_things/migration.sql": `SELECT 1;\n`,
    });
    made.push(tree);
    expect(check(tree)).toEqual({ status: 0, problems: [] });
  });

  it("passes this checkout", () => {
    expect(check(root)).toEqual({ status: 0, problems: [] });
  });
});
