import { readdir } from "node:fs/promises";
import path from "node:path";
import { SettingsError } from "@/lib/env";
import { openRuntimeDatabase, StartupError } from "@/lib/runtime/database";
import { configuredStorage } from "@/lib/storage/configured";
import type { FileStorage } from "@/lib/storage/storage";
import { BackupError } from "./manifest";

/**
 * What the backup and restore commands share with `npm start`: the same database (DATABASE_URL, or
 * the embedded one under DATA_DIR, which must not be running at the same time) and the same storage
 * (S3_* settings, else STORAGE_DIR, else the data folder's files).
 */
export async function openInstance(): Promise<{
  databaseUrl: string;
  storage: FileStorage;
  close: () => Promise<void>;
}> {
  const dataRoot = path.resolve(process.env.DATA_DIR ?? ".data");
  const database = await openRuntimeDatabase(dataRoot);
  process.env.DATABASE_URL = database.url;
  if (database.authSecret) process.env.AUTH_SECRET ??= database.authSecret;
  process.env.STORAGE_DIR ??= path.join(dataRoot, "files");
  try {
    return { databaseUrl: database.url, storage: configuredStorage(), close: async () => database.embedded?.stop() };
  } catch (error) {
    await database.embedded?.stop();
    throw error;
  }
}

/** Runs a command: expected failures print one line and exit 1; nothing prints a stack trace. */
export function runCommand(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const expected = error instanceof BackupError || error instanceof SettingsError || error instanceof StartupError;
      const message = error instanceof Error ? error.message : String(error);
      console.error(
        expected ? message.replace(/\s*\n\s*-?\s*/g, " ") : `The command failed: ${message.split("\n")[0]}`,
      );
      process.exit(1);
    },
  );
}

export const defaultBackupPath = (now = new Date()) =>
  path.join("backups", `backup-${now.toISOString().replace(/[:.]/g, "-")}.zip`);

/** The newest backup in backups/ (timestamped names sort by time). */
export async function latestBackupPath(): Promise<string> {
  const names = await readdir("backups").catch(() => [] as string[]);
  const newest = names
    .filter((name) => /^backup-.*\.zip$/.test(name))
    .sort()
    .at(-1);
  if (!newest)
    throw new BackupError(
      "There is no backup in the backups folder: say which file to restore, e.g. npm run restore -- path/to/backup.zip",
    );
  return path.join("backups", newest);
}
