import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { accessOf } from "@/lib/actions/registry";
import type { ActionResult } from "@/lib/actions/result";
import type { Permission } from "@/lib/authz/permissions";
import type { Snapshot } from "./workspace-snapshot";
import { choicesOf, filesNamed, keysOf } from "./source-tree";

/**
 * What the workspace isolation test aims at, found by reading the source tree (so a new action,
 * route or loader is covered without editing the test), and the values it sends them.
 */
export const root = path.resolve(__dirname, "../..");

export type FoundAction = {
  label: string;
  feature: string;
  name: string;
  permission: Permission;
  /** False when no schema was found for it: its fields would then go unsent. */
  schemaFound: boolean;
  keys: Map<string, z.ZodType>;
  run: (previous: ActionResult, form: FormData) => Promise<ActionResult>;
};

const USE_SERVER = /^\s*["']use server["']/m;
const sourceFiles = () =>
  filesNamed(path.join(root, "src"), (name) => /\.(ts|tsx)$/.test(name) && !name.includes(".test."));

/** Every permissioned server action, with its schema's fields (as tests/hostile-input finds them). */
export async function loadPermissionActions(): Promise<FoundAction[]> {
  const found: FoundAction[] = [];
  for (const file of await sourceFiles()) {
    const text = await readFile(file, "utf8");
    if (!USE_SERVER.test(text)) continue;
    const schemaFile = path.join(path.dirname(file), "schema.ts");
    const local = existsSync(schemaFile) ? ((await import(schemaFile)) as Record<string, unknown>) : {};
    for (const [name, value] of Object.entries((await import(file)) as Record<string, unknown>)) {
      const access = accessOf(value);
      if (access?.kind !== "permission") continue;
      const schemaName = new RegExp(`export const ${name} = create\\w*Action\\(\\{[\\s\\S]*?schema: (\\w+)`).exec(
        text,
      )?.[1];
      const schema = schemaName
        ? (local[schemaName] ?? (await importedSchema(text, schemaName, path.dirname(file))))
        : undefined;
      found.push({
        label: `${path.relative(root, file)}#${name}`,
        feature: path.basename(path.dirname(file)),
        name,
        permission: access.permission,
        // A schema declared in the actions file itself (an empty form) is not exported: found by name.
        schemaFound:
          schema instanceof z.ZodType || (schemaName !== undefined && new RegExp(`const ${schemaName} = `).test(text)),
        keys: schema instanceof z.ZodType ? keysOf(schema) : new Map(),
        run: value as FoundAction["run"],
      });
    }
  }
  return found;
}

/** A schema the actions file imports from another module (a shared empty form, say). */
async function importedSchema(text: string, name: string, dir: string): Promise<unknown> {
  const from = new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from "([^"]+)"`).exec(text)?.[1];
  if (!from) return undefined;
  const base = from.startsWith("@/") ? path.join(root, "src", from.slice(2)) : path.resolve(dir, from);
  const file = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((one) => existsSync(one));
  return file ? ((await import(file)) as Record<string, unknown>)[name] : undefined;
}

/** How many `createAction(` exports the "use server" files hold, read as text: a second count to check discovery against. */
export async function countDeclaredActions(): Promise<number> {
  let count = 0;
  for (const file of await sourceFiles()) {
    const text = await readFile(file, "utf8");
    if (USE_SERVER.test(text)) count += text.match(/^export const \w+ = createAction\(/gm)?.length ?? 0;
  }
  return count;
}

export type FoundRoute = {
  label: string;
  method: string;
  path: string;
  params: string[];
  permission: Permission;
  handler: (request: Request, context: unknown) => Promise<Response>;
};

/** Route handlers under a dynamic segment ([id], [day]…) that need a permission. */
export async function loadDynamicRoutes(): Promise<FoundRoute[]> {
  const found: FoundRoute[] = [];
  for (const file of await filesNamed(path.join(root, "src", "app"), (name) => /^route\.(ts|tsx)$/.test(name))) {
    const route = path.relative(path.join(root, "src", "app"), path.dirname(file));
    const params = [...route.matchAll(/\[([^\].]+)\]/g)].map((match) => match[1]!);
    if (params.length === 0) continue;
    const exported = (await import(file)) as Record<string, unknown>;
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      const access = accessOf(exported[method]);
      if (access?.kind !== "permission") continue;
      found.push({
        label: `${path.relative(root, file)}#${method}`,
        method,
        path: `/${route}`,
        params,
        permission: access.permission,
        handler: exported[method] as FoundRoute["handler"],
      });
    }
  }
  return found;
}

export type LoaderParam = { name: string; kind: "id" | "absent" | "object" | "text" };
export type FoundLoader = {
  label: string;
  feature: string;
  name: string;
  params: LoaderParam[];
  run: (...args: unknown[]) => Promise<unknown>;
};

