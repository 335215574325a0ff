import { createHash } from "node:crypto";
import { Transform, type Readable } from "node:stream";
import yauzl from "yauzl";
import { BackupError } from "./manifest";

/** A backup ZIP opened for reading: its entries by name, each readable as a stream on demand. */
export type BackupArchive = {
  names: Set<string>;
  open(name: string): Promise<Readable>;
  readText(name: string): Promise<string>;
  close(): void;
};

export async function openArchive(file: string): Promise<BackupArchive> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, opened) =>
      error || !opened ? reject(error) : resolve(opened),
    ),
  ).catch(() => {
    throw new BackupError(`${file} is not a readable ZIP archive: it is damaged or not a backup of this app.`);
  });
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on("end", resolve);
    zip.on("error", reject);
    zip.readEntry();
  }).catch(() => {
    zip.close();
    throw new BackupError(`${file} is not a readable ZIP archive: it is damaged or not a backup of this app.`);
  });
  const open = (name: string) =>
    new Promise<Readable>((resolve, reject) => {
      const entry = entries.get(name);
      if (!entry)
        return reject(new BackupError(`The backup has no ${name}: it is incomplete or not a backup of this app.`));
      zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(error) : resolve(stream)));
    });
  return {
    names: new Set(entries.keys()),
    open,
    async readText(name) {
      const chunks: Buffer[] = [];
      for await (const chunk of await open(name)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    close: () => zip.close(),
  };
}

/**
 * Passes bytes through and fails at the end unless they have the expected size and SHA-256, so a
 * storage write fed by it rejects (and, per FileStorage, leaves nothing) for a tampered file.
 */
export function verifying(key: string, expected: { size: number; sha256: string }): Transform {
  const hash = createHash("sha256");
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
    flush(callback) {
      const sha256 = hash.digest("hex");
      if (size !== expected.size || sha256 !== expected.sha256) {
        callback(
          new BackupError(
            `The file "${key}" in the backup does not match its checksum: the archive has been altered or damaged, so nothing was restored.`,
          ),
        );
      } else callback();
    },
  });
}
