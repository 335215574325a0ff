import "server-only";
import { buffer } from "node:stream/consumers";
import { systemScope } from "@/lib/authz/scope";
import { defineJob, enqueue } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { configuredStorage } from "@/lib/storage/configured";
import { extractTextIsolated } from "@/lib/text-extraction/isolated";
import { UnreadableFile, countWords } from "@/lib/text-extraction/limits";
import { acceptedExtensionOf } from "@/lib/uploads/file-type";
import { getFileToRead, listFilesToRead } from "./data";
import { claimFileReading, recordReadingProgress, recordTextOutcome, releaseFileReading } from "./mutations";

export const READ_TEXT_JOB = "evidence-read-text";

// Progress is written at most this often, so a 2,000-page PDF is not 2,000 updates.
const PROGRESS_EVERY_MS = 1_000;

/**
 * Reads one file's text for search, in a child process with its own limits (lib/text-extraction).
 * Idempotent: a file already read, claimed by another worker, or gone, is left alone; a failure of
 * our own (storage unreachable) lets pg-boss try again with backoff; a file that cannot be read is
 * recorded as such with the reason, and the person can ask for it to be read again.
 */
export async function readEvidenceFileText(fileId: string, now = new Date()): Promise<void> {
  const file = await getFileToRead(fileId);
  if (!file || file.textStatus !== "queued") return;
  if (!(await claimFileReading(file.id, file.workspaceId, now))) return;
  const scope = systemScope(file.workspaceId);
  // The stored content type is one the upload accepted; its extension names the reader.
  const kind = acceptedExtensionOf(file.contentType);
  if (!kind) {
    await recordTextOutcome(scope, file, {
      kind: "unreadable",
      reason: "This kind of file cannot be read for search.",
    });
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await buffer(await configuredStorage().read(file.storageKey));
  } catch (error) {
    await releaseFileReading(file.id);
    throw error;
  }
  let last = 0;
  const progress = (done: number, total: number) => {
    const at = Date.now();
    if (at - last < PROGRESS_EVERY_MS && done < total) return;
    last = at;
    void recordReadingProgress(file.id, done, total).catch(() => undefined);
  };
  try {
    const read = await extractTextIsolated(bytes, kind, file.fileName, progress);
    await recordTextOutcome(scope, file, {
      kind: "read",
      text: read.text,
      pageStarts: read.pageStarts,
      pages: read.pages,
      words: countWords(read.text),
      note: read.note,
    });
  } catch (error) {
    if (!(error instanceof UnreadableFile)) {
      await releaseFileReading(file.id);
      throw error;
    }
    await recordTextOutcome(scope, file, { kind: "unreadable", reason: error.reason });
  }
}

/** Puts a file on the queue for reading; one job per file while it waits (pg-boss's singleton key). */
export async function queueFileReading(fileId: string): Promise<void> {
  await enqueue(READ_TEXT_JOB, { fileId }, { singletonKey: fileId });
}

export const evidenceJobs = [
  defineJob<{ fileId: string }>({
    name: READ_TEXT_JOB,
    // The child process has its own time limit (5 minutes); this is pg-boss's outer one.
    expireInSeconds: 10 * 60,
    retryLimit: 3,
    handler: async ({ fileId }) => readEvidenceFileText(fileId),
  }),
  defineJob({
    // Catches what an upload could not queue (the queue was down), files from before text reading
    // existed (queued by their migration), "try again", and readings whose instance died.
    name: "evidence-queue-unread-files",
    cron: "* * * * *",
    handler: async () => {
      const files = await listFilesToRead(new Date(), 200);
      for (const file of files) await queueFileReading(file.id);
      if (files.length > 0) logger.info({ files: files.length }, "evidence files queued for reading");
    },
  }),
];
