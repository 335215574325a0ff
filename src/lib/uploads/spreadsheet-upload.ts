import "server-only";
import { createRoute, type RouteAccess } from "@/lib/http/route";
import type { Permission } from "@/lib/authz/permissions";
import { env } from "@/lib/env";
import { sanitiseFileName } from "./file-name";
import { readTable, TableError, type TABLE_UPLOAD_MESSAGES } from "./tabular";

/** Spreadsheets to import are small (at most 5,000 rows), so one is read whole, up to this size. */
export const MAX_SPREADSHEET_BYTES = 5 * 1024 * 1024;

export type SpreadsheetUpload = { fileName: string; rows: Record<string, string>[] };
/** Why an upload was refused: a key of TABLE_UPLOAD_MESSAGES, which the upload page shows. */
export type SpreadsheetRefusal = keyof typeof TABLE_UPLOAD_MESSAGES;

/**
 * The one file a spreadsheet upload form sends in `field`, read into rows, or the reason it was
 * refused. The declared size is checked before the body is read, and the file's own size after.
 */
export async function readSpreadsheetUpload(
  request: Request,
  field: string,
): Promise<{ upload: SpreadsheetUpload } | { refused: SpreadsheetRefusal }> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_SPREADSHEET_BYTES) return { refused: "too_large" };
  const form = await request.formData().catch(() => null);
  const file = form?.get(field);
  if (!(file instanceof File) || file.size === 0) return { refused: "no_file" };
  if (file.size > MAX_SPREADSHEET_BYTES) return { refused: "too_large" };
  try {
    const table = await readTable(Buffer.from(await file.arrayBuffer()), file.name);
    return { upload: { fileName: sanitiseFileName(file.name), rows: table.rows } };
  } catch (error) {
    if (error instanceof TableError) return { refused: error.reason };
    throw error;
  }
}

/**
 * The route behind every staged spreadsheet import (evidence register, case extract, question
 * bank, visit schedule): a plain form post of one CSV or Excel file, read and handed to `stage`,
 * which stores the rows for the preview page. Answers with a redirect: to `${page}/${id}` (the
 * preview), or back to `${page}?error=<reason>`, which the page turns into its message.
 */
export function createSpreadsheetUploadRoute(options: {
  permission: Permission;
  /** The form field holding the file. */
  field: string;
  /** The upload page, e.g. "/evidence/import"; the preview is at `${page}/${id}`. */
  page: string;
  stage: (access: RouteAccess, upload: SpreadsheetUpload) => Promise<{ id: string }>;
}) {
  return createRoute(options.permission, async (request, _context: unknown, access) => {
    const to = (path: string) => Response.redirect(new URL(path, env().APP_URL), 303);
    const read = await readSpreadsheetUpload(request, options.field);
    if ("refused" in read) return to(`${options.page}?error=${read.refused}`);
    const { id } = await options.stage(access, read.upload);
    return to(`${options.page}/${id}`);
  });
}
