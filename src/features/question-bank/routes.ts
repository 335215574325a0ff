import "server-only";
import { stringify } from "csv-stringify/sync";
import { attachment } from "@/lib/http/attachment";
import { createRoute } from "@/lib/http/route";
import { createSpreadsheetUploadRoute } from "@/lib/uploads/spreadsheet-upload";
import { spreadsheetSafe } from "@/lib/uploads/spreadsheet-safe";
import { listQuestionsForExport, listStatementRefs } from "./data";
import { recordQuestionExport, stageQuestionImport } from "./mutations";
import { QUESTION_COLUMNS, questionExportRow } from "./domain";
import { questionQuerySchema } from "./schema";

/** Upload a question bank file (CSV or Excel) to import: read, staged for the preview, then confirmed. */
export const uploadQuestionImport = createSpreadsheetUploadRoute({
  permission: "question-bank:manage",
  field: "questions",
  page: "/preparation/questions/import",
  stage: ({ scope, actor }, upload) => stageQuestionImport(scope, actor, upload),
});

/**
 * The question bank as CSV, with the list's filters when given in the address. Its columns are the
 * import's, so a file exported, edited in a spreadsheet and imported back updates the same questions.
 */
export const exportQuestionBank = createRoute(
  "question-bank:read",
  async (request, _context: unknown, { scope, actor }) => {
    const filters = questionQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const [questions, statements] = await Promise.all([
      listQuestionsForExport(scope, filters),
      listStatementRefs(scope),
    ]);
    const rows = questions.map((question) => questionExportRow(question, statements).map(spreadsheetSafe));
    const filtered = Boolean(filters.statement || filters.audience || filters.q);
    await recordQuestionExport(scope, actor, { questions: questions.length, filtered });
    const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
    // A byte-order mark so Excel opens the UTF-8 file with its accents intact.
    return attachment(`\uFEFF${stringify([[...QUESTION_COLUMNS], ...rows])}`, {
      contentType: "text/csv; charset=utf-8",
      fileName: `question-bank-${date}.csv`,
    });
  },
);
