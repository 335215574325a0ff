import path from "node:path";
import { env } from "@/lib/env";
import { diskStorage } from "./disk";
import { s3Storage } from "./s3";
import type { FileStorage } from "./storage";

let storage: FileStorage | undefined;

/** The storage the settings name: S3 when S3_BUCKET is set, else a folder (STORAGE_DIR). */
export function configuredStorage(): FileStorage {
  if (storage) return storage;
  const settings = env();
  storage = settings.S3_BUCKET
    ? s3Storage({
        bucket: settings.S3_BUCKET,
        region: settings.S3_REGION,
        endpoint: settings.S3_ENDPOINT,
        accessKeyId: settings.S3_ACCESS_KEY_ID,
        secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
        forcePathStyle: settings.S3_FORCE_PATH_STYLE,
      })
    : diskStorage(settings.STORAGE_DIR ?? path.join(process.cwd(), ".data", "files"));
  return storage;
}
