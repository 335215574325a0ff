import { readFile } from "node:fs/promises";
import path from "node:path";
import { test, expect } from "@playwright/test";
import { db } from "@/lib/db/client";
import { createMember, createWorkspace } from "../tests/factories";
import { startAppInstance, type AppInstance } from "../tests/support/app-instance";
import { filesNamed } from "../tests/support/source-tree";

/**
 * Hostile requests over real HTTP against the production build, as `npm start` serves it (an
 * instance of its own, since it is throttled and flooded on purpose). Pages, route handlers and
 * actions are found by reading src/app, so a new one is covered without editing this file. No
 * browser: these are requests anyone with curl can send.
 */
test.describe.configure({ mode: "serial", timeout: 300_000 });

const root = path.resolve(__dirname, "..");
const logFile = path.join(root, "test-results", "hostile-app.log");
const BOUNDARY = "----hostile-boundary";
const UUID = "00000000-0000-7000-8000-0000000000aa";
let instance: AppInstance;
let cookie = "";
let previousDatabaseUrl: string | undefined;

test.beforeAll(async () => {
  previousDatabaseUrl = process.env.DATABASE_URL;
  instance = await startAppInstance({
    logFile,
    env: { LOG_LEVEL: "warn" },
    prepare: async () => {
      await db.installation.upsert({ where: { id: 1 }, create: { id: 1 }, update: {}, select: { id: true } });
    },
  });
  const workspace = await createWorkspace("Holmbridge Council");
  const lead = await createMember(workspace.id, "readiness_lead");
  cookie = await instance.cookieFor(lead.userId, workspace.id);
});

test.afterAll(async () => {
  await instance?.close();
  process.env.DATABASE_URL = previousDatabaseUrl;
});

