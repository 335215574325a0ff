/**
 * Restores a backup into a new, empty instance (started once so it is migrated, not set up):
 *   npm run restore [-- path/to/backup.zip]     (default the newest backups/backup-<timestamp>.zip)
 * Uses the same settings as the app (DATABASE_URL or the embedded database, S3_* or STORAGE_DIR).
 */
import { assertBackupFile, restoreBackup } from "@/lib/backup/restore";
import { latestBackupPath, openInstance, runCommand } from "@/lib/backup/cli";

runCommand(async () => {
  const file = process.argv[2] ?? (await latestBackupPath());
  await assertBackupFile(file);
  console.log(`Restoring ${file}…`);
  const instance = await openInstance();
  try {
    const summary = await restoreBackup({ databaseUrl: instance.databaseUrl, storage: instance.storage, file });
    const mb = (summary.bytes / 1024 / 1024).toFixed(1);
    console.log(
      `Restored the backup of ${summary.createdAt}: ${summary.tables} tables (${summary.rows} rows), ${summary.files} files (${mb} MB).`,
    );
  } finally {
    await instance.close();
  }
});
