import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  paginateListObjectsV2,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
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
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
  });
  return {
    async write(key, body) {
      const upload = new Upload({
        client,
        params: { Bucket: settings.bucket, Key: key, Body: body },
        queueSize: 2,
        partSize: 8 * 1024 * 1024,
      });
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
    async *list(prefix) {
      for await (const page of paginateListObjectsV2({ client }, { Bucket: settings.bucket, Prefix: prefix })) {
        for (const object of page.Contents ?? []) {
          if (object.Key && object.LastModified) yield { key: object.Key, modifiedAt: object.LastModified };
        }
      }
    },
    async removeAbandonedWrites(before) {
      // Parts of a multipart upload whose process stopped are invisible but kept (and billed) until
      // aborted. A bucket lifecycle rule (AbortIncompleteMultipartUpload) does the same; stores
      // without the listing (some S3-compatible servers) are left to that rule.
      let removed = 0;
      let keyMarker: string | undefined;
      let uploadIdMarker: string | undefined;
      try {
        do {
          const page = await client.send(
            new ListMultipartUploadsCommand({
              Bucket: settings.bucket,
              KeyMarker: keyMarker,
              UploadIdMarker: uploadIdMarker,
            }),
          );
          for (const upload of page.Uploads ?? []) {
            if (!upload.Key || !upload.UploadId || !upload.Initiated || upload.Initiated >= before) continue;
            await client.send(
              new AbortMultipartUploadCommand({ Bucket: settings.bucket, Key: upload.Key, UploadId: upload.UploadId }),
            );
            removed += 1;
          }
          [keyMarker, uploadIdMarker] = page.IsTruncated
            ? [page.NextKeyMarker, page.NextUploadIdMarker]
            : [undefined, undefined];
        } while (keyMarker);
      } catch (error) {
        if (error instanceof S3ServiceException && error.name === "NotImplemented") return removed;
        throw error;
      }
      return removed;
    },
  };
}
