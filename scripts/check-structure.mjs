#!/usr/bin/env node
// The codebase's shape, checked by `npm run lint` (docs/architecture.md, decision records 0008 and
// 0009): every file in a feature has a name from the fixed vocabulary, features never import each
// other in a cycle (a page composes their loaders instead), and file names are kebab-case.
// `node scripts/check-structure.mjs [root]` checks the tree at root (default: this checkout) and
// exits 1 with one line per problem, each naming the file.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** What a feature's own folder may hold; decision record 0008 (a new kind needs a record first). */
export const FEATURE_FILES = [
  "schema.ts",
  "domain.ts",
  "data.ts",
  "mutations.ts",
  "loaders.ts",
  "actions.ts",
  "policy.ts",
  "routes.ts",
  "jobs.ts",
];
const VOCABULARY = `${FEATURE_FILES.join(", ")}, documents/*.ts, components/**, tests beside them (*.test.ts, *.integration.test.ts, .tsx too) and a fixtures/ folder of test files`;

const TEST = /\.test\.tsx?$/;
const SOURCE = /\.tsx?$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
/** Next's route segments name their parameter as code reads it: [id], [fileId], [...nextauth], (group). */
const ROUTE_SEGMENT = /^(?:\[{1,2}(?:\.\.\.)?[A-Za-z_$][\w$]*\]{1,2}|\([a-z0-9-]+\))$/;
/** Where names are checked; Prisma names its migration folders itself, and src/generated is its output. */
const NAMED_TREES = ["src", "tests", "e2e", "scripts", "benchmarks", "prisma"];
const NOT_NAMED = new Set(["src/generated", "prisma/migrations", "node_modules"]);

const posix = (file) => file.split(path.sep).join("/");

function walk(dir, visit) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (visit(full, entry) !== false && entry.isDirectory()) walk(full, visit);
  }
}

/** File and folder names: kebab-case, except READMEs and Next's route segments. */
function checkNames(root, problems) {
  for (const tree of NAMED_TREES) {
    walk(path.join(root, tree), (full, entry) => {
      const relative = posix(path.relative(root, full));
      if (NOT_NAMED.has(relative)) return false;
      if (entry.isDirectory()) {
        const segment = relative.startsWith("src/app/") && ROUTE_SEGMENT.test(entry.name);
        if (!segment && !KEBAB.test(entry.name))
          problems.push(`${relative}/: folder names are kebab-case (lower case words joined by hyphens).`);
      } else if (entry.name !== "README.md" && !KEBAB.test(entry.name)) {
        problems.push(`${relative}: file names are kebab-case (lower case words joined by hyphens).`);
      }
    });
  }
}

/** Every file inside src/features against the vocabulary. */
function checkVocabulary(featuresDir, root, problems) {
  const where = (full) => posix(path.relative(root, full));
  const refuse = (full, what) => problems.push(`${where(full)}: ${what} A feature holds ${VOCABULARY}.`);
  const isFixtures = (entry) => entry.isDirectory() && entry.name === "fixtures";

  for (const feature of readdirSync(featuresDir, { withFileTypes: true })) {
    if (feature.name.startsWith(".")) continue;
    const featureDir = path.join(featuresDir, feature.name);
    if (!feature.isDirectory()) {
      refuse(featureDir, "not inside a feature's folder.");
      continue;
    }
    walk(featureDir, (full, entry) => {
      const parts = posix(path.relative(featureDir, full)).split("/");
      const [top] = parts;
      // components/** and fixtures/** are free inside; their names are still checked as names.
      if (top === "components" || parts.includes("fixtures")) return true;
      if (parts.length === 1) {
        if (entry.isDirectory()) {
          if (top === "documents" || isFixtures(entry)) return true;
          refuse(full, "not a folder a feature may have.");
          return false;
        }
        if (!FEATURE_FILES.includes(entry.name) && !TEST.test(entry.name))
          refuse(full, "not a file name a feature may have.");
        return true;
      }
      // documents/: one builder per document, .ts, with its tests and fixtures beside it.
      if (entry.isDirectory()) {
        if (isFixtures(entry)) return true;
        refuse(full, "documents/ holds builders, not folders (apart from fixtures/).");
        return false;
      }
      if (!SOURCE.test(entry.name) || (entry.name.endsWith(".tsx") && !TEST.test(entry.name)))
        refuse(full, "documents/ holds .ts builders of downloadable files.");
      return true;
    });
  }
}

