import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "@/lib/db/embedded";
import { diskStorage } from "./disk";
import { s3Storage } from "./s3";
import type { FileStorage } from "./storage";

// A real S3-compatible server on loopback (s3rver), so the S3 storage is tested against the S3 API.
let server: S3rver;
let endpoint = "";

beforeAll(async () => {
  const port = await findFreePort();
  server = new S3rver({
    address: "127.0.0.1",
    port,
    silent: true,
    directory: await mkdtemp(path.join(os.tmpdir(), "s3rver-")),
    configureBuckets: [{ name: "evidence", configs: [] }],
  });
  await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server?.close();
});

const implementations: [string, () => Promise<FileStorage>][] = [
  ["disk", async () => diskStorage(await mkdtemp(path.join(os.tmpdir(), "disk-storage-")))],
  [
    "S3",
    async () =>
      s3Storage({
        bucket: "evidence",
        region: "eu-west-2",
        endpoint,
        accessKeyId: "S3RVER",
        secretAccessKey: "S3RVER",
        forcePathStyle: true,
      }),
  ],
];

describe.each(implementations)("%s storage", (_name, make) => {
  it("writes, reads back and removes a file", async () => {
    const storage = await make();
    await storage.write("evidence/ws/one", Readable.from(["Board ", "report"]));
    expect(await storage.exists("evidence/ws/one")).toBe(true);
    expect(await text(await storage.read("evidence/ws/one"))).toBe("Board report");
    await storage.remove("evidence/ws/one");
    expect(await storage.exists("evidence/ws/one")).toBe(false);
  });

  it("leaves nothing behind when the stream fails part-way", async () => {
    const storage = await make();
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(64 * 1024, 1));
        this.destroy(new Error("connection reset"));
      },
    });
    await expect(storage.write("evidence/ws/broken", failing)).rejects.toThrow();
    expect(await storage.exists("evidence/ws/broken")).toBe(false);
  });

  it("lists the objects under a prefix with when they were written", async () => {
    const storage = await make();
    const started = Date.now() - 5_000;
    // A prefix of its own: the S3 bucket is shared by these tests.
    const prefix = `listing-${randomUUID()}`;
    await storage.write(`${prefix}/one/a`, Readable.from(["a"]));
    await storage.write(`${prefix}/two/b`, Readable.from(["b"]));
    await storage.write(`${prefix}-other/c`, Readable.from(["c"]));
    const listed: { key: string; modifiedAt: Date }[] = [];
    for await (const object of storage.list(`${prefix}/`)) listed.push(object);
    expect(listed.map((object) => object.key).sort()).toEqual([`${prefix}/one/a`, `${prefix}/two/b`]);
    for (const object of listed) expect(object.modifiedAt.getTime()).toBeGreaterThan(started);
  });
});

describe("writes cut off by a stopped process", () => {
  it("on disk: a temporary file untouched since before the cut-off is removed, a newer one is kept and neither is listed", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "disk-storage-"));
    const storage = diskStorage(root);
    await mkdir(path.join(root, "evidence", "ws"), { recursive: true });
    const old = path.join(root, "evidence", "ws", "stopped.partial");
    const fresh = path.join(root, "evidence", "ws", "uploading.partial");
    await writeFile(old, "half a file");
    await writeFile(fresh, "still arriving");
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60_000);
    await utimes(old, twoDaysAgo, twoDaysAgo);

    const listed: string[] = [];
    for await (const object of storage.list("evidence/")) listed.push(object.key);
    expect(listed).toEqual([]);
    expect(await storage.removeAbandonedWrites(new Date(Date.now() - 60_000))).toBe(1);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it("on S3: a store that cannot list unfinished multipart uploads (left to the bucket's lifecycle rule) is not an error", async () => {
    const storage = s3Storage({
      bucket: "evidence",
      region: "eu-west-2",
      endpoint,
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
      forcePathStyle: true,
    });
    await expect(storage.removeAbandonedWrites(new Date())).resolves.toBe(0);
  });
});
