import { randomBytes } from "node:crypto";
import pg from "pg";
import { encode } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { idle, type ActionResult } from "@/lib/actions/result";
import { ROLES, roleHasPermission, type Permission, type Role } from "@/lib/authz/permissions";
import { sessionCookieName } from "@/lib/auth/cookie";
import type { CurrentSession } from "@/lib/auth/session";
import { disconnectDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { seedDemo } from "../prisma/demo";
import { createMember, createSession, createWorkspace } from "./factories";
import { memberSession } from "./support/actions";
import { adminQuery, withDatabase } from "./support/global-setup";
import * as targets from "./support/isolation-targets";
import { leaksSince, takeSnapshot, type Snapshot } from "./support/workspace-snapshot";

/**
 * A member of one council never reads or changes another council's data, whatever id they send.
 * Council A is the demo council (every feature's data); council B has one member of each role and
 * nothing else. As B, every server action is sent forms whose id fields hold A's ids, every route
 * handler under a dynamic segment is called with A's ids in its path, and every loader that takes
 * an id is called with A's ids. Afterwards none of A's rows may have changed or gone, no new row may
 * be in A's workspace or point at A's records, and nothing B is shown may carry A's ids.
 *
 * Actions, routes and loaders are found by reading src, so new ones are covered without editing
 * this file. The choice of ids is seeded: set ISOLATION_SEED / ISOLATION_RUNS to explore further.
 */
const SEED = Number(process.env.ISOLATION_SEED ?? 20_261_125);
const RUNS = Number(process.env.ISOLATION_RUNS ?? 6);

const session = vi.hoisted(() => ({ current: null as CurrentSession | null, cookie: undefined as string | undefined }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentSession: async () => session.current,
}));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  revalidatePath: () => undefined,
}));
// Loaders reach the session through requireMember inside the session module, which the mock above
// cannot replace: for them the member signs in for real, with a session row and its cookie.
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  cookies: async () => ({
    get: (name: string) =>
      session.cookie && name === sessionCookieName() ? { name, value: session.cookie } : undefined,
    getAll: () => [],
    has: () => false,
    set: () => undefined,
    delete: () => undefined,
  }),
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }),
}));

// As next.config's experimental.authInterrupts does in the app, so forbidden() throws its digest.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

let lastLogged = "";
vi.spyOn(logger, "error").mockImplementation(((entry: { err?: { message?: string } | string }) => {
  lastLogged = typeof entry?.err === "string" ? entry.err : (entry?.err?.message ?? JSON.stringify(entry));
}) as typeof logger.error);

// The demo council is seeded once into a database of this file's own: the per-test reset in
// tests/support/setup-integration.ts empties whichever database DATABASE_URL names before each
// test, so the URL points here only while a test of this file runs.
const adminUrl = inject("adminDatabaseUrl");
const database = `isolation_${randomBytes(6).toString("hex")}`;
const ownUrl = withDatabase(adminUrl, database);
const fileUrl = process.env.DATABASE_URL;

type Member = { session: CurrentSession; cookie: string };
let client: pg.Client;
let snapshot: Snapshot;
let councilA: string;
let frameworkKeys: targets.Keys;
const councilB = new Map<Role, Member>();
const reported = new Set<string>();
const tally = {
  actions: 0,
  actionAttempts: 0,
  outcomes: {} as Record<string, number>,
  routes: 0,
  routeAttempts: 0,
  loaders: 0,
  loaderAttempts: 0,
};

