import { createHash } from "node:crypto";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import type { FileStorage } from "@/lib/storage/storage";
import { detectAcceptedContainer, detectAcceptedType, ACCEPTED_DESCRIPTION, PENDING_CONTAINER } from "./file-type";
import { sanitiseFileName } from "./file-name";
import { withoutNul } from "@/lib/actions/form-data";
import { AppError } from "@/lib/errors";

export type ReceivedFile = {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  /** The start of the file as text, for search, when the type is text (CSV, plain text, e-mail); else null. */
  text: string | null;
  /** Text fields sent with the file (for example a title), as sent. */
  fields: Record<string, string>;
};

export class UploadRefused extends Error {
  /** Text fields that arrived before the refusal, so a form can show them again. */
  fields: Record<string, string> = {};

  constructor(
    readonly reason: "too_large" | "wrong_type" | "no_file" | "not_multipart",
    message: string,
  ) {
    super(message);
  }
}

/**
 * A body that is not a multipart form busboy can read to its end (no boundary, cut short, a
 * malformed part, a connection dropped half way): the client's fault, answered with a 400.
 */
function malformed(): AppError {
  return new AppError(
    "invalid",
    "The upload did not arrive whole, or was not sent as a form. Choose the file and upload it again.",
  );
}

const SNIFF_BYTES = 4100;
/** Enough text to find a document by its words, small enough for PostgreSQL's tsvector. */
const TEXT_BYTES = 100_000;
const TEXT_TYPES = new Set(["text/csv", "text/plain", "message/rfc822"]);

/**
 * Streams the one file in a multipart request into storage under `key`: the type is checked from
 * its first bytes, the size limit is enforced as it arrives, and the SHA-256 is computed on the
 * way. Nothing is held whole in memory. If anything fails, no object is left under `key`.
 */
export async function receiveSingleFile(
  request: Request,
  options: { storage: FileStorage; key: string; maxBytes: number },
): Promise<ReceivedFile> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data") || !request.body)
    throw new UploadRefused("not_multipart", "Choose a file to upload.");
  const tooLarge = new UploadRefused(
    "too_large",
    `The file is too large: files can be up to ${Math.round(options.maxBytes / 1024 / 1024)} MB.`,
  );
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > options.maxBytes + 1024 * 1024) throw tooLarge;

  let written: Promise<Omit<ReceivedFile, "fields">> | null = null;
  const fields: Record<string, string> = {};
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": type },
      // Browsers send the file's name as UTF-8; busboy's default reads it as Latin-1 ("cafÃ©").
      defParamCharset: "utf8",
      limits: { files: 1, fileSize: options.maxBytes, fields: 20, parts: 25, fieldSize: 20_000 },
    });
  } catch {
    throw malformed(); // no boundary, or a content type busboy does not know
  }
  parser.on("field", (name, value) => {
    fields[name] = withoutNul(value);
  });
  parser.on("file", (_field, file, info) => {
    if (written || !info.filename) {
      file.resume();
      return;
    }
    const fileName = sanitiseFileName(info.filename);
    const check = new ContentCheck(fileName);
    file.on("limit", () => check.destroy(tooLarge));
    file.on("error", (error) => check.destroy(error));
    // Once the check fails, keep draining the request so the parser can finish.
    check.on("error", () => {
      file.unpipe(check);
      file.resume();
    });
    file.pipe(check);
    written = options.storage.write(options.key, check).then(() => ({
      fileName,
      contentType: check.contentType!,
      size: check.size,
      sha256: check.hash.digest("hex"),
      text: check.text(),
    }));
    // Awaited below; this only stops an early failure being reported as unhandled meanwhile.
    written.catch(() => undefined);
  });
  const source = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
  // Rejects if the connection breaks part-way, so nothing waits for a body that never ends.
  const parsed = pipeline(source, parser).catch(() => {
    throw malformed();
  });

  try {
    await parsed;
    if (!written) throw new UploadRefused("no_file", "Choose a file to upload.");
    const received = await (written as Promise<Omit<ReceivedFile, "fields">>);
    if (received.size === 0) throw new UploadRefused("no_file", "The file is empty. Choose another file.");
    if (received.contentType === PENDING_CONTAINER) {
      const container = await detectAcceptedContainer(await options.storage.read(options.key));
      if (!container) throw wrongType();
      return { ...received, contentType: container.contentType, fields };
    }
    return { ...received, fields };
  } catch (error) {
    parser.destroy();
    // Let the storage write settle before removing whatever it may have left.
    const writeFailure = await (written as Promise<unknown> | null)?.then(
      () => null,
      (reason: unknown) => reason,
    );
    await options.storage.remove(options.key).catch(() => undefined);
    // A refusal found while writing (wrong type, too large) explains the failure better than the parser's error.
    const refusal =
      error instanceof UploadRefused ? error : writeFailure instanceof UploadRefused ? writeFailure : null;
    if (!refusal) throw error;
    refusal.fields = fields;
    throw refusal;
  }
}

const wrongType = () =>
  new UploadRefused(
    "wrong_type",
    `This file's content is not a type we accept (${ACCEPTED_DESCRIPTION}). Renaming a file does not change its type.`,
  );

/** Passes bytes through once the first ones show an accepted type; counts and hashes them. */
class ContentCheck extends Transform {
  size = 0;
  hash = createHash("sha256");
  contentType: string | null = null;
  private head: Buffer[] = [];
  private headLength = 0;
  private textChunks: Buffer[] = [];
  private textLength = 0;

  constructor(private readonly fileName: string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    this.size += chunk.length;
    this.hash.update(chunk);
    if (this.contentType) {
      this.keepText(chunk);
      return done(null, chunk);
    }
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < SNIFF_BYTES) return done();
    this.decide(done);
  }

  override _flush(done: TransformCallback) {
    if (this.contentType || this.headLength === 0) return done();
    this.decide(done);
  }

  /** The kept start of a text file, decoded leniently (a cut character becomes U+FFFD), without NULs PostgreSQL refuses. */
  text(): string | null {
    if (!this.contentType || !TEXT_TYPES.has(this.contentType)) return null;
    return new TextDecoder("utf-8").decode(Buffer.concat(this.textChunks)).replaceAll("\u0000", "");
  }

  private keepText(chunk: Buffer) {
    if (!TEXT_TYPES.has(this.contentType ?? "") || this.textLength >= TEXT_BYTES) return;
    const part = chunk.subarray(0, TEXT_BYTES - this.textLength);
    this.textChunks.push(part);
    this.textLength += part.length;
  }

  private decide(done: TransformCallback) {
    const head = Buffer.concat(this.head);
    detectAcceptedType(head.subarray(0, SNIFF_BYTES), this.fileName).then(
      (accepted) => {
        if (!accepted) return done(wrongType());
        this.contentType = accepted.contentType;
        this.head = [];
        this.keepText(head);
        done(null, head);
      },
      (error: unknown) => done(error as Error),
    );
  }
}
