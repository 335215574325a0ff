import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, utimes } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { test, expect } from "@playwright/test";
import { db } from "@/lib/db/client";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";
import { createEvidence } from "@/features/evidence/mutations";
import { evidenceItemSchema } from "@/features/evidence/schema";
import { createMember, createWorkspace } from "../tests/factories";
import { startAppInstance, type AppInstance } from "../tests/support/app-instance";

/**
 * Faults an operator will meet: the app stopped in the middle of an upload (a crash, a deploy, a
 * killed container) and PostgreSQL restarting under load (a failover, a patch). Each runs against
 * an instance of its own (the production build, its own database and folder of files), since
 * both are stopped on purpose. No browser: these are the HTTP requests a browser would send.
 */
test.describe.configure({ mode: "serial", timeout: 180_000 });

const BOUNDARY = "----fault-test-boundary";
let instance: AppInstance;
let cookie = "";
let workspaceId = "";
let itemId = "";
let leadId = "";
let previousDatabaseUrl: string | undefined;

test.beforeAll(async () => {
  previousDatabaseUrl = process.env.DATABASE_URL;
  instance = await startAppInstance({
    logFile: path.resolve(__dirname, "..", "test-results", "fault-app.log"),
    prepare: async () => {
      await db.installation.upsert({ where: { id: 1 }, create: { id: 1 }, update: {}, select: { id: true } });
      const workspace = await createWorkspace("Fenmoor Council");
      const lead = await createMember(workspace.id, "readiness_lead");
      const item = evidenceItemSchema.parse({
        title: "Carers' strategy 2026",
        kind: "document",
        statementKeys: ["assessing-needs"],
        categories: ["processes"],
      });
      ({ id: itemId } = await createEvidence(workspace.scope, { userId: lead.userId }, item));
      workspaceId = workspace.id;
      leadId = lead.userId;
    },
  });
  cookie = await instance.cookieFor(leadId, workspaceId);
});

test.afterAll(async () => {
  await instance?.close();
  process.env.DATABASE_URL = previousDatabaseUrl;
});

const uploadUrl = () => `${instance.base}/api/uploads/evidence/${itemId}`;
const filesFolder = () => path.join(instance.storageDir, "evidence", workspaceId);

async function storedFiles(): Promise<string[]> {
  return existsSync(filesFolder()) ? (await readdir(filesFolder())).sort() : [];
}

async function recorded() {
  process.env.DATABASE_URL = instance.databaseUrl;
  const files = await db.evidenceFile.findMany({
    where: { itemId },
    orderBy: { version: "asc" },
    select: { version: true, storageKey: true, size: true, sha256: true },
  });
  const audited = await db.auditEvent.count({ where: { action: "evidence.file_uploaded", entityId: itemId } });
  return { files, audited };
}

/** A whole upload, as the item page's form sends it. */
async function upload(content: string, signal?: AbortSignal): Promise<Response> {
  const form = new FormData();
  form.append("file", new Blob([content], { type: "text/plain" }), "Carers strategy.txt");
  return fetch(uploadUrl(), {
    method: "POST",
    body: form,
    headers: { cookie, origin: instance.base },
    redirect: "manual",
    signal,
  });
}

