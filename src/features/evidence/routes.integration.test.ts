import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { CurrentSession } from "@/lib/auth/session";
import { createMember, createWorkspace } from "../../../tests/factories";
import { memberSession } from "../../../tests/support/actions";
import { createEvidence } from "./mutations";
import { evidenceItemSchema } from "./schema";
import { downloadEvidenceFile, uploadEvidenceFile } from "./routes";

/**
 * A file's name from the upload to the download, over the real routes: a browser sends the name
 * in the multipart header as raw UTF-8 bytes, and the download offers it back (RFC 6266 filename*).
 */
const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentSession: async () => session.current,
}));

const OWN = "http://localhost:3000";
const BOUNDARY = "----browser-boundary";

let storageDir = "";
beforeAll(async () => {
  storageDir = await mkdtemp(path.join(os.tmpdir(), "evidence-routes-"));
  process.env.STORAGE_DIR = storageDir;
});
afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

/** The bytes Chromium and Firefox send for a file input: the name as UTF-8, quotes escaped as %22. */
function browserUpload(fileName: string, content: string) {
  const body = Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="`),
    Buffer.from(fileName.replaceAll('"', "%22"), "utf8"),
    Buffer.from(`"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n--${BOUNDARY}--\r\n`),
  ]);
  return new Request(`${OWN}/api/uploads/evidence/x`, {
    method: "POST",
    body,
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, origin: OWN, host: "localhost:3000" },
  });
}

/** The name a browser saves the download as: filename* when given (RFC 6266 §4.3). */
function savedName(disposition: string | null): string {
  const extended = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? "")?.[1];
  return extended ? decodeURIComponent(extended) : (/filename="([^"]*)"/.exec(disposition ?? "")?.[1] ?? "");
}

async function uploadThenDownload(fileName: string) {
  const workspace = await createWorkspace();
  const member = await createMember(workspace.id, "readiness_lead");
  session.current = memberSession(workspace, member, "readiness_lead");
  const { id } = await createEvidence(
    workspace.scope,
    { userId: member.userId },
    evidenceItemSchema.parse({
      title: "Notes",
      kind: "document",
      statementKeys: ["safeguarding"],
      categories: ["processes"],
    }),
  );
  const params = { params: Promise.resolve({ id }) };
  const uploaded = await uploadEvidenceFile(browserUpload(fileName, "Minutes of the meeting\n"), params);
  expect(uploaded.status, await uploaded.clone().text()).toBe(303);
  const file = await db.evidenceFile.findFirstOrThrow({ where: { itemId: id }, select: { id: true, fileName: true } });
  const download = await downloadEvidenceFile(new Request(`${OWN}/api/evidence/${id}/files/${file.id}`), {
    params: Promise.resolve({ id, fileId: file.id }),
  });
  expect(download.status).toBe(200);
  return { stored: file.fileName, served: savedName(download.headers.get("content-disposition")) };
}

describe("an uploaded file's name", () => {
  it("keeps accents and dashes as typed, stored and served", async () => {
    expect(await uploadThenDownload("café – ñ.txt")).toEqual({ stored: "café – ñ.txt", served: "café – ñ.txt" });
  });

  it("keeps other scripts too", async () => {
    expect(await uploadThenDownload("تقرير المجلس.txt")).toEqual({
      stored: "تقرير المجلس.txt",
      served: "تقرير المجلس.txt",
    });
  });

  it("loses a right-to-left override and C1 control characters, which disguise a name", async () => {
    const { stored, served } = await uploadThenDownload("report\u202Etxt.exe\u0085\u009b.txt");
    expect(stored).toBe("reporttxt.exe.txt");
    expect(served).toBe(stored);
  });
});