beforeAll(async () => {
  await adminQuery(adminUrl, `CREATE DATABASE "${database}" TEMPLATE "${inject("templateDatabase")}"`);
  process.env.DATABASE_URL = ownUrl;
  try {
    await seedDemo();
    client = new pg.Client({ connectionString: ownUrl });
    await client.connect();
    snapshot = await takeSnapshot(client);
    councilA = (await client.query<{ id: string }>(`SELECT id FROM "Workspace"`)).rows.map((row) => row.id)[0]!;
    const keysOf = async (table: string) =>
      (await client.query<{ key: string }>(`SELECT key FROM "${table}" ORDER BY key`)).rows.map((row) => row.key);
    frameworkKeys = { statements: await keysOf("QualityStatement"), iStatements: await keysOf("IStatement") };
    const workspace = await createWorkspace("Other council");
    for (const role of ROLES) {
      const member = await createMember(workspace.id, role);
      const sid = await createSession(member.userId, workspace.id);
      const cookie = await encode({ token: { sub: member.userId, sid }, secret: env().AUTH_SECRET, maxAge: 3600 });
      councilB.set(role, { session: memberSession(workspace, member, role), cookie });
    }
  } finally {
    process.env.DATABASE_URL = fileUrl;
  }
}, 120_000);

beforeEach(() => {
  process.env.DATABASE_URL = ownUrl;
});

afterEach(() => {
  process.env.DATABASE_URL = fileUrl;
  session.current = null;
  session.cookie = undefined;
});

afterAll(async () => {
  console.info(
    `workspace isolation: ${tally.actions} actions (${tally.actionAttempts} forms: ${JSON.stringify(tally.outcomes)}), ${tally.routes} routes (${tally.routeAttempts} calls), ${tally.loaders} loaders (${tally.loaderAttempts} calls)`,
  );
  await client?.end();
  await disconnectDb();
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});

function signInAs(role: Role) {
  const member = councilB.get(role)!;
  session.current = member.session;
  session.cookie = member.cookie;
}

const roleFor = (permission: Permission) => ROLES.find((one) => roleHasPermission(one, permission))!;

/** Any of A's ids, or one of A's longer texts, in what B was given. */
function aDataIn(shown: string): string | undefined {
  const id = shown
    .match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi)
    ?.find((one) => snapshot.ids.has(one.toLowerCase()));
  return id ? `id ${id}` : snapshot.texts.find((text) => shown.includes(text));
}

/** One of A's ids from a table an id of this name plausibly points to; `turn` walks the tables. */
function idFor(field: string, context: string[], turn: number, random: ReturnType<typeof targets.seeded>): string {
  const tables = targets.tablesFor(snapshot, field, context);
  return random.pick(snapshot.idsByTable.get(tables[turn % tables.length]!)!);
}

function isNavigation(thrown: unknown): string | undefined {
  const digest = (thrown as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK|NEXT_NOT_FOUND)/.test(digest)
    ? digest
    : undefined;
}

const actions = await targets.loadPermissionActions();
const routes = await targets.loadDynamicRoutes();
const loaders = await targets.loadIdLoaders();

describe("discovery", () => {
  it("finds every permissioned action, and the dynamic routes and id loaders", async () => {
    // The hostile-input test asks for more than 50; a second count, read as text, catches a discovery that quietly skips files.
    expect(actions.length).toBeGreaterThan(50);
    expect(actions.length).toBe(await targets.countDeclaredActions());
    expect(actions.filter((one) => !one.schemaFound).map((one) => one.label)).toEqual([]);
    expect(routes.map((one) => one.label)).toEqual(
      expect.arrayContaining(["src/app/api/evidence/[id]/files/[fileId]/route.ts#GET"]),
    );
    expect(loaders.length).toBeGreaterThan(10);
  });
});

