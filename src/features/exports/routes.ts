import "server-only";
import { attachment } from "@/lib/http/attachment";
import { createRoute } from "@/lib/http/route";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { configuredStorage } from "@/lib/storage/configured";
import { getExportFile } from "./data";
import { EXPORT_KINDS, type ExportKind } from "./domain";

type Context = { params: Promise<{ id: string }> };

/**
 * A finished export, from storage, so any instance serves what any other built. Only to the
 * person who started it, and only with the permission the direct download asks for.
 */
function downloadExport(kind: ExportKind) {
  return createRoute(EXPORT_KINDS[kind].permission, async (_request, context: Context, { session, member }) => {
    const { id } = await context.params;
    const file = isUuid(id) ? await getExportFile(member.scope, session.user.id, id, kind) : null;
    if (!file?.storageKey || !file.fileName || !file.contentType) throw new AppError("not_found");
    return attachment(await configuredStorage().read(file.storageKey), {
      contentType: file.contentType,
      fileName: file.fileName,
    });
  });
}

export const downloadInformationReturnPackExport = downloadExport("information_return_pack");
export const downloadBoardPackExport = downloadExport("board_pack");
