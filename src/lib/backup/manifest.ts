import { z } from "zod";

/**
 * The table of contents of a backup archive. Restore trusts nothing else in the archive until the
 * manifest has been read: row counts and file checksums are checked against it as data streams in.
 */
export const BACKUP_FORMAT = 1;
export const MANIFEST_NAME = "manifest.json";

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.iso.datetime(),
  migrations: z.array(z.string()),
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()), rows: z.number().int().min(0) })),
  files: z.array(
    z.object({ key: z.string(), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** An expected failure: the command prints its message on one line and exits with code 1. */
export class BackupError extends Error {}

export const tableEntry = (table: string) => `db/${table}.jsonl`;
export const fileEntry = (key: string) => `files/${key}`;

export function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError(
      "The backup's manifest.json is not valid JSON: the archive is damaged or not a backup of this app.",
    );
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const format = (json as { format?: unknown } | null)?.format;
    if (format !== undefined && format !== BACKUP_FORMAT) {
      throw new BackupError(
        `The backup is in format ${String(format)}; this version of the app reads format ${BACKUP_FORMAT}.`,
      );
    }
    throw new BackupError(
      "The backup's manifest.json is not in the expected shape: the archive is damaged or not a backup of this app.",
    );
  }
  return parsed.data;
}

/** What differs between the migrations a backup was taken at and those applied to a database. */
export function migrationDifference(backup: string[], target: string[]): string | null {
  const onlyBackup = backup.filter((name) => !target.includes(name));
  const onlyTarget = target.filter((name) => !backup.includes(name));
  if (onlyBackup.length === 0 && onlyTarget.length === 0) return null;
  const parts = [
    onlyBackup.length ? `only in the backup: ${onlyBackup.join(", ")}` : "",
    onlyTarget.length ? `only in the target database: ${onlyTarget.join(", ")}` : "",
  ].filter(Boolean);
  return `The backup and the target database are at different migrations (${parts.join("; ")}). Restore with the version of the app that made the backup, into a database it has migrated.`;
}
