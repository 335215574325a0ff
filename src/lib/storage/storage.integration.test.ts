import { mkdtemp } from "node:fs/promises";
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
      s3Storage({ bucket: "evidence", region: "eu-west-2", endpoint, accessKeyId: "S3RVER", secretAccessKey: "S3RVER", forcePathStyle: true }),
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
});
