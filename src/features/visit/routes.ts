import "server-only";
import { attachment } from "@/lib/http/attachment";
import { createRoute } from "@/lib/http/route";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { sanitiseFileName } from "@/lib/uploads/file-name";
import { createSpreadsheetUploadRoute } from "@/lib/uploads/spreadsheet-upload";
import { getWorkspaceFramework } from "@/features/framework/data";
import { evidenceViewer } from "@/features/evidence/policy";
import { parseScheduleDate } from "./domain";
import { getVisitSession, listEvidenceByIds, listSessionsOnDay } from "./data";
import { recordVisitExport, stageVisitImport } from "./mutations";
import { buildRunSheetPdf } from "./documents/run-sheet-pdf";
import { buildBriefingDocx } from "./documents/briefing-docx";

/** Upload a visit schedule (CSV or Excel) to import: read, staged for the preview, then confirmed. */
export const uploadVisitSchedule = createSpreadsheetUploadRoute({
  permission: "visit:manage",
  field: "schedule",
  page: "/visit/import",
  stage: ({ scope, actor }, upload) => stageVisitImport(scope, actor, upload),
});

type DayContext = { params: Promise<{ day: string }> };

/** A day's run sheet as a PDF, streamed as it is drawn. */
export const exportRunSheet = createRoute(
  "visit:read",
  async (_request, context: DayContext, { scope, actor, member }) => {
    const { day } = await context.params;
    // Only a real day written as YYYY-MM-DD: anything else is simply not found.
    if (parseScheduleDate(day) !== day) throw new AppError("not_found");
    const sessions = await listSessionsOnDay(scope, day);
    const pdf = buildRunSheetPdf({ councilName: member.workspaceName, day, sessions });
    await recordVisitExport(scope, actor, "run_sheet_pdf", null, {
      day,
      sessions: sessions.length,
    });
    return attachment(pdf, { contentType: "application/pdf", fileName: `run-sheet-${day}.pdf` });
  },
);

type SessionContext = { params: Promise<{ id: string }> };

/** A session's briefing pack as Word: details, statements in focus and the evidence to read. */
export const exportSessionBriefing = createRoute(
  "visit:read",
  async (_request, context: SessionContext, { scope, actor, member }) => {
    const { id } = await context.params;
    const item = isUuid(id) ? await getVisitSession(scope, id) : null;
    if (!item) throw new AppError("not_found");
    const [framework, evidence] = await Promise.all([
      getWorkspaceFramework(scope),
      listEvidenceByIds(scope, item.evidenceIds, evidenceViewer(actor.userId, member)),
    ]);
    const categoryName = new Map(
      (framework?.evidenceCategories ?? []).map((category) => [category.key, category.name]),
    );
    const statements = (framework?.themes ?? []).flatMap((theme) =>
      theme.qualityStatements
        .filter((statement) => item.statementKeys.includes(statement.key))
        .map((statement) => ({ ...statement, theme: theme.name })),
    );
    const buffer = await buildBriefingDocx({
      councilName: member.workspaceName,
      appUrl: env().APP_URL,
      session: item,
      participants: item.participants,
      statements,
      evidence: evidence.map((entry) => ({
        ...entry,
        categories: entry.categories.map((key) => categoryName.get(key) ?? key),
      })),
    });
    await recordVisitExport(scope, actor, "briefing_docx", item.id, {
      evidence: evidence.length,
    });
    return attachment(new Uint8Array(buffer), {
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      fileName: `briefing-${sanitiseFileName(item.title).slice(0, 60) || "session"}.docx`,
    });
  },
);
