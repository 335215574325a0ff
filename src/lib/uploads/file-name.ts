// Characters that reorder or hide what a name shows (a right-to-left override makes
// "report\u202Etxt.exe" read as "reportexe.txt"), and C1 controls, which no name needs.
const DISGUISING = /[\u0080-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/**
 * A file name safe to show and to offer back in a download: no folders, no control or
 * direction-changing characters, nothing that could climb out of a directory; the original
 * extension kept where possible.
 */
export function sanitiseFileName(name: string): string {
  const base = name.replaceAll("\\", "/").split("/").pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(DISGUISING, "")
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/["<>:|?*]/g, "")
    .replace(/^\.+/, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!cleaned) return "file";
  if (cleaned.length <= 150) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, 150 - extension.length) + extension;
}

/** Content-Disposition for a download, with a plain fallback and the UTF-8 name (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
