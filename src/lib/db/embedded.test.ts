import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EmbeddedStartError, folderClosedTo, startEmbeddedPostgres } from "./embedded";

/**
 * Started as root from a folder private to its owner (root's home, a `mktemp -d` folder), the
 * embedded PostgreSQL (which runs as the user "postgres") cannot reach its programs or data.
 * Start-up must stop with one sentence saying what to do, not crash with a spawn stack trace.
 */
const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function privateFolder() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "private-"));
  made.push(dir);
  await chmod(dir, 0o700);
  return dir;
}

describe("whether the postgres user can reach a folder", () => {
  it("finds the first folder on the way that is private to its owner", async () => {
    const dir = await privateFolder();
    await mkdir(path.join(dir, "app", "node_modules"), { recursive: true });
    const stranger = { uid: 64_000, gid: 64_000 };
    expect(folderClosedTo(path.join(dir, "app", "node_modules"), stranger)).toBe(dir);
    expect(folderClosedTo(path.join(dir, "app", "node_modules"), null)).toBe(dir);
    await chmod(dir, 0o711);
    expect(folderClosedTo(path.join(dir, "app", "node_modules"), stranger)).toBeNull();
  });

  it("lets the owner through its own private folder, and stops at folders not made yet", async () => {
    const dir = await privateFolder();
    const owner = { uid: process.getuid!(), gid: process.getgid!() };
    expect(folderClosedTo(path.join(dir, "not", "made", "yet"), owner)).toBeNull();
  });
});

describe.runIf(process.getuid?.() === 0)("starting the embedded database as root", () => {
  it("from a private folder, stops with a sentence that says what to do", async () => {
    const dir = await privateFolder();
    const started = startEmbeddedPostgres({ dataDir: path.join(dir, "app", ".data", "postgres"), password: "x" });
    await expect(started).rejects.toBeInstanceOf(EmbeddedStartError);
    await expect(started).rejects.toThrow(
      `The embedded database cannot start: run as root, PostgreSQL runs as the user "postgres", which cannot open ${dir} (only its owner can). Start the app as an ordinary user, or move it to a folder other users can open (for example /opt/care-act-readiness), or set DATABASE_URL to use a PostgreSQL server of your own.`,
    );
  });
});
