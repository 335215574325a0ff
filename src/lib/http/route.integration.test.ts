import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { accessOf } from "@/lib/actions/registry";
import { ROLES, roleHasPermission, type Permission, type Role } from "@/lib/authz/permissions";
import { scopeFromMembership } from "@/lib/authz/scope";
import type { CurrentSession } from "@/lib/auth/session";
import { createEvidence } from "@/features/evidence/mutations";
import { evidenceItemSchema } from "@/features/evidence/schema";
import { createMember, createWorkspace } from "../../../tests/factories";
import { sql } from "../../../tests/support/db";
import { isSameOrigin as isSameOriginAs } from "./same-origin";

const isSameOrigin = (request: Request) => isSameOriginAs(request, "http://localhost:3000");

/**
 * Cross-site request forgery: a page on another site can make a signed-in officer's browser post
 * to our route handlers (SameSite=Lax keeps the cookie off most such posts, but not off every one,
 * e.g. a same-site subdomain). createRoute must refuse any unsafe request whose Origin is not ours,
 * before it reads the session or writes anything. Routes are found by walking src/app, so a new
 * upload route is covered without being listed here.
 */
const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentSession: async () => session.current,
}));

const root = path.resolve(__dirname, "..", "..", "..");
const REFUSED = "This request did not come from this service's own pages.";
// APP_URL's default in tests (src/lib/env.ts); the app's own pages post with this Origin.
const OWN = "http://localhost:3000";
const UNSAFE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

type Handler = (request: Request, context: unknown) => Promise<Response>;
type UnsafeRoute = { name: string; method: string; permission: Permission; handler: Handler; file: string };

async function routeFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await routeFiles(full)));
    else if (/^route\.(ts|tsx)$/.test(entry.name)) found.push(full);
  }
  return found;
}

async function unsafeRoutes(): Promise<UnsafeRoute[]> {
  const routes: UnsafeRoute[] = [];
  for (const file of await routeFiles(path.join(root, "src", "app"))) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const method of UNSAFE_METHODS) {
      const access = accessOf(exported[method]);
      if (access?.kind !== "permission") continue;
      routes.push({
        name: `${path.relative(root, file)}#${method}`,
        method,
        permission: access.permission,
        handler: exported[method] as Handler,
        file,
      });
    }
  }
  return routes;
}

/** Every dynamic segment ([id], [day]) gets the same value, so one id can reach a real record. */
function contextFor(file: string, value: string) {
  const params = Object.fromEntries([...file.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((match) => [match[1], value]));
  return { params: Promise.resolve(params) };
}

/** A small multipart body with a real PDF: enough for any upload route to write something. */
function upload(method: string, headers: Record<string, string>) {
  const form = new FormData();
  form.set(
    "file",
    new File(["%PDF-1.7\n%\xe2\xe3\xcf\xd3\nsome text\n%%EOF\n"], "Board minutes.pdf", { type: "application/pdf" }),
  );
  const request = new Request("http://localhost:3000/api/anything", { method, body: form });
  return new Request(request, { headers: { "content-type": request.headers.get("content-type")!, ...headers } });
}

/** Rows in every table of the schema: a forged request must leave every count as it was. */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = (
    await sql<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
  ).map((row) => row.tablename);
  const rows = await sql<{ name: string; count: string }>(
    tables.map((name) => `SELECT '${name}' AS name, count(*) AS count FROM "${name}"`).join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.count)]));
}

async function signedInWithPermission(
  permission: Permission,
  workspace: { id: string; name: string },
): Promise<CurrentSession> {
  const role = ROLES.find((candidate) => roleHasPermission(candidate, permission)) as Role;
  const member = await createMember(workspace.id, role);
  const current = {
    membershipId: member.membershipId,
    role,
    workspaceId: workspace.id,
    workspaceName: workspace.name,
    active: true as const,
    scope: scopeFromMembership(workspace.id),
  };
  return {
    sessionId: "00000000-0000-7000-8000-000000000002",
    user: { id: member.userId, email: member.email, name: `Test ${role}` },
    memberships: [{ id: member.membershipId, role, workspaceId: workspace.id, workspaceName: workspace.name }],
    member: current,
  };
}

const FORGED: [string, Record<string, string>][] = [
  [
    "another site's Origin",
    { origin: "https://attacker.example", host: "localhost:3000", "sec-fetch-site": "cross-site" },
  ],
  ["no Origin, Sec-Fetch-Site cross-site", { host: "localhost:3000", "sec-fetch-site": "cross-site" }],
  ["no Origin and no Sec-Fetch-Site", { host: "localhost:3000" }],
  ["a look-alike host", { origin: "http://localhost.attacker.example", host: "localhost:3000" }],
  ["our host on another port", { origin: "http://localhost:3001", host: "localhost:3000" }],
];

let storageDir = "";
beforeAll(async () => {
  storageDir = await mkdtemp(path.join(os.tmpdir(), "csrf-routes-"));
  process.env.STORAGE_DIR = storageDir;
});
afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});
beforeEach(() => {
  session.current = null;
});