test("the app stopped in the middle of an upload leaves no record, and what it wrote is swept away", async () => {
  // A large text file sent slowly, chunk by chunk, like a big report over a council's network.
  const request = http.request(uploadUrl(), {
    method: "POST",
    headers: { cookie, origin: instance.base, "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
  });
  const outcome = new Promise<string>((resolve) => {
    request.on("response", (response) => resolve(`answered ${response.statusCode}`));
    request.on("error", (error) => resolve(`cut off: ${error.message}`));
  });
  request.write(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="Annual report.txt"\r\nContent-Type: text/plain\r\n\r\n`,
  );
  const line = "Adult social care annual report: carers' assessments completed within 28 days.\n";
  const chunk = line.repeat(Math.ceil((256 * 1024) / line.length));
  let partial: { name: string; size: number } | undefined;
  for (let sent = 0; sent < 400 && !partial; sent++) {
    request.write(chunk);
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const name of await storedFiles()) {
      if (!name.endsWith(".partial")) continue;
      const { size } = await stat(path.join(filesFolder(), name));
      if (size >= 2 * 1024 * 1024) partial = { name, size };
    }
  }
  expect(partial, "the upload reached storage").toBeDefined();

  await instance.stopApp("SIGKILL");
  expect(await outcome).toMatch(/^cut off/);
  // Only the half-written file is there, under its temporary name; nothing was recorded.
  expect(await storedFiles()).toEqual([partial!.name]);
  expect(await recorded()).toEqual({ files: [], audited: 0 });

  // A day later, the app starts again and sweeps the abandoned file away.
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60_000);
  await utimes(path.join(filesFolder(), partial!.name), twoDaysAgo, twoDaysAgo);
  await instance.startApp();
  await expect.poll(storedFiles, { timeout: 20_000 }).toEqual([]);

  // And the same upload, sent whole, is kept and recorded once.
  const content = "Carers' strategy 2026\n".repeat(1_000);
  const response = await upload(content);
  expect(response.status).toBe(303);
  expect(response.headers.get("location")).toContain("uploaded=1");
  const { files, audited } = await recorded();
  expect(files).toHaveLength(1);
  expect(audited).toBe(1);
  const kept = await readFile(path.join(instance.storageDir, files[0]!.storageKey));
  expect(createHash("sha256").update(kept).digest("hex")).toBe(files[0]!.sha256);
});

type Outcome = { at: number; kind: string; status: number; body: string };

test("PostgreSQL restarting under load: requests fail cleanly while it is down and the app recovers by itself", async () => {
  const before = await recorded();
  const started = Date.now();
  const DOWN_AT = 3_000;
  const UP_AT = 6_000;
  const END_AT = 16_000;
  const outcomes: Outcome[] = [];
  const pages = ["/evidence", `/evidence/${itemId}`, "/dashboard", "/self-assessment"];

  const user = async (index: number) => {
    for (let turn = index; Date.now() - started < END_AT; turn++) {
      const at = Date.now() - started;
      const isUpload = turn % 3 === 0;
      const kind = isUpload ? "upload" : pages[turn % pages.length]!;
      try {
        // A request that hangs is a failure too: each must be answered within 15 seconds.
        const signal = AbortSignal.timeout(15_000);
        const response = isUpload
          ? await upload(`Board minutes ${turn}\n`.repeat(500), signal)
          : await fetch(`${instance.base}${kind}`, { headers: { cookie }, redirect: "manual", signal });
        const body = await response.text();
        outcomes.push({ at, kind, status: response.status, body: response.status >= 400 ? body : "" });
      } catch (error) {
        outcomes.push({ at, kind, status: 0, body: (error as Error).message });
      }
    }
  };
  // When PostgreSQL is really back: its start can take a while after a kill (crash recovery).
  let upAt = UP_AT;
  const restart = (async () => {
    await new Promise((resolve) => setTimeout(resolve, DOWN_AT));
    await instance.stopDatabase();
    await new Promise((resolve) => setTimeout(resolve, UP_AT - DOWN_AT));
    await instance.startDatabase();
    upAt = Date.now() - started;
  })();
  await Promise.all([restart, ...Array.from({ length: 6 }, (_, index) => user(index))]);

  const failed = outcomes.filter((outcome) => outcome.status >= 400 || outcome.status === 0);
  // The fault was real: requests failed while PostgreSQL was down…
  expect(failed.length, "requests failed during the outage").toBeGreaterThan(0);
  // …each with an answer (no hang, no dropped connection) and a plain error, never a stack trace:
  // an upload is told to try again in a minute, a page shows the service's error page.
  for (const outcome of failed) {
    const seen = `${outcome.kind} at ${outcome.at} ms: ${outcome.status} ${outcome.body.slice(0, 200)}`;
    if (outcome.kind === "upload") {
      expect(outcome.status, seen).toBe(503);
      expect(outcome.body, seen).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    } else expect(outcome.status, seen).toBe(500);
    expect(outcome.body, seen).not.toMatch(/\n\s+at |ECONNREFUSED|Prisma|node_modules/);
  }
  // Two seconds after it is back, every request succeeds without the app being restarted.
  const after = outcomes.filter((outcome) => outcome.at >= upAt + 2_000);
  expect(after.length).toBeGreaterThan(10);
  expect(after.filter((outcome) => outcome.status >= 400 || outcome.status === 0)).toEqual([]);

  // No half-written record: every upload answered 303 is recorded once, in order, with its audit
  // event and its file; every file kept is one a row names.
  const { files, audited } = await recorded();
  const accepted = outcomes.filter((outcome) => outcome.kind === "upload" && outcome.status === 303).length;
  expect(files.length - before.files.length).toBe(accepted);
  expect(files.map((file) => file.version)).toEqual(files.map((_, index) => index + 1));
  expect(audited).toBe(files.length);
  for (const file of files) expect((await stat(path.join(instance.storageDir, file.storageKey))).size).toBe(file.size);
  expect(await storedFiles()).toEqual(files.map((file) => path.basename(file.storageKey)).sort());
  console.info(
    `PostgreSQL down ${DOWN_AT / 1000}–${UP_AT / 1000} s: ${outcomes.length} requests, ${failed.length} failed cleanly (${[...new Set(failed.map((outcome) => outcome.status))].join(", ")}), ${accepted} uploads recorded, ${after.length} requests after recovery all succeeded.`,
  );
});
