import "server-only";
import { stringify } from "csv-stringify/sync";
import { createRoute } from "@/lib/http/route";
import { env } from "@/lib/env";
import { attachmentHeader, sanitiseFileName } from "@/lib/uploads/file-name";
import { readTable, TableError } from "@/lib/uploads/tabular";
import { spreadsheetSafe } from "@/lib/uploads/spreadsheet-safe";
import { listQuestionsForExport, listStatementRefs } from "./data";
import { recordQuestionExport, stageQuestionImport } from "./mutations";
import { QUESTION_COLUMNS, questionExportRow } from "./domain";
import { questionQuerySchema } from "./schema";

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Upload a question bank file (CSV or Excel) to import: read, staged for the preview, then confirmed. */
export const uploadQuestionImport = createRoute(
  "question-bank:manage",
  async (request, _context: unknown, { session, member }) => {
    const back = (reason: string) =>
      Response.redirect(new URL(`/preparation/questions/import?error=${reason}`, env().APP_URL), 303);
    if (Number(request.headers.get("content-length") ?? 0) > MAX_FILE_BYTES) return back("too_large");
    const form = await request.formData().catch(() => null);
    const file = form?.get("questions");
    if (!(file instanceof File) || file.size === 0) return back("no_file");
    if (file.size > MAX_FILE_BYTES) return back("too_large");
    try {
      const table = await readTable(Buffer.from(await file.arrayBuffer()), file.name);
      const { id } = await stageQuestionImport(
        member.scope,
        { userId: session.user.id },
        { fileName: sanitiseFileName(file.name), rows: table.rows },
      );
      return Response.redirect(new URL(`/preparation/questions/import/${id}`, env().APP_URL), 303);
    } catch (error) {
      if (error instanceof TableError) return back(error.reason);
      throw error;
    }
  },
);

/**
 * The question bank as CSV, with the list's filters when given in the address. Its columns are the
 * import's, so a file exported, edited in a spreadsheet and imported back updates the same questions.
 */
export const exportQuestionBank = createRoute(
  "question-bank:read",
  async (request, _context: unknown, { session, member }) => {
    const filters = questionQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const [questions, statements] = await Promise.all([
      listQuestionsForExport(member.scope, filters),
      listStatementRefs(member.scope),
    ]);
    const rows = questions.map((question) => questionExportRow(question, statements).map(spreadsheetSafe));
    const filtered = Boolean(filters.statement || filters.audience || filters.q);
    await recordQuestionExport(member.scope, { userId: session.user.id }, { questions: questions.length, filtered });
    const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
    // A byte-order mark so Excel opens the UTF-8 file with its accents intact.
    return new Response(`\uFEFF${stringify([[...QUESTION_COLUMNS], ...rows])}`, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": attachmentHeader(`question-bank-${date}.csv`),
        "cache-control": "private, no-store",
      },
    });
  },
);
