import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { Readable } from "node:stream";
import type { FileStorage } from "./storage";

export type S3Settings = {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
};

/** Any S3-compatible store (AWS S3, MinIO, Ceph…). Uploads stream in parts (multipart upload). */
export function s3Storage(settings: S3Settings): FileStorage {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
  });
  return {
    async write(key, body) {
      const upload = new Upload({ client, params: { Bucket: settings.bucket, Key: key, Body: body }, queueSize: 2, partSize: 8 * 1024 * 1024 });
      try {
        await upload.done();
      } catch (error) {
        // A multipart upload that fails is aborted by lib-storage; make sure no object remains.
        await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: key })).catch(() => undefined);
        throw error;
      }
    },
    async read(key) {
      const response = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: key }));
      if (!(response.Body instanceof Readable)) throw new Error("S3 returned no readable body");
      return response.Body;
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: key }));
    },
    async exists(key) {
      return client.send(new HeadObjectCommand({ Bucket: settings.bucket, Key: key })).then(
        () => true,
        () => false,
      );
    },
  };
}