describe("as a member of another council", () => {
  it("route handlers under a dynamic segment answer not found or forbidden for A's ids", async () => {
    const failures: string[] = [];
    const random = targets.seeded(SEED);
    for (const route of routes) {
      signInAs(roleFor(route.permission));
      tally.routes++;
      const context = targets.wordsOf(route.path);
      const sets = Array.from({ length: RUNS }, (_, turn) =>
        Object.fromEntries(
          route.params.map((param, index) => [
            param,
            targets.looksLikeId(param) ? idFor(param, context, turn + index, random) : valueOfA(param, turn),
          ]),
        ),
      );
      sets.push(...coherentParams(route.params, context));
      for (const params of sets) {
        tally.routeAttempts++;
        const url = `http://localhost${route.path.replace(/\[([^\]]+)\]/g, (_, name: string) => params[name] ?? "")}`;
        const body = route.method === "GET" ? undefined : uploadForm();
        const response = await route.handler(
          new Request(url, { method: route.method, headers: { "sec-fetch-site": "same-origin" }, body }),
          { params: Promise.resolve(params) },
        );
        const shown = await response.text();
        const withIds = route.params.some(targets.looksLikeId);
        if (withIds && ![403, 404].includes(response.status))
          failures.push(`${route.label} ${JSON.stringify(params)}: answered ${response.status} ${shown.slice(0, 120)}`);
        const leaked = response.ok ? aDataIn(shown) : undefined;
        if (leaked) failures.push(`${route.label} ${JSON.stringify(params)}: showed A's ${leaked}`);
        for (const problem of await leaksSince(client, snapshot, councilA, reported))
          failures.push(`${route.label} ${JSON.stringify(params)}: ${problem}`);
      }
    }
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it("loaders that take an id find nothing of A's", async () => {
    const failures: string[] = [];
    const random = targets.seeded(SEED + 1);
    for (const loader of loaders) {
      tally.loaders++;
      const context = targets.wordsOf(loader.name, loader.feature);
      for (const role of ROLES) {
        signInAs(role);
        let allowed = true;
        // Fewer turns than for actions: each role is tried, and a loader reads a whole page's data.
        for (let turn = 0; turn < Math.ceil(RUNS / 2) && allowed; turn++) {
          const args = loader.params.map((param) =>
            param.kind === "id"
              ? idFor(param.name, context, turn, random)
              : param.kind === "object"
                ? {}
                : param.kind === "text"
                  ? ""
                  : undefined,
          );
          tally.loaderAttempts++;
          try {
            const shown = await loader.run(...args);
            const leaked = aDataIn(
              JSON.stringify(shown ?? null, (_key, value: unknown) =>
                typeof value === "bigint" ? String(value) : value,
              ),
            );
            if (leaked) failures.push(`${loader.label}(${JSON.stringify(args)}) as ${role}: showed A's ${leaked}`);
          } catch (thrown) {
            const digest = isNavigation(thrown);
            if (digest?.endsWith(";403")) allowed = false;
            else if (!digest)
              failures.push(
                `${loader.label}(${JSON.stringify(args)}) as ${role}: threw ${String(thrown).slice(0, 200)}`,
              );
          }
        }
      }
      for (const problem of await leaksSince(client, snapshot, councilA, reported))
        failures.push(`${loader.label}: ${problem}`);
    }
    expect(failures, failures.join("\n")).toEqual([]);
  });

  // One test per actions file, so a failure says which feature; every action in it is still tried.
  const byFile = new Map<string, targets.FoundAction[]>();
  for (const one of actions)
    byFile.set(one.label.split("#")[0]!, [...(byFile.get(one.label.split("#")[0]!) ?? []), one]);
  it.each([...byFile])("%s: each action sent A's ids changes nothing of A's", async (_file, inFile) => {
    const failures: string[] = [];
    for (const action of inFile) {
      tally.actions++;
      signInAs(roleFor(action.permission));
      const random = targets.seeded(SEED + action.label.length);
      const context = targets.wordsOf(action.name, action.feature);
      const prefixes = await targets.idPrefixesOf(action.feature);
      for (let turn = 0; turn < RUNS; turn++) {
        const fields: [string, string][] = [["workspaceId", councilA]];
        let idField = 0;
        for (const [key, field] of action.keys) {
          const value = targets.looksLikeId(key)
            ? ""
            : targets.plausibleValue(key, field, random, frameworkKeys, turn % 3 === 2);
          const prefix =
            value === targets.FREE_TEXT && turn % 3 === 1 && prefixes.length > 0
              ? prefixes[turn % prefixes.length]!
              : undefined;
          if (prefix) fields.push([key, `${prefix}:${idFor(prefix, context, turn, random)}`]);
          else if (!targets.looksLikeId(key)) fields.push([key, value]);
          else
            for (let one = 0; one < (/s$/.test(key) ? 2 : 1); one++)
              fields.push([key, idFor(key, context, turn + idField++, random)]);
        }
        tally.actionAttempts++;
        const outcome = await send(action, fields);
        tally.outcomes[outcome.kind] = (tally.outcomes[outcome.kind] ?? 0) + 1;
        const where = `${action.label} ${JSON.stringify(Object.fromEntries(fields))}`;
        if (outcome.kind === "failure") failures.push(`${where}: ${outcome.message}`);
        for (const problem of await leaksSince(client, snapshot, councilA, reported))
          failures.push(`${where}: ${problem}`);
      }
    }
    expect(failures, failures.join("\n")).toEqual([]);
  });
});

type Outcome = { kind: "ok" | "navigation" | "refused" | "invalid" } | { kind: "failure"; message: string };

async function send(action: targets.FoundAction, fields: [string, string][]): Promise<Outcome> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  let result: ActionResult;
  try {
    result = await action.run(idle, form);
  } catch (thrown) {
    return isNavigation(thrown) ? { kind: "navigation" } : { kind: "failure", message: `threw ${String(thrown)}` };
  }
  if (result.status !== "error") return { kind: "ok" };
  if (result.errorId)
    return {
      kind: "failure",
      message: `unexpected error ${result.errorId}, logged as: ${lastLogged.replace(/\s+/g, " ").slice(-300)}`,
    };
  return { kind: Object.keys(result.fieldErrors ?? {}).length > 0 ? "invalid" : "refused" };
}

/** A value A's rows hold in a column of this name (a visit day for [day]), else a plausible date. */
function valueOfA(param: string, turn: number): string {
  const values = [...snapshot.rows.values()]
    .flatMap((rows) => [...rows.values()].map((row) => (JSON.parse(row) as Record<string, unknown>)[param]))
    .filter((one): one is string => typeof one === "string");
  const distinct = [...new Set(values.map((one) => (/^\d{4}-\d{2}-\d{2}/.test(one) ? one.slice(0, 10) : one)))].sort();
  return distinct.length > 0 ? distinct[turn % distinct.length]! : "2026-12-01";
}

/** For a path with several ids ([id]/files/[fileId]): real pairs from A's rows, so each lookup alone would match. */
function coherentParams(params: string[], context: string[]): Record<string, string>[] {
  const ids = params.filter(targets.looksLikeId);
  if (ids.length < 2) return [];
  const last = ids.at(-1)!;
  const sets: Record<string, string>[] = [];
  for (const table of targets.tablesFor(snapshot, last, context)) {
    for (const text of [...(snapshot.rows.get(table)?.values() ?? [])].slice(0, 3)) {
      const row = JSON.parse(text) as Record<string, unknown>;
      const set: Record<string, string> = { [last]: String(row.id) };
      for (const param of ids.slice(0, -1)) {
        const wanted = targets.tablesFor(snapshot, param, context);
        const column = Object.keys(row).find(
          (name) => name !== "id" && [...(snapshot.references.get(name) ?? [])].some((one) => wanted.includes(one)),
        );
        if (column) set[param] = String(row[column]);
      }
      if (Object.keys(set).length === ids.length) sets.push(set);
    }
  }
  return sets;
}

function uploadForm(): FormData {
  const form = new FormData();
  for (const name of ["file", "answer", "register", "upload"])
    form.append(name, new File(["Name,Team\nA. Person,Reablement\n"], "note.csv", { type: "text/csv" }));
  return form;
}
