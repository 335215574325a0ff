/**
 * Writes a backup of the database and every stored file into one ZIP:
 *   npm run backup [-- path/to/backup.zip]     (default backups/backup-<timestamp>.zip)
 * Uses the same settings as the app (DATABASE_URL or the embedded database, S3_* or STORAGE_DIR).
 */
import { writeBackup } from "@/lib/backup/backup";
import { defaultBackupPath, openInstance, runCommand } from "@/lib/backup/cli";

runCommand(async () => {
  const file = process.argv[2] ?? defaultBackupPath();
  const instance = await openInstance();
  try {
    const manifest = await writeBackup({ databaseUrl: instance.databaseUrl, storage: instance.storage, file });
    const rows = manifest.tables.reduce((total, table) => total + table.rows, 0);
    const bytes = manifest.files.reduce((total, entry) => total + entry.size, 0);
    console.log(
      `Backup written to ${file}: ${manifest.tables.length} tables (${rows} rows), ${manifest.files.length} files (${(bytes / 1024 / 1024).toFixed(1)} MB).`,
    );
  } finally {
    await instance.close();
  }
});
