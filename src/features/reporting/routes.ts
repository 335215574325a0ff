import "server-only";
import { PassThrough, Readable } from "node:stream";
import { createRoute } from "@/lib/http/route";
import { attachmentHeader } from "@/lib/uploads/file-name";
import { logger } from "@/lib/logger";
import { isoDay, ukToday } from "@/lib/calendar";
import { evidenceViewer } from "@/features/evidence/policy";
import { getDashboardFacts, listEvidenceCitations, registerRows } from "./data";
import { buildDashboard, selfAssessmentDocumentFrom } from "./domain";
import { recordReportExport } from "./mutations";
import { buildSelfAssessmentDocx } from "./documents/self-assessment-docx";
import { buildBoardPackPdf } from "./documents/board-pack-pdf";
import { evidenceRegisterCsv, writeEvidenceRegisterXlsx } from "./documents/evidence-register";

const dated = (name: string, extension: string) => `${name}-${isoDay(ukToday(new Date()))}.${extension}`;
const download = (contentType: string, fileName: string) => ({
  "content-type": contentType,
  "content-disposition": attachmentHeader(fileName),
  "cache-control": "private, no-store",
  "x-content-type-options": "nosniff",
});

/** The self-assessment as a Word document, theme by theme, with the evidence it cites. */
export const exportSelfAssessmentDocx = createRoute(
  "report:export",
  async (_request, _context: unknown, { session, member }) => {
    const now = new Date();
    const viewer = evidenceViewer(session.user.id, member);
    const [facts, citations] = await Promise.all([
      getDashboardFacts(member.scope, viewer, now),
      listEvidenceCitations(member.scope, viewer),
    ]);
    const document = selfAssessmentDocumentFrom(
      {
        summaries: facts.summaries,
        scoreLabels: facts.scoring.scores,
        categories: facts.framework.evidenceCategories,
        citations,
      },
      { councilName: member.workspaceName, now },
    );
    const buffer = await buildSelfAssessmentDocx(document);
    await recordReportExport(member.scope, { userId: session.user.id }, "self_assessment_docx");
    return new Response(new Uint8Array(buffer), {
      headers: download(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        dated("self-assessment", "docx"),
      ),
    });
  },
);

/** The board briefing pack: the dashboard's figures as a dated PDF, streamed as it is drawn. */
export const exportBoardPack = createRoute(
  "report:export",
  async (_request, _context: unknown, { session, member }) => {
    const now = new Date();
    const facts = await getDashboardFacts(member.scope, evidenceViewer(session.user.id, member), now);
    const { pack } = buildDashboard(facts, { councilName: member.workspaceName, now });
    const pdf = buildBoardPackPdf(pack);
    await recordReportExport(member.scope, { userId: session.user.id }, "board_pack_pdf");
    return new Response(Readable.toWeb(pdf as unknown as Readable) as ReadableStream, {
      headers: download("application/pdf", dated("board-briefing", "pdf")),
    });
  },
);

/**
 * The evidence register as Excel or CSV (`?format=csv`), the items this person may see, streamed
 * page by page from the database into the file so any size of register stays small in memory.
 */
export const exportEvidenceRegister = createRoute(
  "report:export",
  async (request, _context: unknown, { session, member }) => {
    const csv = new URL(request.url).searchParams.get("format") === "csv";
    const rows = registerRows(member.scope, evidenceViewer(session.user.id, member));
    await recordReportExport(
      member.scope,
      { userId: session.user.id },
      csv ? "evidence_register_csv" : "evidence_register_xlsx",
    );
    if (csv) {
      return new Response(Readable.toWeb(evidenceRegisterCsv(rows)) as ReadableStream, {
        headers: download("text/csv; charset=utf-8", dated("evidence-register", "csv")),
      });
    }
    const body = new PassThrough();
    writeEvidenceRegisterXlsx(rows, body).catch((error: unknown) => {
      logger.error({ err: (error as Error).message }, "evidence register export failed");
      body.destroy(error as Error);
    });
    return new Response(Readable.toWeb(body) as ReadableStream, {
      headers: download(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        dated("evidence-register", "xlsx"),
      ),
    });
  },
);
