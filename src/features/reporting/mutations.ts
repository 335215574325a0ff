import { db } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import type { WorkspaceScope } from "@/lib/authz/scope";

/** Every document that leaves the system is recorded: which one, by whom, when. */
export async function recordReportExport(
  scope: WorkspaceScope,
  actor: Actor,
  report: "self_assessment_docx" | "board_pack_pdf" | "evidence_register_xlsx" | "evidence_register_csv",
) {
  await recordAuditEvent(db, {
    scope,
    actor,
    action: "report.exported",
    entityType: "report",
    entityId: null,
    metadata: { report },
  });
}
