import { Readable } from "node:stream";
import { fileTypeFromBuffer, fileTypeFromStream } from "file-type";

/**
 * Which files the evidence library accepts, decided by their content, not their name. Binary
 * formats are recognised by their signature; text formats (CSV, plain text, e-mail .eml) have none,
 * so they must look like text (valid UTF-8, no NUL bytes) and carry the matching extension.
 */
const BINARY: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
  // Older Word, Excel and PowerPoint files and Outlook .msg share one container format.
  cfb: "application/x-cfb",
  png: "image/png",
  jpg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  tif: "image/tiff",
};

const TEXT: Record<string, string> = { csv: "text/csv", txt: "text/plain", eml: "message/rfc822" };

/** The extension (file-type's name for the format) of a content type this module accepted, or null. */
export function acceptedExtensionOf(contentType: string): string | null {
  const found = Object.entries({ ...BINARY, ...TEXT }).find(([, type]) => type === contentType);
  return found ? found[0] : null;
}

export const ACCEPTED_DESCRIPTION =
  "PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, images or e-mail (.eml, .msg)";

/**
 * A ZIP whose kind is not yet known: Word, Excel and PowerPoint files are ZIPs, and which one a file
 * is can sit past the first few kilobytes (LibreOffice writes the part that says so last), so the
 * whole file decides (`detectAcceptedContainer`) once it is stored.
 */
export const PENDING_CONTAINER = "application/zip";

/** What an Office or OpenDocument file is, read from the whole stored file; null for any other ZIP. */
export async function detectAcceptedContainer(
  body: Readable,
): Promise<{ contentType: string; extension: string } | null> {
  const stream = Readable.toWeb(body) as ReadableStream<Uint8Array>;
  const detected = await fileTypeFromStream(stream).finally(() => body.destroy());
  const contentType = detected && detected.ext !== "zip" ? BINARY[detected.ext] : undefined;
  return detected && contentType ? { contentType, extension: detected.ext } : null;
}

/** The type of a file from its first bytes; a ZIP is `PENDING_CONTAINER` until the whole file is read. */
export async function detectAcceptedType(
  head: Uint8Array,
  fileName: string,
): Promise<{ contentType: string; extension: string } | null> {
  const detected = await fileTypeFromBuffer(head);
  if (detected?.ext === "zip") return { contentType: PENDING_CONTAINER, extension: "zip" };
  if (detected) {
    const contentType = BINARY[detected.ext];
    return contentType ? { contentType, extension: detected.ext } : null;
  }
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  const textType = TEXT[extension];
  if (textType && looksLikeText(head)) return { contentType: textType, extension };
  return null;
}

function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  try {
    // A multi-byte character may be cut at the end of the sample; ignore the last 3 bytes.
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 3)));
    return true;
  } catch {
    return false;
  }
}