/** The feature that a module specifier in `file` points into, if another. */
function featureOf(specifier, file, featuresDir) {
  const alias = /^@\/features\/([^/]+)/.exec(specifier);
  if (alias) return alias[1];
  if (!specifier.startsWith(".")) return null;
  const relative = path.relative(featuresDir, path.resolve(path.dirname(file), specifier));
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  return relative.split(path.sep)[0] || null;
}

/**
 * Which feature imports which, from the code that ships (tests and their fixtures may compose
 * features freely: they are not part of the graph the app runs). TypeScript's own scanner finds
 * every import, re-export, `import type`, dynamic import and require; comments and strings that
 * merely look like imports are not counted.
 */
export function featureGraph(featuresDir, root = path.resolve(featuresDir, "../..")) {
  /** feature → imported feature → where it is first imported ("src/features/a/data.ts imports @/features/b/domain"). */
  const edges = new Map();
  walk(featuresDir, (full, entry) => {
    if (entry.isDirectory()) return entry.name !== "fixtures";
    if (!SOURCE.test(entry.name) || TEST.test(entry.name) || entry.name.endsWith(".d.ts")) return true;
    const from = path.relative(featuresDir, full).split(path.sep)[0];
    const { importedFiles } = ts.preProcessFile(readFileSync(full, "utf8"), true, true);
    for (const { fileName } of importedFiles) {
      const to = featureOf(fileName, full, featuresDir);
      if (!to || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from).has(to)) edges.get(from).set(to, `${posix(path.relative(root, full))} imports ${fileName}`);
    }
    return true;
  });
  return edges;
}

/** Strongly connected groups of more than one feature (Tarjan), each sorted, in a stable order. */
function cyclicGroups(edges) {
  const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((to) => [...to.keys()])])].sort();
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  let counter = 0;
  const connect = (node) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of [...(edges.get(node)?.keys() ?? [])].sort()) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) !== index.get(node)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const node of nodes) if (!index.has(node)) connect(node);
  return groups.sort((a, b) => a[0].localeCompare(b[0]));
}

/** One cycle through a group, from its first feature back to it (breadth-first: the shortest). */
function cycleThrough(group, edges) {
  const [start] = group;
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const node = queue.shift();
    for (const next of [...(edges.get(node)?.keys() ?? [])].sort()) {
      if (!group.includes(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = node; at !== null; at = previous.get(at)) path.unshift(at);
        return path;
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [...group, start];
}

function checkGraph(featuresDir, root, problems) {
  const edges = featureGraph(featuresDir, root);
  const oneWay = new Map();
  for (const [from, targets] of edges) {
    for (const [to, where] of targets) {
      if (edges.get(to)?.has(from)) {
        if (from < to)
          problems.push(
            `features ${from} and ${to} import each other (${where}; ${edges.get(to).get(from)}). Compose their loaders in the page instead, or keep one direction.`,
          );
        continue;
      }
      if (!oneWay.has(from)) oneWay.set(from, new Map());
      oneWay.get(from).set(to, where);
    }
  }
  // Longer cycles, among the imports that are not already named as a pair.
  for (const group of cyclicGroups(oneWay)) {
    const cycle = cycleThrough(group, oneWay);
    const steps = cycle.slice(1).map((to, step) => oneWay.get(cycle[step]).get(to));
    problems.push(
      `features import each other in a cycle, ${cycle.join(" → ")} (${steps.join("; ")}). Compose their loaders in the page instead, so the features form no cycle.`,
    );
  }
}

/** Every problem in the tree at `root`, one sentence each, naming the file. */
export function checkStructure(root) {
  const problems = [];
  const featuresDir = path.join(root, "src", "features");
  checkNames(root, problems);
  if (statSync(featuresDir, { throwIfNoEntry: false })?.isDirectory()) {
    checkVocabulary(featuresDir, root, problems);
    checkGraph(featuresDir, root, problems);
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), ".."));
  const problems = checkStructure(root);
  if (problems.length) {
    console.error(`The code's structure check found ${problems.length} problem(s) (docs/architecture.md):`);
    for (const problem of problems) console.error(`- ${problem}`);
    process.exit(1);
  }
}
