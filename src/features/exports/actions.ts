"use server";

import { redirect } from "next/navigation";
import { createAction, type MemberActionContext } from "@/lib/actions/create-action";
import { evidenceViewer } from "@/features/evidence/policy";
import { createExport } from "./mutations";
import { sendExportJob } from "./jobs";
import { startExportSchema } from "./schema";
import { EXPORT_KINDS, type ExportKind } from "./domain";

async function start(kind: ExportKind, { scope, actor, member }: MemberActionContext): Promise<never> {
  const { id } = await createExport(scope, actor, kind);
  await sendExportJob({
    exportId: id,
    councilName: member.workspaceName,
    maySeeSensitive: evidenceViewer(actor.userId, member).maySeeSensitive,
  });
  redirect(`/exports/${id}`);
}

export const startInformationReturnPackAction = createAction({
  name: "startInformationReturnPackAction",
  permission: EXPORT_KINDS.information_return_pack.permission,
  schema: startExportSchema,
  handler: (_input, context) => start("information_return_pack", context),
});

export const startBoardPackAction = createAction({
  name: "startBoardPackAction",
  permission: EXPORT_KINDS.board_pack.permission,
  schema: startExportSchema,
  handler: (_input, context) => start("board_pack", context),
});
