import "server-only";
import { randomUUID } from "node:crypto";
import { attachment } from "@/lib/http/attachment";
import { createRoute } from "@/lib/http/route";
import { isUuid } from "@/lib/ids";
import { env } from "@/lib/env";
import { configuredStorage } from "@/lib/storage/configured";
import { createSpreadsheetUploadRoute } from "@/lib/uploads/spreadsheet-upload";
import { receiveSingleFile, UploadRefused } from "@/lib/uploads/receive";
import { logger } from "@/lib/logger";
import { findEvidenceFile, findItemWithSameFile, getEvidenceItem } from "./data";
import { queueFileReading } from "./jobs";
import { evidenceViewer } from "./policy";
import { addEvidenceFile, recordEvidenceDownload, stageImport } from "./mutations";

type ItemContext = { params: Promise<{ id: string }> };
type FileContext = { params: Promise<{ id: string; fileId: string }> };

function backToItem(id: string, query: string) {
  return Response.redirect(new URL(`/evidence/${id}?${query}`, env().APP_URL), 303);
}

/**
 * Upload a new version of an evidence item's file: a plain multipart form post (works without
 * JavaScript), streamed to storage, then recorded. Answers with a redirect back to the item.
 */
export const uploadEvidenceFile = createRoute(
  "evidence:edit",
  async (request, context: ItemContext, { scope, actor, member }) => {
    const { id } = await context.params;
    const viewer = evidenceViewer(actor.userId, member);
    if (!isUuid(id) || !(await getEvidenceItem(scope, id, viewer))) return new Response("Not found", { status: 404 });
    const storage = configuredStorage();
    const storageKey = `evidence/${member.workspaceId}/${randomUUID()}`;
    try {
      const received = await receiveSingleFile(request, {
        storage,
        key: storageKey,
        maxBytes: env().UPLOAD_MAX_MB * 1024 * 1024,
      });
      try {
        const { version, fileId } = await addEvidenceFile(scope, actor, { itemId: id, storageKey, ...received });
        // Reading starts at once; if the queue cannot take it now, the minutely sweep will.
        await queueFileReading(fileId).catch((error: unknown) =>
          logger.warn({ fileId, err: (error as Error).message }, "could not queue an evidence file for reading"),
        );
        // The file is recorded: nothing after this may turn the answer into an error.
        const same = await findItemWithSameFile(scope, received.sha256, id, viewer).catch(() => null);
        return backToItem(id, `uploaded=${version}${same ? `&same-as=${same.id}` : ""}`);
      } catch (error) {
        await storage.remove(storageKey).catch(() => undefined);
        throw error;
      }
    } catch (error) {
      if (error instanceof UploadRefused) return backToItem(id, `upload-error=${error.reason}`);
      throw error;
    }
  },
);

/** Download one version, always as an attachment, and record who took it. */
export const downloadEvidenceFile = createRoute(
  "evidence:read",
  async (_request, context: FileContext, { scope, actor, member }) => {
    const { id, fileId } = await context.params;
    const viewer = evidenceViewer(actor.userId, member);
    const file = isUuid(id) && isUuid(fileId) ? await findEvidenceFile(scope, id, fileId, viewer) : null;
    if (!file) return new Response("Not found", { status: 404 });
    const body = await configuredStorage().read(file.storageKey);
    await recordEvidenceDownload(scope, actor, { itemId: id, fileId, version: file.version });
    return attachment(body, { contentType: file.contentType, fileName: file.fileName, size: file.size });
  },
);

/** Upload an evidence register (CSV or Excel) to import: read, stored for preview, then confirmed. */
export const uploadEvidenceRegister = createSpreadsheetUploadRoute({
  permission: "evidence:create",
  field: "register",
  page: "/evidence/import",
  stage: ({ scope, actor }, upload) => stageImport(scope, actor, upload),
});
