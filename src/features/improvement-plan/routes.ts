import "server-only";
import { PassThrough } from "node:stream";
import { attachment } from "@/lib/http/attachment";
import { createRoute } from "@/lib/http/route";
import { isoDay, ukToday } from "@/lib/calendar";
import { logger } from "@/lib/logger";
import { getWorkspaceFramework } from "@/features/framework/data";
import { listActionsForExport } from "./data";
import { recordPlanExport } from "./mutations";
import { writePlanXlsx, type PlanExportRow } from "./documents/plan-workbook";

/**
 * The whole improvement plan as Excel, each action with its latest progress note. A plan is tens
 * or hundreds of actions, so it is read at once and written row by row by the streaming writer.
 */
export const exportImprovementPlan = createRoute(
  "improvement:export",
  async (_request, _context: unknown, { scope, actor }) => {
    const now = new Date();
    const [actions, framework] = await Promise.all([listActionsForExport(scope), getWorkspaceFramework(scope)]);
    const labels = new Map(
      (framework?.themes ?? []).flatMap((theme) =>
        theme.qualityStatements.map((statement) => [statement.key, `${statement.number}. ${statement.name}`] as const),
      ),
    );
    const rows: PlanExportRow[] = actions.map((action) => ({
      title: action.title,
      description: action.description,
      owner: action.owner,
      dueDate: action.dueDate,
      status: action.status,
      rag: action.rag,
      statements: action.statementKeys.map((key) => labels.get(key) ?? key),
      tags: action.tags,
      completedAt: action.completedAt,
      latestNote: action.updates[0] ?? null,
      updatedAt: action.updatedAt,
    }));
    await recordPlanExport(scope, actor, rows.length);
    const body = new PassThrough();
    writePlanXlsx(rows, body, now).catch((error: unknown) => {
      logger.error({ err: (error as Error).message }, "improvement plan export failed");
      body.destroy(error as Error);
    });
    return attachment(body, {
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      fileName: `improvement-plan-${isoDay(ukToday(now))}.xlsx`,
    });
  },
);
