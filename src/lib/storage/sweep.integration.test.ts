import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createEvidence, addEvidenceFile } from "@/features/evidence/mutations";
import { evidenceItemSchema } from "@/features/evidence/schema";
import { createMember, createWorkspace } from "../../../tests/factories";
import { diskStorage } from "./disk";
import { ABANDONED_AFTER_MS, sweepAbandonedFiles } from "./sweep";

const DAY_AND_A_BIT = ABANDONED_AFTER_MS + 60 * 60_000;

async function councilWithStorage() {
  const workspace = await createWorkspace();
  const contributor = await createMember(workspace.id, "contributor");
  const root = await mkdtemp(path.join(os.tmpdir(), "sweep-"));
  const storage = diskStorage(root);
  const actor = { userId: contributor.userId };
  const item = evidenceItemSchema.parse({
    title: "Carers' strategy",
    kind: "document",
    statementKeys: ["assessing-needs"],
    categories: ["processes"],
  });
  const { id: itemId } = await createEvidence(workspace.scope, actor, item);
  /** A file stored and recorded, as a finished upload leaves it. */
  const upload = async (key: string) => {
    await storage.write(key, Readable.from(["Carers' strategy 2026"]));
    await addEvidenceFile(workspace.scope, actor, {
      itemId,
      storageKey: key,
      fileName: "strategy.txt",
      contentType: "text/plain",
      size: 21,
      sha256: "0".repeat(64),
      text: null,
    });
  };
  return { workspace, root, storage, upload };
}

describe("sweeping files an interrupted upload left behind", () => {
  it("keeps every recorded file, removes day-old files no row names and day-old half-written ones", async () => {
    const { workspace, root, storage, upload } = await councilWithStorage();
    const recorded = `evidence/${workspace.id}/recorded`;
    const orphan = `evidence/${workspace.id}/stored-but-never-recorded`;
    await upload(recorded);
    await storage.write(orphan, Readable.from(["the process stopped before the row was written"]));
    const halfWritten = path.join(root, "evidence", workspace.id, "stopped-mid-upload.partial");
    await writeFile(halfWritten, "the first megabyte");

    // The same files an hour later: too recent to be called abandoned.
    expect(await sweepAbandonedFiles({ storage, now: new Date(Date.now() + 60 * 60_000) })).toEqual({
      abandonedWrites: 0,
      unreferencedFiles: 0,
    });
    expect(await storage.exists(orphan)).toBe(true);

    // A day later.
    expect(await sweepAbandonedFiles({ storage, now: new Date(Date.now() + DAY_AND_A_BIT) })).toEqual({
      abandonedWrites: 1,
      unreferencedFiles: 1,
    });
    expect(await storage.exists(recorded)).toBe(true);
    expect(await storage.exists(orphan)).toBe(false);
    expect(existsSync(halfWritten)).toBe(false);
  });

  it("still sweeps files no row names when the store refuses to list unfinished uploads", async () => {
    const { workspace, storage } = await councilWithStorage();
    const orphan = `evidence/${workspace.id}/orphan`;
    await storage.write(orphan, Readable.from(["left behind"]));
    const refusing = { ...storage, removeAbandonedWrites: () => Promise.reject(new Error("AccessDenied")) };
    expect(await sweepAbandonedFiles({ storage: refusing, now: new Date(Date.now() + DAY_AND_A_BIT) })).toEqual({
      abandonedWrites: 0,
      unreferencedFiles: 1,
    });
    expect(await storage.exists(orphan)).toBe(false);
  });

  it("asks about keys in batches and removes only those no row names", async () => {
    const { workspace, storage, upload } = await councilWithStorage();
    const keys = Array.from(
      { length: 1_203 },
      (_, index) => `evidence/${workspace.id}/file-${String(index).padStart(4, "0")}`,
    );
    for (const key of keys) await storage.write(key, Readable.from(["x"]));
    const kept = [`evidence/${workspace.id}/kept-1`, `evidence/${workspace.id}/kept-2`];
    for (const key of kept) await upload(key);

    const batches: number[] = [];
    const result = await sweepAbandonedFiles({
      storage,
      now: new Date(Date.now() + DAY_AND_A_BIT),
      referenced: async (asked) => {
        batches.push(asked.length);
        const { referencedStorageKeys } = await import("./data");
        return referencedStorageKeys(asked);
      },
    });
    expect(result.unreferencedFiles).toBe(1_203);
    expect(Math.max(...batches)).toBeLessThanOrEqual(500);
    for (const key of kept) expect(await storage.exists(key)).toBe(true);
    for (const key of keys.slice(0, 3)) expect(await storage.exists(key)).toBe(false);
  });
});