describe("route handlers that change something", () => {
  it("are found by walking src/app (an upload route among them)", async () => {
    const routes = await unsafeRoutes();
    expect(routes.filter((route) => route.method === "POST").length).toBeGreaterThan(0);
    expect(routes.map((route) => route.name)).toContain("src/app/api/uploads/evidence/[id]/route.ts#POST");
  });

  it("refuse a forged request from a member who has the permission, and write nothing", async () => {
    const workspace = await createWorkspace();
    for (const route of await unsafeRoutes()) {
      session.current = await signedInWithPermission(route.permission, workspace);
      const before = await rowCounts();
      for (const [label, headers] of FORGED) {
        const response = await route.handler(
          upload(route.method, headers),
          contextFor(route.file, "00000000-0000-7000-8000-0000000000aa"),
        );
        expect(response.status, `${route.name} with ${label}`).toBe(403);
        expect(await response.text(), `${route.name} with ${label}`).toBe(REFUSED);
      }
      expect(await rowCounts(), `${route.name}: rows after forged requests`).toEqual(before);
    }
  });

  it("accept the same request from the app's own pages (by APP_URL or by Host)", async () => {
    const workspace = await createWorkspace();
    const own: Record<string, string>[] = [
      { origin: OWN, host: "localhost:3000" },
      { origin: "https://readiness.council.example", host: "readiness.council.example" },
      { host: "localhost:3000", "sec-fetch-site": "same-origin" },
    ];
    for (const route of await unsafeRoutes()) {
      session.current = await signedInWithPermission(route.permission, workspace);
      for (const headers of own) {
        const response = await route.handler(
          upload(route.method, headers),
          contextFor(route.file, "00000000-0000-7000-8000-0000000000aa"),
        );
        expect(await response.text(), `${route.name} from ${JSON.stringify(headers)}`).not.toBe(REFUSED);
      }
    }
  });

  it("an evidence file upload: forged adds no file, the same post from our own page adds one", async () => {
    const workspace = await createWorkspace();
    const { POST } = (await import("@/app/api/uploads/evidence/[id]/route")) as unknown as { POST: Handler };
    session.current = await signedInWithPermission("evidence:edit", workspace);
    const { id } = await createEvidence(
      workspace.scope,
      { userId: session.current.user.id },
      evidenceItemSchema.parse({
        title: "Board minutes",
        kind: "document",
        statementKeys: ["safeguarding"],
        categories: ["processes"],
      }),
    );
    const context = contextFor("uploads/evidence/[id]/route.ts", id);
    const files = async () =>
      Number((await sql<{ count: string }>(`SELECT count(*) AS count FROM "EvidenceFile"`))[0]!.count);

    const forged = await POST(upload("POST", { origin: "https://attacker.example", host: "localhost:3000" }), context);
    expect(forged.status).toBe(403);
    expect(await files()).toBe(0);

    const genuine = await POST(upload("POST", { origin: OWN, host: "localhost:3000" }), context);
    expect(genuine.status).toBe(303);
    expect(genuine.headers.get("location")).toContain("uploaded=1");
    expect(await files()).toBe(1);
  });

  it("refuse an opaque Origin (a sandboxed frame or a data: page sends Origin: null) and write nothing", async () => {
    const workspace = await createWorkspace();
    for (const route of await unsafeRoutes()) {
      session.current = await signedInWithPermission(route.permission, workspace);
      const before = await rowCounts();
      const response = await route.handler(
        upload(route.method, { origin: "null", host: "localhost:3000" }),
        contextFor(route.file, "00000000-0000-7000-8000-0000000000aa"),
      );
      expect(response.status, route.name).toBe(403);
      expect(await response.text(), route.name).toBe("This request did not come from this service's own pages.");
      expect(await rowCounts(), route.name).toEqual(before);
    }
  });
});

describe("isSameOrigin", () => {
  const request = (headers: Record<string, string>) =>
    new Request("http://localhost:3000/api/x", { method: "POST", headers });

  it("matches the host exactly: no look-alike, no other port, no other scheme's default port", () => {
    expect(isSameOrigin(request({ origin: OWN, host: "localhost:3000" }))).toBe(true);
    expect(isSameOrigin(request({ origin: OWN, host: "proxy.internal" }))).toBe(true);
    expect(isSameOrigin(request({ origin: "http://localhost.attacker.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(request({ origin: "http://attacker.example/localhost:3000", host: "localhost:3000" }))).toBe(
      false,
    );
    expect(isSameOrigin(request({ origin: "http://localhost:3001", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(request({ origin: "http://localhost", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(request({ origin: "http://sub.localhost:3000", host: "localhost:3000" }))).toBe(false);
  });

  it("without an Origin, trusts only Sec-Fetch-Site: same-origin (not same-site)", () => {
    expect(isSameOrigin(request({ host: "localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOrigin(request({ host: "localhost:3000", "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOrigin(request({ host: "localhost:3000", "sec-fetch-site": "none" }))).toBe(false);
    expect(isSameOrigin(request({ host: "localhost:3000" }))).toBe(false);
  });

  it("answers no to an opaque or malformed Origin", () => {
    expect(isSameOrigin(request({ origin: "null", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(request({ origin: "not a url", host: "localhost:3000" }))).toBe(false);
  });

  it("compares the scheme with the service's own address", () => {
    const own = new URL(OWN);
    const otherScheme = `${own.protocol === "https:" ? "http:" : "https:"}//${own.host}`;
    expect(isSameOrigin(request({ origin: otherScheme, host: "proxy.internal" }))).toBe(false);
  });
});
