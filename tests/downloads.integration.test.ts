import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { accessOf } from "@/lib/actions/registry";
import { ROLES, roleHasPermission } from "@/lib/authz/permissions";
import type { CurrentSession } from "@/lib/auth/session";
import { configuredStorage } from "@/lib/storage/configured";
import { createMember, createWorkspace } from "./factories";
import { memberSession } from "./support/actions";
import { filesNamed } from "./support/source-tree";

/**
 * Every route that answers GET with a permission is a download (a file leaving the service), and
 * each must answer as `attachment()` in src/lib/http/attachment.ts does: an attachment, its type
 * not to be sniffed, kept by no cache. Routes are found by walking src/app, so a new download is
 * covered without editing this test; one under a new dynamic segment asks for its ids below.
 */
const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentSession: async () => session.current,
}));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Workspace = Awaited<ReturnType<typeof createWorkspace>>;

const root = path.resolve(__dirname, "..");
const appDir = path.join(root, "src", "app");

/** Real rows for each dynamic route's ids, and any query that takes another path through the route. */
async function targets(workspace: Workspace, userId: string): Promise<Record<string, Record<string, string>[]>> {
  const item = await db.evidenceItem.create({
    data: { workspaceId: workspace.id, title: "Carers survey 2025", kind: "document", createdById: userId },
    select: { id: true },
  });
  const storageKey = `evidence/${workspace.id}/downloads-test`;
  const bytes = Buffer.from("%PDF-1.7\nsome text\n%%EOF\n");
  await configuredStorage().write(storageKey, Readable.from([bytes]));
  const file = await db.evidenceFile.create({
    data: {
      workspaceId: workspace.id,
      itemId: item.id,
      version: 1,
      fileName: "Survey.pdf",
      contentType: "application/pdf",
      size: bytes.length,
      sha256: "0".repeat(64),
      storageKey,
      uploadedById: userId,
    },
    select: { id: true },
  });
  const visit = await db.visitSession.create({
    data: {
      workspaceId: workspace.id,
      title: "Carers focus group",
      kind: "focus_group",
      startsAt: new Date("2026-03-03T10:00:00Z"),
      endsAt: new Date("2026-03-03T11:00:00Z"),
      statementKeys: [],
    },
    select: { id: true },
  });
  // A finished export of each kind, the person's own (the routes serve only the one who asked).
  const finished = async (kind: "information_return_pack" | "board_pack") => {
    const key = `exports/${workspace.id}/${kind}`;
    await configuredStorage().write(key, Readable.from([bytes]));
    const row = await db.export.create({
      data: {
        workspaceId: workspace.id,
        requestedById: userId,
        kind,
        status: "ready",
        fileName: `${kind}.pdf`,
        contentType: "application/pdf",
        storageKey: key,
        finishedAt: new Date(),
      },
      select: { id: true },
    });
    return [{ id: row.id }];
  };
  return {
    "api/information-return/pack/exports/[id]": await finished("information_return_pack"),
    "api/reports/board-pack/exports/[id]": await finished("board_pack"),
    "api/evidence/[id]/files/[fileId]": [{ id: item.id, fileId: file.id }],
    "api/visit/run-sheet/[day]": [{ day: "2026-03-03" }],
    "api/visit/sessions/[id]/briefing": [{ id: visit.id }],
    "api/reports/evidence-register": [{}, { "?": "format=csv" }],
  };
}

let storageDir = "";
beforeAll(async () => {
  storageDir = await mkdtemp(path.join(os.tmpdir(), "downloads-"));
  process.env.STORAGE_DIR = storageDir;
});
afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

describe("downloads", () => {
  it("every permissioned GET route answers as an attachment with nosniff and no caching", async () => {
    const workspace = await createWorkspace();
    const lead = await createMember(workspace.id, "readiness_lead");
    const known = await targets(workspace, lead.userId);
    const files = await filesNamed(appDir, (name) => /^route\.(ts|tsx)$/.test(name));
    const checked: string[] = [];
    for (const file of files) {
      const GET = ((await import(file)) as { GET?: Handler }).GET;
      const access = accessOf(GET);
      if (!GET || access?.kind !== "permission") continue;
      const route = path.relative(appDir, path.dirname(file)).split(path.sep).join("/");
      const dynamic = route.includes("[");
      const calls = known[route] ?? (dynamic ? [] : [{}]);
      expect(calls.length, `${route}: say which ids to download it with, in targets() above`).toBeGreaterThan(0);
      const role = ROLES.find((one) => roleHasPermission(one, access.permission))!;
      // The lead, who has every export permission, for the exports it owns; a new member otherwise.
      const member = route.includes("/exports/") ? lead : await createMember(workspace.id, role);
      const as = route.includes("/exports/") ? "readiness_lead" : role;
      session.current = memberSession(workspace, member, as);
      for (const { "?": query, ...params } of calls) {
        const label = `${route}${query ? `?${query}` : ""}`;
        const response = await GET(new Request(`http://localhost:3000/${label}`), {
          params: Promise.resolve(params),
        });
        expect(response.status, `${label}: ${response.status === 200 ? "" : await response.clone().text()}`).toBe(200);
        expect(response.headers.get("x-content-type-options"), label).toBe("nosniff");
        expect(response.headers.get("content-disposition"), label).toMatch(
          /^attachment; filename="[^"]+"; filename\*=/,
        );
        expect(response.headers.get("cache-control"), label).toBe("private, no-store");
        expect(response.headers.get("content-type"), label).toBeTruthy();
        expect((await response.arrayBuffer()).byteLength, label).toBeGreaterThan(0);
        checked.push(label);
      }
    }
    // The thirteen downloads there are today (the evidence register in both its formats).
    expect(checked.length).toBeGreaterThanOrEqual(14);
  });
});