/** Splits a parameter list at its top-level commas (types hold commas inside <…> and {…}). */
function splitParams(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of list) {
    if ("<{([".includes(char)) depth++;
    if (">})]".includes(char)) depth--;
    if (char === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  return [...parts, current].map((one) => one.trim()).filter(Boolean);
}

export const looksLikeId = (name: string) => /^(id|ids|.+Id|.+Ids)$/.test(name);

/** Exported loaders in src/features/*\/loaders.ts that take an id, and what to pass for each parameter. */
export async function loadIdLoaders(): Promise<FoundLoader[]> {
  const found: FoundLoader[] = [];
  for (const file of await filesNamed(path.join(root, "src", "features"), (name) => name === "loaders.ts")) {
    const text = await readFile(file, "utf8");
    const exported = (await import(file)) as Record<string, unknown>;
    for (const match of text.matchAll(/^export async function (\w+)\(([^)]*)\)/gm)) {
      const params = splitParams(match[2]!).map((one): LoaderParam => {
        const [, name = "", optional, type = ""] = /^(\w+)(\?)?\s*:\s*([\s\S]+)$/.exec(one) ?? [];
        if (looksLikeId(name)) return { name, kind: "id" };
        if (optional || /\bundefined\b/.test(type)) return { name, kind: "absent" };
        return { name, kind: /^string$/.test(type.trim()) ? "text" : "object" };
      });
      if (!params.some((one) => one.kind === "id") || typeof exported[match[1]!] !== "function") continue;
      found.push({
        label: `${path.relative(root, file)}#${match[1]}`,
        feature: path.basename(path.dirname(file)),
        name: match[1]!,
        params,
        run: exported[match[1]!] as FoundLoader["run"],
      });
    }
  }
  return found;
}

/** A small seeded generator (mulberry32), so a failure reproduces. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

const STOP = new Set([
  "load",
  "page",
  "form",
  "edit",
  "preview",
  "new",
  "action",
  "create",
  "update",
  "add",
  "remove",
  "set",
  "save",
  "mark",
  "settle",
  "import",
  "confirm",
  "retire",
  "restore",
  "close",
  "start",
  "export",
  "draw",
  "move",
  "record",
  "tick",
  "features",
  "plan",
  "return",
]);
export const wordsOf = (...names: string[]) => [
  ...new Set(
    names
      .flatMap((name) => name.split(/[^A-Za-z]+|(?=[A-Z])/))
      .map((one) => one.toLowerCase().replace(/s$/, ""))
      .filter((one) => one.length >= 4 && !STOP.has(one)),
  ),
];

/** Tables an id of this name plausibly points to: by foreign key of that name, then by the words around it. */
export function tablesFor(snapshot: Snapshot, field: string, context: string[]): string[] {
  const withIds = [...snapshot.idsByTable].filter(([, ids]) => ids.length > 0).map(([name]) => name);
  const stem = field.replace(/Ids?$/, "");
  const byKey = [...(snapshot.references.get(field) ?? []), ...(snapshot.references.get(`${stem}Id`) ?? [])];
  const words =
    field === "id" || field === "ids" ? context : wordsOf(stem).concat(stem.length >= 3 ? [stem.toLowerCase()] : []);
  // The tables matching most of the words first: VisitSession before PrepSession for loadSessionPage in visit.
  const matched = (name: string) => words.filter((word) => name.toLowerCase().includes(word)).length;
  const byName = withIds
    .filter((name) => matched(name) > 0)
    .sort((one, other) => matched(other) - matched(one) || one.localeCompare(other));
  const found = [...new Set([...byKey, ...byName])].filter((name) => withIds.includes(name));
  return found.length > 0 ? found : withIds;
}

const PLAUSIBLE = [
  "2026-11-24",
  "10:00",
  "1",
  "3",
  "yes",
  "on",
  "someone@council.example",
  "North locality team review",
];

const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Framework keys a field may name: quality statements, or I statements. */
export type Keys = { statements: string[]; iStatements: string[] };

/** A value that should pass the field's validation, so the action goes on to look the ids up. */
export function plausibleValue(
  name: string,
  field: z.ZodType | undefined,
  random: ReturnType<typeof seeded>,
  keys: Keys,
  wild: boolean,
): string {
  const choices = field ? choicesOf(field) : [];
  if (choices.length > 0) return random.pick(choices);
  if (wild) return random.pick(PLAUSIBLE);
  const lower = name.toLowerCase();
  if (/email/.test(lower)) return "someone.else@council.example";
  if (/url|link/.test(lower)) return "https://council.example/page";
  if (/time/.test(lower)) return /end|finish/.test(lower) ? "11:00" : "10:00";
  if (/key/.test(lower)) return random.pick(/istatement/.test(lower) ? keys.iStatements : keys.statements);
  if (/^expected\w*At$/.test(name)) return new Date(Date.now() - 3_600_000).toISOString();
  // Things that happened cannot be in the future; review and due dates are ahead.
  if (/^(last|first|previous)/.test(lower) && /date|on$/.test(lower)) return isoDay(-20);
  if (/review|due|deadline|until|by$/.test(lower) && /date|by|on$|at$|due|deadline/.test(lower)) return isoDay(40);
  if (/date|day|deadline|due/.test(lower) || /At$|On$/.test(name)) return isoDay(-20);
  if (/version/.test(lower)) return "1";
  if (/reference/.test(lower)) return "REF-1234";
  if (/minutes|duration/.test(lower)) return "60";
  if (/count|number|max|min|score|rating|position|order|year|size|rank|confidence|percent/.test(lower)) return "10";
  if (/^(is|has)[A-Z]|confirm|agree|consent|done|briefed|include|checked/.test(name)) return "on";
  return FREE_TEXT;
}

export const FREE_TEXT = "North locality team review";

/**
 * Prefixes of "kind:id" values a feature's schema reads (item:<id>, session:<id>), found in its
 * schema.ts text, so a free-text field that names a record is sent one of the other council's.
 */
export async function idPrefixesOf(feature: string): Promise<string[]> {
  const file = path.join(root, "src", "features", feature, "schema.ts");
  if (!existsSync(file)) return [];
  const text = await readFile(file, "utf8");
  const found = [
    ...text.matchAll(/\b([a-z][a-z-]+):\[0-9a-f/g),
    ...text.matchAll(/kind === "([a-z][a-z-]+)" && id\./g),
  ].map((match) => match[1]!);
  return [...new Set(found)];
}
