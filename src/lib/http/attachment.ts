import { Readable } from "node:stream";
import { attachmentHeader } from "@/lib/uploads/file-name";

/**
 * The answer of every download route: the file as an attachment (never shown in the browser's
 * window, so a file that holds HTML cannot run as our page), its type taken as given (nosniff),
 * and kept by no cache, since every download holds the council's data and is audited.
 * A Node stream is passed on as it is read; `size`, when known, becomes the content length.
 */
export function attachment(
  body: BodyInit | NodeJS.ReadableStream,
  file: { contentType: string; fileName: string; size?: number },
): Response {
  const headers: Record<string, string> = {
    "content-type": file.contentType,
    "content-disposition": attachmentHeader(file.fileName),
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  };
  if (file.size !== undefined) headers["content-length"] = String(file.size);
  return new Response(isNodeStream(body) ? (Readable.toWeb(body as Readable) as ReadableStream) : body, { headers });
}

/** Node's streams and look-alikes (archiver's come from the readable-stream package, not node:stream). */
function isNodeStream(body: BodyInit | NodeJS.ReadableStream): body is NodeJS.ReadableStream {
  return typeof (body as NodeJS.ReadableStream).pipe === "function";
}
