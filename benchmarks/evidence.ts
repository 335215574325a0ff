/**
 * Evidence library benchmark (a script that prints figures, not a test):
 *   npx tsx benchmarks/evidence.ts
 * - memory growth while a 200 MB upload streams into disk storage;
 * - reading a file's text as the job queue does (a process of its own): files per minute and that
 *   process's peak memory for a 200-page PDF and a 50-page scan (OCR);
 * - evidence list query time with 10,000 items holding 20 KB of text each (first page, search
 *   inside, filters), median and 95th percentile;
 * - information return pack export time and memory for 500 files.
 * Runs against a throwaway embedded PostgreSQL and a temporary folder; touches nothing else.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { firstCycle } from "@/features/cycles/domain";
import { db, disconnectDb } from "@/lib/db/client";
import { systemScope } from "@/lib/authz/scope";
import { diskStorage } from "@/lib/storage/disk";
import { receiveSingleFile } from "@/lib/uploads/receive";
import { loadFrameworkReference } from "@/features/framework/mutations";
import { listEvidence } from "@/features/evidence/data";
import { evidenceQuerySchema } from "@/features/evidence/schema";
import { getPackContents } from "@/features/information-return/data";
import { startInformationReturn } from "@/features/information-return/mutations";
import { buildPack } from "@/features/information-return/documents/pack";
import { Readable } from "node:stream";
import { readFile, readdir } from "node:fs/promises";
import PDFDocument from "pdfkit";
import { extractTextIsolated } from "@/lib/text-extraction/isolated";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function uploadMemory() {
  const root = await mkdtemp(path.join(os.tmpdir(), "bench-upload-"));
  const size = 200 * 1024 * 1024;
  const chunk = randomBytes(1024 * 1024);
  chunk.write("%PDF-1.7\n", 0, "latin1");
  const boundary = "bench";
  let sent = 0;
  let peak = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(
        new TextEncoder().encode(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n\r\n`,
        ),
      );
    },
    pull(controller) {
      peak = Math.max(peak, process.memoryUsage().rss);
      if (sent >= size) {
        controller.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
        controller.close();
        return;
      }
      controller.enqueue(new Uint8Array(chunk));
      sent += chunk.length;
    },
  });
  global.gc?.();
  const before = process.memoryUsage().rss;
  const started = performance.now();
  await receiveSingleFile(
    new Request("http://localhost/upload", {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    } as RequestInit),
    { storage: diskStorage(root), key: "evidence/bench", maxBytes: size + 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Upload of 200 MB to disk: ${seconds.toFixed(1)} s (${(200 / seconds).toFixed(0)} MB/s); memory (RSS) before ${mb(before)}, peak ${mb(peak)}, growth ${mb(peak - before)}`,
  );
  await rm(root, { recursive: true, force: true });
}

/** A PDF made by pdfkit: `pages` pages, each drawn by `draw`. */
function makePdf(pages: number, draw: (doc: PDFKit.PDFDocument, page: number) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  for (let page = 1; page <= pages; page++) {
    doc.addPage();
    draw(doc, page);
  }
  doc.end();
  return done;
}

