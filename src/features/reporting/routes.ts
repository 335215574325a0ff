import "server-only";
import { PassThrough } from "node:stream";
import { attachment } from "@/lib/http/attachment";
import { createRoute } from "@/lib/http/route";
import { logger } from "@/lib/logger";
import { isoDay, ukToday } from "@/lib/calendar";
import { evidenceViewer } from "@/features/evidence/policy";
import { getDashboardFacts, listEvidenceCitations, registerRows } from "./data";
import { getCurrentOutcomeSet } from "@/features/benchmark/data";
import { boardPackBenchmark, buildDashboard, selfAssessmentDocumentFrom } from "./domain";
import { recordReportExport } from "./mutations";
import { buildSelfAssessmentDocx } from "./documents/self-assessment-docx";
import { buildBoardPackPdf } from "./documents/board-pack-pdf";
import { evidenceRegisterCsv, writeEvidenceRegisterXlsx } from "./documents/evidence-register";

const dated = (name: string, extension: string) => `${name}-${isoDay(ukToday(new Date()))}.${extension}`;

/** The self-assessment as a Word document, theme by theme, with the evidence it cites. */
export const exportSelfAssessmentDocx = createRoute(
  "report:export",
  async (_request, _context: unknown, { scope, actor, member }) => {
    const now = new Date();
    const viewer = evidenceViewer(actor.userId, member);
    const [facts, citations] = await Promise.all([
      getDashboardFacts(scope, viewer, now),
      listEvidenceCitations(scope, viewer),
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
    await recordReportExport(scope, actor, "self_assessment_docx");
    return attachment(new Uint8Array(buffer), {
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      fileName: dated("self-assessment", "docx"),
    });
  },
);

/** The board briefing pack: the dashboard's figures as a dated PDF, streamed as it is drawn. */
export const exportBoardPack = createRoute(
  "report:export",
  async (_request, _context: unknown, { scope, actor, member }) => {
    const now = new Date();
    const [facts, outcomes] = await Promise.all([
      getDashboardFacts(scope, evidenceViewer(actor.userId, member), now),
      getCurrentOutcomeSet(scope),
    ]);
    const { pack } = buildDashboard(facts, { councilName: member.workspaceName, now });
    const statements = facts.summaries.themes.flatMap((theme) => theme.statements);
    const pdf = buildBoardPackPdf({ ...pack, benchmark: outcomes ? boardPackBenchmark(outcomes, statements) : null });
    await recordReportExport(scope, actor, "board_pack_pdf");
    return attachment(pdf, {
      contentType: "application/pdf",
      fileName: dated("board-briefing", "pdf"),
    });
  },
);

/**
 * The evidence register as Excel or CSV (`?format=csv`), the items this person may see, streamed
 * page by page from the database into the file so any size of register stays small in memory.
 */
export const exportEvidenceRegister = createRoute(
  "report:export",
  async (request, _context: unknown, { scope, actor, member }) => {
    const csv = new URL(request.url).searchParams.get("format") === "csv";
    const rows = registerRows(scope, evidenceViewer(actor.userId, member));
    await recordReportExport(scope, actor, csv ? "evidence_register_csv" : "evidence_register_xlsx");
    if (csv) {
      return attachment(evidenceRegisterCsv(rows), {
        contentType: "text/csv; charset=utf-8",
        fileName: dated("evidence-register", "csv"),
      });
    }
    const body = new PassThrough();
    writeEvidenceRegisterXlsx(rows, body).catch((error: unknown) => {
      logger.error({ err: (error as Error).message }, "evidence register export failed");
      body.destroy(error as Error);
    });
    return attachment(body, {
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      fileName: dated("evidence-register", "xlsx"),
    });
  },
);
