import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { idle } from "@/lib/actions/result";
import type { CurrentSession } from "@/lib/auth/session";
import { startJobQueue, stopJobQueue } from "@/lib/jobs/queue";
import { configuredStorage } from "@/lib/storage/configured";
import { createMember, createWorkspace } from "../../../tests/factories";
import { memberSession, redirectOf } from "../../../tests/support/actions";
import { startBoardPackAction, startInformationReturnPackAction } from "./actions";
import { buildExport, exportJobs, removeOldExports } from "./jobs";
import { downloadBoardPackExport, downloadInformationReturnPackExport } from "./routes";

const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentSession: async () => session.current,
}));

let storageDir = "";
beforeAll(async () => {
  storageDir = await mkdtemp(path.join(os.tmpdir(), "exports-"));
  process.env.STORAGE_DIR = storageDir;
});
afterAll(async () => {
  await stopJobQueue();
  await rm(storageDir, { recursive: true, force: true });
});

type Workspace = Awaited<ReturnType<typeof createWorkspace>>;

async function returnWithOneFile(workspace: Workspace, userId: string) {
  const item = await db.informationReturnItem.create({
    data: { workspaceId: workspace.id, reference: "A1", title: "Carers strategy", statementKeys: [], position: 1 },
    select: { id: true },
  });
  const evidence = await db.evidenceItem.create({
    data: { workspaceId: workspace.id, title: "Carers strategy 2025", kind: "document", createdById: userId },
    select: { id: true },
  });
  const storageKey = `evidence/${workspace.id}/exports-test`;
  await configuredStorage().write(storageKey, Readable.from([Buffer.from("the strategy")]));
  await db.evidenceFile.create({
    data: {
      workspaceId: workspace.id,
      itemId: evidence.id,
      version: 1,
      fileName: "Strategy.txt",
      contentType: "text/plain",
      size: 12,
      sha256: "0".repeat(64),
      storageKey,
      uploadedById: userId,
    },
  });
  await db.informationReturnEvidence.create({ data: { itemId: item.id, evidenceItemId: evidence.id } });
}

async function until(check: () => Promise<boolean>, timeoutMs = 30_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting for the export");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const download = (route: typeof downloadBoardPackExport, id: string) =>
  route(new Request(`http://localhost:3000/api/exports/${id}`), { params: Promise.resolve({ id }) });

describe("long exports on the job queue", () => {
  it("builds the information return pack in a job, with progress, for the person who asked only", async () => {
    const workspace = await createWorkspace();
    const lead = await createMember(workspace.id, "readiness_lead");
    await returnWithOneFile(workspace, lead.userId);
    session.current = memberSession(workspace, lead, "readiness_lead");

    const where = await redirectOf(startInformationReturnPackAction(idle, new FormData()));
    const id = where.replace("/exports/", "");
    expect(await db.export.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({
      status: "queued",
    });
    // Not ready yet: nothing to download.
    expect((await download(downloadInformationReturnPackExport, id)).status).toBe(404);

    await startJobQueue(exportJobs);
    await until(async () => (await db.export.findUniqueOrThrow({ where: { id } })).status === "ready");
    const row = await db.export.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ done: 2, total: 2, contentType: "application/zip" });

    const response = await download(downloadInformationReturnPackExport, id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/information-return-pack-\d{4}-\d\d-\d\d\.zip/);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    expect(Object.keys(zip.files).sort()).toEqual(["A1 Carers strategy/Strategy.txt", "index.xlsx"]);
    expect(await zip.file("A1 Carers strategy/Strategy.txt")!.async("string")).toBe("the strategy");

    const actions = await db.auditEvent.findMany({ where: { workspaceId: workspace.id }, select: { action: true } });
    expect(actions.map((event) => event.action).sort()).toEqual(["export.started", "information_return.pack_exported"]);

    // Run again (a retried job): the finished export is left as it is.
    await buildExport({ exportId: id, councilName: workspace.name, maySeeSensitive: false });
    expect((await db.export.findUniqueOrThrow({ where: { id } })).updatedAt).toEqual(row.updatedAt);
    expect(await db.auditEvent.count({ where: { workspaceId: workspace.id } })).toBe(2);

    // Another director of the same council: not theirs, so not found; the wrong kind's route too.
    const director = await createMember(workspace.id, "director");
    session.current = memberSession(workspace, director, "director");
    expect((await download(downloadInformationReturnPackExport, id)).status).toBe(404);
    session.current = memberSession(workspace, lead, "readiness_lead");
    expect((await download(downloadBoardPackExport, id)).status).toBe(404);
    // A role without the permission is refused before anything is read.
    const viewer = await createMember(workspace.id, "viewer");
    session.current = memberSession(workspace, viewer, "viewer");
    expect((await download(downloadInformationReturnPackExport, id)).status).toBe(403);
  });

  it("builds the board pack as a PDF, and removes exports after a week", async () => {
    const workspace = await createWorkspace();
    const director = await createMember(workspace.id, "director");
    session.current = memberSession(workspace, director, "director");
    const id = (await redirectOf(startBoardPackAction(idle, new FormData()))).replace("/exports/", "");
    await startJobQueue(exportJobs);
    await until(async () => (await db.export.findUniqueOrThrow({ where: { id } })).status === "ready");
    const response = await download(downloadBoardPackExport, id);
    expect(response.status).toBe(200);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");

    const { storageKey } = await db.export.findUniqueOrThrow({ where: { id }, select: { storageKey: true } });
    expect(await removeOldExports(new Date(Date.now() + 6 * 24 * 3600_000))).toBe(0);
    expect(await removeOldExports(new Date(Date.now() + 8 * 24 * 3600_000))).toBeGreaterThanOrEqual(1);
    expect(await db.export.count({ where: { id } })).toBe(0);
    expect(await configuredStorage().exists(storageKey!)).toBe(false);
  });
});
