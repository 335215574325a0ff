import { defineJob } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { configuredStorage } from "./configured";
import { referencedStorageKeys } from "./data";
import type { FileStorage } from "./storage";

/**
 * An upload is stored first and recorded second, so a process stopped part-way (a crash, a
 * deploy, a killed container) can leave a half-written file, or a whole file no row names. Once a
 * day has passed such files are swept away. A day, not minutes, because a file written now is
 * recorded a moment later, and a restore writes every file before it writes any row.
 */
export const ABANDONED_AFTER_MS = 24 * 60 * 60_000;
/** Every key the app writes starts with this (see the upload routes). */
const UPLOADS_PREFIX = "evidence/";
const BATCH = 500;

export type SweepResult = { abandonedWrites: number; unreferencedFiles: number };

export async function sweepAbandonedFiles(options: {
  storage: FileStorage;
  now?: Date;
  referenced?: (keys: string[]) => Promise<Set<string>>;
}): Promise<SweepResult> {
  const { storage, referenced = referencedStorageKeys } = options;
  const before = new Date((options.now ?? new Date()).getTime() - ABANDONED_AFTER_MS);
  // A store that refuses this part (an S3 policy without multipart listing, say) still gets the
  // unreferenced files swept; the refusal is logged for the operator.
  const abandonedWrites = await storage.removeAbandonedWrites(before).catch((error: unknown) => {
    logger.warn({ err: (error as Error).message }, "could not remove abandoned uploads from storage");
    return 0;
  });
  let unreferencedFiles = 0;
  const sweep = async (keys: string[]) => {
    const named = await referenced(keys);
    for (const key of keys) {
      if (named.has(key)) continue;
      await storage.remove(key);
      unreferencedFiles += 1;
    }
  };
  let batch: string[] = [];
  for await (const object of storage.list(UPLOADS_PREFIX)) {
    if (object.modifiedAt >= before) continue;
    batch.push(object.key);
    if (batch.length === BATCH) {
      await sweep(batch);
      batch = [];
    }
  }
  await sweep(batch);
  return { abandonedWrites, unreferencedFiles };
}

/**
 * Every hour on the job queue, and when an instance starts (after a crash is when abandoned
 * writes appear); one instance sweeps each time, and sweeping twice is harmless.
 */
export const abandonedFileSweepJob = defineJob({
  name: "storage-abandoned-file-sweep",
  cron: "7 * * * *",
  runAtStart: true,
  expireInSeconds: 60 * 60,
  handler: async () => {
    const result = await sweepAbandonedFiles({ storage: configuredStorage() });
    if (result.abandonedWrites + result.unreferencedFiles > 0) logger.info(result, "abandoned upload files removed");
  },
});