/** The highest peak memory (VmHWM) of any text-reading process seen, sampled from /proc (Linux). */
function watchReaders() {
  let peakKb = 0;
  let seen = false;
  const sample = async () => {
    const pids = await readdir("/proc").catch(() => [] as string[]);
    for (const pid of pids.filter((name) => /^\d+$/.test(name))) {
      const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
      if (!cmdline.includes("text-extraction")) continue;
      const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      if (kb) seen = true;
      peakKb = Math.max(peakKb, kb);
    }
  };
  let running = true;
  const loop = (async () => {
    while (running) {
      await sample();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return seen ? mb(peakKb * 1024) : "not measured (no /proc)";
  };
}

async function readingSpeed() {
  const paragraph =
    "The council reviewed how carers are assessed, how long people wait for occupational therapy, and what the safeguarding board asked of partners. ";
  const report = await makePdf(200, (doc, page) => {
    doc.fontSize(16).text(`Annual report, page ${page}`);
    doc.fontSize(10).text(paragraph.repeat(18));
  });
  const scanImage = await readFile(path.join("src", "lib", "text-extraction", "fixtures", "thank-you-letter-scan.png"));
  // A scanned letter, 50 times over: pages with an image and no text layer, as a scanner makes them.
  const scan = await makePdf(50, (doc) => doc.image(scanImage, 0, 0, { fit: [595, 842] }));
  for (const [label, bytes] of [
    ["200-page PDF with a text layer", report],
    ["50-page scan (OCR of every page)", scan],
  ] as const) {
    const stop = watchReaders();
    const started = performance.now();
    let lastProgress = "";
    const result = await extractTextIsolated(bytes, "pdf", "bench.pdf", (done, total) => {
      lastProgress = `${done} of ${total}`;
    });
    const seconds = (performance.now() - started) / 1000;
    const peak = await stop();
    console.log(
      `Reading a ${label} (${mb(bytes.length)}): ${seconds.toFixed(1)} s, ${(60 / seconds).toFixed(1)} files per minute, ${result.pages} pages, ${result.text.length.toLocaleString("en-GB")} characters${result.ocr ? " by OCR" : ""}, last progress ${lastProgress}; peak memory of the reading process ${peak}`,
    );
  }
}

async function listTiming() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-db-"));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), password: "bench" });
  try {
    await server.createDatabase("bench");
    process.env.DATABASE_URL = server.urlFor("bench");
    await migrate(process.env.DATABASE_URL);
    const framework = await loadFrameworkReference();
    const workspace = await db.workspace.create({
      data: {
        name: "Benchmark Council",
        frameworkVersionId: framework.frameworkVersionId,
        cycles: { create: firstCycle(new Date()) },
      },
      select: { id: true },
    });
    const user = await db.user.create({
      data: { email: "bench@council.example", name: "Bench" },
      select: { id: true },
    });
    const statements = await db.qualityStatement.findMany({ select: { id: true } });
    const categories = ["peoples-experience", "staff-and-leaders", "partners", "processes"];
    const words = [
      "carers",
      "safeguarding",
      "audit",
      "survey",
      "reablement",
      "transitions",
      "waiting",
      "board",
      "review",
      "equity",
    ];
    // About 20 KB of text per item, as read from its file: 200 sentences drawn from the words.
    const textOf = (n: number) =>
      Array.from(
        { length: 200 },
        (_, sentence) =>
          `Item ${n} ${words[(n + sentence) % 10]} ${words[(n * 3 + sentence * 7) % 10]} meeting notes and ${words[(sentence * 3) % 10]} actions for the council's adult social care ${words[(n + sentence * 5) % 10]}.`,
      ).join(" ") + (n % 100 === 0 ? " The quokkaberry pilot is reviewed." : "");
    const started = performance.now();
    for (let batch = 0; batch < 40; batch++) {
      const items = Array.from({ length: 250 }, (_, index) => {
        const n = batch * 250 + index;
        return {
          workspaceId: workspace.id,
          title: `Evidence ${n}: ${words[n % 10]} ${words[(n * 7) % 10]}`,
          description: `Description of ${words[(n * 3) % 10]} evidence number ${n}`,
          kind: "document" as const,
          categories: [categories[n % 4]!],
          createdById: user.id,
          reviewBy: n % 9 === 0 ? new Date("2026-01-01") : new Date("2027-12-31"),
          extractedText: textOf(n),
        };
      });
      await db.evidenceItem.createMany({ data: items });
    }
    const ids = await db.evidenceItem.findMany({ select: { id: true } });
    await db.evidenceItemStatement.createMany({
      data: ids.map((item, index) => ({
        itemId: item.id,
        qualityStatementId: statements[index % statements.length]!.id,
      })),
    });
    console.log(
      `Seeded 10,000 evidence items with about 20 KB of text each in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    // As autovacuum would soon after a bulk load: the planner needs the tables' statistics.
    await db.$executeRawUnsafe("ANALYZE");

    const scope = systemScope(workspace.id);
    const viewer = { userId: user.id, maySeeSensitive: true };
    if (process.env.BENCH_EXPLAIN) {
      const plan = await db.$queryRawUnsafe<
        { "QUERY PLAN": string }[]
      >(`EXPLAIN ANALYZE SELECT i.id FROM "EvidenceItem" i WHERE i."workspaceId" = '${workspace.id}'::uuid
        AND to_tsvector('english', i."title" || ' ' || i."description" || ' ' || i."extractedText") @@ websearch_to_tsquery('english', 'carers audit') ORDER BY i."updatedAt" DESC, i.id LIMIT 25`);
      console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"));
    }
    const cases: [string, Record<string, string>][] = [
      ["first page, newest first", {}],
      ["search 'carers audit' (title, description and file text)", { q: "carers audit" }],
      ["search words only in file text, 'meeting notes' (every item matches, 200 times each)", { q: "meeting notes" }],
      ["search a word in 1 file in 100, 'quokkaberry'", { q: "quokkaberry" }],
      ["filter: safeguarding statement, processes", { statement: "safeguarding", category: "processes" }],
      ["filter: out of date, sorted by title", { status: "out_of_date", sort: "title" }],
      ["page 200", { page: "200" }],
    ];
    for (const [label, params] of cases) {
      const query = evidenceQuerySchema.parse(params);
      await listEvidence(scope, query, viewer); // warm up
      const runs = 40;
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        await listEvidence(scope, query, viewer);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      console.log(
        `Evidence list, ${label}: p50 ${times[runs / 2]!.toFixed(1)} ms, p95 ${times[Math.floor(runs * 0.95)]!.toFixed(1)} ms (3 queries)`,
      );
    }
  } finally {
    await disconnectDb();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function packExport() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-pack-"));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), password: "bench" });
  const storage = diskStorage(path.join(dir, "files"));
  try {
    await server.createDatabase("pack");
    process.env.DATABASE_URL = server.urlFor("pack");
    await migrate(process.env.DATABASE_URL);
    const framework = await loadFrameworkReference();
    const workspace = await db.workspace.create({
      data: {
        name: "Pack Council",
        frameworkVersionId: framework.frameworkVersionId,
        cycles: { create: firstCycle(new Date()) },
      },
      select: { id: true },
    });
    const user = await db.user.create({ data: { email: "pack@council.example", name: "Pack" }, select: { id: true } });
    const scope = systemScope(workspace.id);
    await startInformationReturn(scope, { userId: user.id });
    const items = await db.informationReturnItem.findMany({
      where: { workspaceId: workspace.id },
      select: { id: true },
    });
    const body = randomBytes(200 * 1024);
    body.write("%PDF-1.7\n", 0, "latin1");
    for (let n = 0; n < 500; n++) {
      const evidence = await db.evidenceItem.create({
        data: {
          workspaceId: workspace.id,
          title: `Evidence ${n}`,
          kind: "document",
          categories: ["processes"],
          createdById: user.id,
        },
        select: { id: true },
      });
      const key = `evidence/${workspace.id}/${n}`;
      await storage.write(key, Readable.from([body]));
      await db.evidenceFile.create({
        data: {
          workspaceId: workspace.id,
          itemId: evidence.id,
          version: 1,
          fileName: `file ${n}.pdf`,
          contentType: "application/pdf",
          size: body.length,
          sha256: "x".repeat(64),
          storageKey: key,
          uploadedById: user.id,
        },
      });
      await db.informationReturnEvidence.create({
        data: { itemId: items[n % items.length]!.id, evidenceItemId: evidence.id, pointer: "p1" },
      });
    }
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const { archive, files } = buildPack(await getPackContents(scope), storage);
    let bytes = 0;
    for await (const chunk of archive) bytes += (chunk as Buffer).length;
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Information return pack, ${files} files (${mb(files * body.length)} of files): ${seconds.toFixed(1)} s, ZIP ${mb(bytes)}; memory (RSS) before ${mb(before)}, peak ${mb(peak)}, growth ${mb(peak - before)}`,
    );
  } finally {
    await disconnectDb();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function main() {
  await uploadMemory();
  await readingSpeed();
  await listTiming();
  await packExport();
}

void main();