/** The sign-in form's fields as the page renders them before scripts load (the action's own hidden fields). */
async function signInForm(): Promise<[string, string][]> {
  const html = await (await fetch(`${instance.base}/sign-in`)).text();
  return [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map((match) => [
    match[1]!,
    (match[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&"),
  ]);
}

function multipart(fields: [string, string | Buffer][], { cut = false } = {}): Buffer {
  const parts = fields.map(([name, value]) =>
    Buffer.concat([
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
      Buffer.from(value),
      Buffer.from("\r\n"),
    ]),
  );
  return Buffer.concat([...parts, Buffer.from(cut ? "" : `--${BOUNDARY}--\r\n`)]);
}

const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

async function post(pathname: string, body: Buffer | string | undefined, headers: Record<string, string>) {
  const response = await fetch(`${instance.base}${pathname}`, {
    method: "POST",
    body: body as BodyInit | undefined,
    headers: { origin: instance.base, ...headers },
    redirect: "manual",
  });
  return { status: response.status, text: await response.text() };
}

test("sign-in failures are counted per connection, whatever X-Forwarded-For the client sends", async () => {
  const form = await signInForm();
  const attempt = (index: number) =>
    post(
      "/sign-in",
      multipart([...form, ["email", `sprayed.${index}@holmbridge.example`], ["password", "Winter2026!"]]),
      // A new made-up address for every try: the spray the limit is there to stop.
      { "content-type": MULTIPART, "x-forwarded-for": `198.51.100.${index + 1}` },
    );
  for (let index = 0; index < 25; index++) {
    const answer = await attempt(index);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain("Enter a correct e-mail address and password");
  }
  const refused = await attempt(25);
  expect(refused.text).toContain("Too many failed sign-in attempts. Wait 15 minutes, then try again.");
  // The audit trail names the connection, not an address the client made up.
  const addresses = await db.signInAttempt.groupBy({ by: ["ipAddress"], _count: true });
  expect(addresses.map((row) => row.ipAddress)).toEqual(["127.0.0.1"]);
});

/** Every page and route handler under src/app, as addresses: a dynamic segment becomes `value`. */
async function addresses(file: "page.tsx" | "route.ts", value: string) {
  const files = await filesNamed(path.join(root, "src", "app"), (name) => name === file);
  return files.map((one) => {
    const route = path.relative(path.join(root, "src", "app"), path.dirname(one)).split(path.sep);
    const segments = route.filter((segment) => segment && !/^\(.*\)$/.test(segment));
    const dynamic = segments.some((segment) => segment.startsWith("["));
    return {
      file: path.relative(root, one),
      dynamic,
      pathname:
        `/${segments.map((segment) => (segment.startsWith("[") ? value : segment)).join("/")}`.replace(/\/$/, "") ||
        "/",
      methods: [] as string[],
      source: one,
    };
  });
}

test("a fuzz pass over every page, route handler and action finds no server error", async () => {
  const form = await signInForm();
  const actionId = (JSON.parse(form.find(([name]) => /:0$/.test(name))![1]) as { id: string }).id;
  const answers: string[] = [];
  const check = (label: string, status: number) => {
    if (status >= 500) answers.push(`${label}: ${status}`);
  };
  const signedIn = { cookie };

  // Addresses Next cannot decode, in every dynamic segment of every page and route.
  for (const bad of ["%ff", "%c0%af", "%E0%A4%A"]) {
    for (const page of [...(await addresses("page.tsx", bad)), ...(await addresses("route.ts", bad))]) {
      if (!page.dynamic) continue;
      const response = await fetch(`${instance.base}${page.pathname}`, { headers: signedIn, redirect: "manual" });
      check(`GET ${page.pathname}`, response.status);
      expect(response.status, page.pathname).toBe(400);
    }
  }

  const invalidUtf8 = Buffer.from([0xff, 0xfe, 0xc0, 0xaf, 0x00]);
  const bodies: [string, Buffer | string | undefined, Record<string, string>][] = [
    ["an empty body", undefined, {}],
    ["JSON", '{"title":', { "content-type": "application/json" }],
    ["JSON as an action call", '{"title":"x"}', { "content-type": "application/json", "next-action": actionId }],
    ["text as an action call", "garbage", { "content-type": "text/plain;charset=UTF-8", "next-action": actionId }],
    ["URL-encoded with bad escapes", "title=%ff%fe&x=%", { "content-type": "application/x-www-form-urlencoded" }],
    ["multipart without a boundary", multipart(form), { "content-type": "multipart/form-data" }],
    ["multipart cut short", multipart(form, { cut: true }), { "content-type": MULTIPART }],
    [
      "multipart cut short as an action call",
      multipart([["0", '["$K1"]']], { cut: true }),
      { "content-type": MULTIPART, "next-action": actionId },
    ],
    [
      "action arguments that are not JSON",
      multipart([["0", "[oops"]]),
      { "content-type": MULTIPART, "next-action": actionId },
    ],
    ["an unknown action", multipart([["0", "[]"]]), { "content-type": MULTIPART, "next-action": "0".repeat(42) }],
    [
      "invalid UTF-8 in every field",
      multipart([
        ...form.map(([name, value]): [string, string | Buffer] => [name, value]),
        ["email", invalidUtf8],
        ["password", invalidUtf8],
        ["next", invalidUtf8],
      ]),
      { "content-type": MULTIPART },
    ],
    ["no Origin", multipart(form), { "content-type": MULTIPART, origin: "" }],
    ["a malformed Origin", multipart(form), { "content-type": MULTIPART, origin: "not a url" }],
  ];
  for (const page of await addresses("page.tsx", UUID)) {
    for (const [label, body, headers] of bodies) {
      const answer = await post(page.pathname, body, { ...signedIn, ...headers });
      check(`POST ${page.pathname} with ${label}`, answer.status);
    }
  }

  // Route handlers: every exported method, with bodies an upload route cannot read.
  const routeBodies: [string, Buffer | string | undefined, Record<string, string>][] = [
    ["an empty body", undefined, {}],
    ["JSON", '{"a":', { "content-type": "application/json" }],
    ["multipart without a boundary", multipart([["x", "y"]]), { "content-type": "multipart/form-data" }],
    [
      "multipart cut short",
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.7\n`),
      { "content-type": MULTIPART },
    ],
    [
      "a file name that is not UTF-8",
      Buffer.concat([
        Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="`),
        invalidUtf8,
        Buffer.from(`.pdf"\r\n\r\n%PDF-1.7\n%%EOF\r\n--${BOUNDARY}--\r\n`),
      ]),
      { "content-type": MULTIPART },
    ],
  ];
  for (const route of await addresses("route.ts", UUID)) {
    const source = await readFile(route.source, "utf8");
    const methods = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]!);
    for (const method of methods) {
      if (method === "GET") {
        const response = await fetch(`${instance.base}${route.pathname}`, { headers: signedIn, redirect: "manual" });
        check(`GET ${route.pathname}`, response.status);
        await response.arrayBuffer();
        continue;
      }
      for (const [label, body, headers] of routeBodies) {
        const answer = await fetch(`${instance.base}${route.pathname}`, {
          method,
          body: body as BodyInit | undefined,
          headers: { origin: instance.base, ...signedIn, ...headers },
          redirect: "manual",
        });
        check(`${method} ${route.pathname} with ${label}`, answer.status);
        await answer.arrayBuffer();
      }
    }
  }
  expect(answers, answers.join("\n")).toEqual([]);

  // Nothing was logged as the service's own failure: each refusal is a warning naming it.
  const log = await readFile(logFile, "utf8");
  const failures = log.split("\n").filter((line) => /"level":(50|60)|⨯/.test(line));
  expect(failures, failures.slice(0, 5).join("\n")).toEqual([]);
  expect(log).toMatch(/"level":40.*"reason":"undecodable path"/);
  expect(log).toMatch(/"level":40.*"reason":"malformed multipart body"/);
});

test("a 1 MB field reaches the form's own check, a body over the limit is refused plainly", async () => {
  const form = await signInForm();
  const long = await post(
    "/sign-in",
    multipart([...form, ["email", `${"x".repeat(1024 * 1024)}@holmbridge.example`], ["password", "x"]]),
    { "content-type": MULTIPART },
  );
  expect(long.status).toBe(200);
  expect(long.text).toContain("E-mail address must be 254 characters or fewer");

  const huge = await post("/sign-in", multipart([...form, ["email", "x".repeat(5 * 1024 * 1024)]]), {
    "content-type": MULTIPART,
  });
  expect(huge).toEqual({
    status: 413,
    text: "This form is too large to send (the limit is 4 MB). Shorten what you entered and try again.",
  });
});
