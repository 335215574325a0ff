import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diskStorage } from "@/lib/storage/disk";
import { receiveSingleFile } from "./receive";

const BOUNDARY = "----readiness-test-boundary";

function multipart(
  fileName: string,
  content: Uint8Array | ReadableStream<Uint8Array>,
  fields: Record<string, string> = {},
): Request {
  const fieldParts = Object.entries(fields)
    .map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("");
  const head = new TextEncoder().encode(
    `${fieldParts}--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = new TextEncoder().encode(`\r\n--${BOUNDARY}--\r\n`);
  const body =
    content instanceof Uint8Array
      ? new Blob([head, content as BlobPart, tail]).stream()
      : new ReadableStream<Uint8Array>({
          async start(controller) {
            controller.enqueue(head);
            const reader = content.getReader();
            try {
              for (;;) {
                const { done, value } = await reader.read();
                if (done) break;
                controller.enqueue(value);
              }
              controller.enqueue(tail);
              controller.close();
            } catch (error) {
              controller.error(error);
            }
          },
        });
  return new Request("http://localhost/upload", {
    method: "POST",
    body,
    duplex: "half",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
  } as RequestInit);
}

const pdf = (size: number) => {
  const bytes = randomBytes(size);
  bytes.write("%PDF-1.7\n", 0, "latin1");
  return new Uint8Array(bytes);
};

async function setting() {
  const root = await mkdtemp(path.join(os.tmpdir(), "uploads-"));
  return {
    root,
    storage: diskStorage(root),
    files: async () => (await readdir(path.join(root, "evidence")).catch(() => [])).length,
  };
}

describe("receiving an upload", () => {
  it("streams an accepted file to storage with its size and SHA-256", async () => {
    const { root, storage } = await setting();
    const content = pdf(300_000);
    const received = await receiveSingleFile(multipart("../Board report.pdf", content), {
      storage,
      key: "evidence/a",
      maxBytes: 1_000_000,
    });
    expect(received).toEqual({
      fileName: "Board report.pdf",
      contentType: "application/pdf",
      size: content.length,
      sha256: createHash("sha256").update(content).digest("hex"),
      text: null,
      fields: {},
    });
    expect(
      createHash("sha256")
        .update(await readFile(path.join(root, "evidence/a")))
        .digest("hex"),
    ).toBe(received.sha256);
  });

  it("keeps the start of a text file for search, and the fields sent with it", async () => {
    const { storage } = await setting();
    const csv = new TextEncoder().encode(
      "Team,Finding\nHospital discharge,Carers offered an assessment within 28 days\n".repeat(5000),
    );
    const received = await receiveSingleFile(
      multipart("Carers audit.csv", csv, { title: "Carers audit", note: "Q2 sample" }),
      { storage, key: "evidence/t", maxBytes: 5_000_000 },
    );
    expect(received.contentType).toBe("text/csv");
    expect(received.size).toBe(csv.length);
    expect(received.text).toMatch(/^Team,Finding\nHospital discharge,Carers offered/);
    // Only the start is kept: enough to find it, never the whole of a large file.
    expect(received.text!.length).toBeLessThanOrEqual(100_000);
    expect(received.fields).toEqual({ title: "Carers audit", note: "Q2 sample" });
  });

  it("accepts Word, Excel and PowerPoint files saved by LibreOffice, whose kind shows only further in", async () => {
    const { storage } = await setting();
    const fixtures = path.join(import.meta.dirname, "..", "text-extraction", "fixtures");
    for (const [name, type] of [
      ["safeguarding-board.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
      ["carers-strategy.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["waiting-list.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ] as const) {
      const content = new Uint8Array(await readFile(path.join(fixtures, name)));
      const received = await receiveSingleFile(multipart(name, content), {
        storage,
        key: `evidence/${name.replace(/\W/g, "-")}`,
        maxBytes: 1_000_000,
      });
      expect(received).toMatchObject({ fileName: name, contentType: type, size: content.length });
    }
  });

  it("refuses a ZIP that is not an Office or OpenDocument file, leaving no file", async () => {
    const { storage, files } = await setting();
    // A ZIP of one text file: local header, data, central directory, end record.
    const archiver = (await import("archiver")).default;
    const archive = archiver("zip");
    const chunks: Buffer[] = [];
    archive.on("data", (chunk: Buffer) => chunks.push(chunk));
    archive.append("not a document", { name: "notes.txt" });
    await archive.finalize();
    await expect(
      receiveSingleFile(multipart("report.docx", new Uint8Array(Buffer.concat(chunks))), {
        storage,
        key: "evidence/z",
        maxBytes: 1_000_000,
      }),
    ).rejects.toMatchObject({ reason: "wrong_type" });
    expect(await files()).toBe(0);
  });

  it("refuses a program renamed to .pdf, leaving no file", async () => {
    const { storage, files } = await setting();
    const fake = new Uint8Array(randomBytes(50_000));
    fake.set(new TextEncoder().encode("MZ"), 0);
    await expect(
      receiveSingleFile(multipart("report.pdf", fake), { storage, key: "evidence/b", maxBytes: 1_000_000 }),
    ).rejects.toMatchObject({ reason: "wrong_type" });
    expect(await files()).toBe(0);
  });

  it("refuses a file over the limit part-way through, leaving no file", async () => {
    const { storage, files } = await setting();
    await expect(
      receiveSingleFile(multipart("big.pdf", pdf(2_000_000)), { storage, key: "evidence/c", maxBytes: 1_000_000 }),
    ).rejects.toMatchObject({ reason: "too_large" });
    expect(await files()).toBe(0);
  });

  it("leaves no file when the upload is cut off half way", async () => {
    const { storage, files } = await setting();
    let sent = 0;
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 3) return controller.error(new Error("connection reset"));
        controller.enqueue(sent === 0 ? pdf(64_000) : new Uint8Array(randomBytes(64_000)));
        sent++;
      },
    });
    await expect(
      receiveSingleFile(multipart("cut.pdf", broken), { storage, key: "evidence/d", maxBytes: 10_000_000 }),
    ).rejects.toThrow();
    expect(await files()).toBe(0);
  });

  it("asks for a file when none was chosen", async () => {
    const { storage } = await setting();
    await expect(
      receiveSingleFile(multipart("", new Uint8Array()), { storage, key: "evidence/e", maxBytes: 1_000 }),
    ).rejects.toMatchObject({ reason: "no_file" });
  });
});
