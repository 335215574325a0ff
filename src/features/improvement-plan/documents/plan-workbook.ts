import { Stream } from "node:stream";
import ExcelJS from "exceljs";
import { ukToday } from "@/lib/calendar";
import { spreadsheetSafe } from "@/lib/uploads/spreadsheet-safe";
import { RAG_LABELS, STATUS_LABELS, daysOverdue, type ActionStatus, type Rag } from "../domain";

/** One action as the export needs it: the plan's row with its latest progress note. */
export type PlanExportRow = {
  title: string;
  description: string;
  owner: string;
  dueDate: Date;
  status: ActionStatus;
  rag: Rag;
  statements: string[];
  tags: string[];
  completedAt: Date | null;
  latestNote: { note: string; createdAt: Date } | null;
  updatedAt: Date;
};

export const PLAN_COLUMNS = [
  "Action",
  "Description",
  "Quality statements",
  "Tags",
  "Owner",
  "Due date",
  "Days overdue",
  "Status",
  "RAG",
  "Completed",
  "Latest progress note",
  "Note added",
  "Last changed",
] as const;
type Column = (typeof PLAN_COLUMNS)[number];
type Cell = string | number | Date | null;

const WIDTHS: Record<Column, number> = {
  Action: 40,
  Description: 60,
  "Quality statements": 40,
  Tags: 24,
  Owner: 24,
  "Due date": 12,
  "Days overdue": 10,
  Status: 14,
  RAG: 16,
  Completed: 12,
  "Latest progress note": 60,
  "Note added": 12,
  "Last changed": 12,
};
const DATE_COLUMNS = new Set<Column>(["Due date", "Completed", "Note added", "Last changed"]);

/** A row's cells: text made safe from running as a formula, dates as real dates (London days). */
export function planCells(row: PlanExportRow, now: Date): Cell[] {
  const cells: Record<Column, Cell> = {
    Action: spreadsheetSafe(row.title),
    Description: spreadsheetSafe(row.description),
    "Quality statements": spreadsheetSafe(row.statements.join("; ")),
    Tags: row.tags.length ? spreadsheetSafe(row.tags.join(", ")) : null,
    Owner: spreadsheetSafe(row.owner),
    "Due date": row.dueDate,
    "Days overdue": daysOverdue(row, now) || null,
    Status: STATUS_LABELS[row.status],
    RAG: RAG_LABELS[row.rag],
    Completed: row.completedAt ? ukToday(row.completedAt) : null,
    "Latest progress note": row.latestNote ? spreadsheetSafe(row.latestNote.note) : null,
    "Note added": row.latestNote ? ukToday(row.latestNote.createdAt) : null,
    "Last changed": ukToday(row.updatedAt),
  };
  return PLAN_COLUMNS.map((column) => cells[column]);
}

/**
 * Writes the plan as a workbook with ExcelJS's streaming writer: a frozen, bold header row and a
 * filter over every row. Resolves once `output` has the whole file, so read it while this runs.
 */
export async function writePlanXlsx(
  rows: PlanExportRow[],
  output: NodeJS.WritableStream,
  now = new Date(),
): Promise<void> {
  if (!(output instanceof Stream)) throw new TypeError("The improvement plan must be written to a Node stream");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  workbook.creator = "Care Act readiness";
  workbook.title = "Improvement plan";
  const sheet = workbook.addWorksheet("Improvement plan", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = PLAN_COLUMNS.map((column) => ({
    key: column,
    width: WIDTHS[column],
    ...(DATE_COLUMNS.has(column) ? { style: { numFmt: "dd/mm/yyyy" } } : {}),
  }));
  try {
    const header = sheet.addRow([...PLAN_COLUMNS]);
    header.font = { bold: true };
    header.commit();
    for (const row of rows) sheet.addRow(planCells(row, now)).commit();
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: PLAN_COLUMNS.length } };
    sheet.commit();
    await workbook.commit();
  } catch (error) {
    if ("destroy" in output && typeof output.destroy === "function") output.destroy(error);
    throw error;
  }
}
