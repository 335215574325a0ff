/**
 * A file name safe to show and to offer back in a download: no folders, no control characters,
 * nothing that could climb out of a directory; the original extension kept where possible.
 */
export function sanitiseFileName(name: string): string {
  const base = name.replaceAll("\\", "/").split("/").pop() ?? "";
  const cleaned = base
    .normalize("NFC")
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
