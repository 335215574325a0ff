import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { z } from "zod";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accessOf, type Access } from "@/lib/actions/registry";
import { idle, type ActionResult } from "@/lib/actions/result";
import { ROLES, roleHasPermission } from "@/lib/authz/permissions";
import { logger } from "@/lib/logger";
import type { CurrentSession } from "@/lib/auth/session";
import { createMember, createWorkspace } from "./factories";
import { memberSession } from "./support/actions";
import { choicesOf, filesNamed, keysOf } from "./support/source-tree";

/**
 * Every server action, found by walking src for "use server" files as the authorization test does,
 * is sent forms full of hostile values through the real pipeline and database: as a member whose
 * role has the action's permission, or signed out for the public ones. Whatever arrives, the
 * action must answer with a result (or Next's redirect/notFound), never with the unexpected-error
 * result ("Sorry, there is a problem", with an errorId), and an action that refuses must not have
 * written anything on the way.
 *
 * The seed is fixed so a failure reproduces; fast-check prints the seed and path of the shrunk
 * counterexample. Set HOSTILE_SEED to explore other inputs, HOSTILE_RUNS for more runs.
 */
const SEED = Number(process.env.HOSTILE_SEED ?? 20_261_125);
const RUNS = Number(process.env.HOSTILE_RUNS ?? 25);
fc.configureGlobal({ seed: SEED, numRuns: RUNS });

const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentSession: async () => session.current,
}));
// Outside a request Next has no page cache, cookie jar or headers; these stand in for them so a
// public action that succeeds (and sets its cookie) is not mistaken for a failure.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  revalidatePath: () => undefined,
}));
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [],
    has: () => false,
    set: () => undefined,
    delete: () => undefined,
  }),
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }),
}));

const root = path.resolve(__dirname, "..");

const HOSTILE_STRINGS = [
  "",
  " ",
  "\t\n  \r\n",
  "x".repeat(10_000),
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "=cmd|' /C calc'!A0",
  '\'; DROP TABLE "User"; --',
  "1' OR '1'='1",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDC00y",
  "\u202Egnp.exe",
  "😀👩‍👩‍👧‍👦",
  "42",
  "-1",
  "-0",
  "1e308",
  "9".repeat(400),
  "NaN",
  "Infinity",
  "true",
  "null",
  "undefined",
  "__proto__",
  "[]",
  '{"a":{}}',
  "2026-02-30",
  "00000000-0000-0000-0000-000000000000",
];
// Valid-looking values, so some forms get past validation and hostile text reaches the handler.
const PLAUSIBLE = [
  "2026-11-24",
  "2027-03-01T10:00",
  "10:00",
  "1",
  "3",
  "5",
  "60",
  "yes",
  "no",
  "on",
  "after",
  "someone@council.example",
  "A long test passphrase 1",
  "North locality team",
];
const INJECTED = ["\u0000", "\u202E", "\uD800", "<script>", "'; --", "😀", "\r\n"];

/** One submitted value: valid-looking (ids of this workspace included), with something slipped in, or hostile. */
function valueFor(field: z.ZodType | undefined, ids: string[]): fc.Arbitrary<string> {
  const plausible = fc.oneof(
    fc.constantFrom(...PLAUSIBLE, ...ids, ...(field ? choicesOf(field) : [])),
    fc.uuid({ version: 7 }),
  );
  const injected = fc.tuple(plausible, fc.constantFrom(...INJECTED), fc.nat()).map(([base, bit, at]) => {
    const cut = at % (base.length + 1);
    return base.slice(0, cut) + bit + base.slice(cut);
  });
  return fc.oneof(
    plausible,
    injected,
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.string({ unit: "binary", maxLength: 30 }),
  );
}

/** A form as a browser (or anyone with curl) could send it: the schema's fields, repeated or not, and stray ones. */
function hostileForm(keys: Map<string, z.ZodType>, ids: string[]): fc.Arbitrary<[string, string][]> {
  const own = fc.record(
    Object.fromEntries(
      [...keys].map(([key, field]) => [
        key,
        fc.oneof(
          { weight: 4, arbitrary: valueFor(field, ids).map((one) => [one]) },
          { weight: 1, arbitrary: fc.array(valueFor(field, ids), { minLength: 2, maxLength: 3 }) },
        ),
      ]),
    ),
    { requiredKeys: [] },
  );
  const strayName = fc.oneof(
    fc.constantFrom("id", "workspaceId", "userId", "__proto__", "constructor", "$ACTION_ID_1"),
    fc.string({ maxLength: 10 }),
  );
  const stray = fc.array(fc.tuple(strayName, valueFor(undefined, ids)), { maxLength: 3 });
  return fc
    .tuple(own, stray)
    .map(([fields, extra]) => [
      ...Object.entries(fields).flatMap(([key, values]) => (values ?? []).map((one): [string, string] => [key, one])),
      ...extra,
    ]);
}

type FoundAction = {
  label: string;
  access: Access;
  keys: Map<string, z.ZodType>;
  run: (previous: ActionResult, form: FormData) => Promise<ActionResult>;
};

/** Each action with the fields of its schema, read from the `schema:` line of its definition. */
async function loadActions(): Promise<FoundAction[]> {
  const found: FoundAction[] = [];
  for (const file of await filesNamed(
    path.join(root, "src"),
    (name) => /\.(ts|tsx)$/.test(name) && !name.includes(".test."),
  )) {
    const text = await readFile(file, "utf8");
    if (!/^\s*["']use server["']/m.test(text)) continue;
    const schemaFile = path.join(path.dirname(file), "schema.ts");
    const schemas = existsSync(schemaFile) ? ((await import(schemaFile)) as Record<string, unknown>) : {};
    for (const [name, value] of Object.entries((await import(file)) as Record<string, unknown>)) {
      const access = accessOf(value);
      if (!access || access.kind === "signed-in") continue; // sign out / switch workspace act only on the caller's own session
      const schemaName = new RegExp(`export const ${name} = create\\w*Action\\(\\{[\\s\\S]*?schema: (\\w+)`).exec(
        text,
      )?.[1];
      const schema = schemaName ? schemas[schemaName] : undefined;
      found.push({
        label: `${path.relative(root, file)}#${name}`,
        access,
        keys: schema instanceof z.ZodType ? keysOf(schema) : new Map(),
        run: value as FoundAction["run"],
      });
    }
  }
  return found;
}

// Rows every workspace may gain on a refusal by design: the audit trail and sign-in attempts (rate limiting).
const NOT_COUNTED = new Set(["_prisma_migrations", "AuditEvent", "SignInAttempt"]);
// One connection for the whole file: opening one per count (as tests/support/db.ts sql does) costs
// more than the action under test, and the counts run twice per input.
let counter: pg.Client;
let countQuery: string;

beforeAll(async () => {
  counter = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await counter.connect();
  const tables = (
    await counter.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    )
  ).rows
    .map((row) => row.tablename)
    .filter((name) => !NOT_COUNTED.has(name));
  countQuery = tables
    .map((name) => `SELECT '${name}' AS name, count(*)::int AS rows FROM "${name}"`)
    .join(" UNION ALL ");
});

afterAll(async () => {
  await counter.end();
});

/** How many rows each table holds, in one round trip. */
async function rowCounts(): Promise<Record<string, number>> {
  return Object.fromEntries(
    (await counter.query<{ name: string; rows: number }>(countQuery)).rows.map((row) => [row.name, row.rows]),
  );
}

function grown(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(after)
    .filter((name) => after[name]! > (before[name] ?? 0))
    .map((name) => `${name} +${after[name]! - (before[name] ?? 0)}`);
}

/** Next's redirect() and notFound()/forbidden() are thrown on purpose and pass through the pipeline. */
function isNavigation(thrown: unknown): boolean {
  const digest = (thrown as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK|NEXT_NOT_FOUND)/.test(digest);
}

const actions = await loadActions();

// The pipeline logs the real cause of an unexpected error (silently in tests); keep the last one so
// a failure here says what went wrong, not only the reference shown to the user.
let lastLogged = "";
vi.spyOn(logger, "error").mockImplementation(((entry: { err?: { message?: string } }) => {
  lastLogged = entry?.err?.message ?? JSON.stringify(entry);
}) as typeof logger.error);

describe("every server action, sent hostile forms", () => {
  it("are found by walking src", () => {
    expect(actions.filter((one) => one.access.kind === "permission").length).toBeGreaterThan(50);
    expect(actions.filter((one) => one.access.kind === "public").map((one) => one.label)).toEqual(
      expect.arrayContaining([
        "src/features/auth/actions.ts#setupAction",
        "src/features/auth/actions.ts#signInAction",
        "src/features/pulse/actions.ts#submitPulseAction",
      ]),
    );
  });

  // One test per actions file, so the database is emptied and a workspace made once per feature
  // rather than once per action; every action is still tried, and each failure is listed.
  const byFile = new Map<string, FoundAction[]>();
  for (const one of actions)
    byFile.set(one.label.split("#")[0]!, [...(byFile.get(one.label.split("#")[0]!) ?? []), one]);
  it.each([...byFile])("%s: each action answers calmly and writes nothing when it refuses", async (_file, inFile) => {
    const workspace = await createWorkspace();
    const failures: string[] = [];
    for (const action of inFile) {
      const ids = [workspace.id];
      session.current = null;
      if (action.access.kind === "permission") {
        const permission = action.access.permission;
        const role = ROLES.find((one) => roleHasPermission(one, permission));
        if (!role) throw new Error(`no role has ${permission}`);
        const member = await createMember(workspace.id, role);
        ids.push(member.userId, member.membershipId);
        session.current = memberSession(workspace, member, role);
      }
      const details = await fc.check(
        fc.asyncProperty(hostileForm(action.keys, ids), (fields) => answersCalmly(action, fields)),
      );
      if (details.failed) {
        const cause =
          details.errorInstance instanceof Error
            ? details.errorInstance.message.split("\n")[0]
            : String(details.errorInstance);
        failures.push(
          `${action.label}: ${cause}\n  form: ${JSON.stringify(details.counterexample?.[0])}\n  seed ${details.seed}, path "${details.counterexamplePath}"`,
        );
      }
    }
    expect(failures, failures.join("\n")).toEqual([]);
  });
});

/** The property: a result (or a navigation), never the unexpected-error result, and no rows on a refusal. */
async function answersCalmly(action: FoundAction, fields: [string, string][]): Promise<void> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const before = await rowCounts();
  let result: ActionResult;
  try {
    result = await action.run(idle, form);
  } catch (thrown) {
    if (isNavigation(thrown)) return;
    throw new Error(`threw ${String(thrown)}`, { cause: thrown });
  }
  if (result.status !== "error") return;
  if (result.errorId || /Sorry, there is a problem/.test(result.formError ?? ""))
    throw new Error(`unexpected error ${result.errorId}, logged as: ${lastLogged.replace(/\s+/g, " ").slice(-300)}`);
  const wrote = grown(before, await rowCounts());
  if (wrote.length > 0)
    throw new Error(
      `refused ("${result.formError ?? JSON.stringify(result.fieldErrors)}") but wrote ${wrote.join(", ")}`,
    );
}
