import { pipeline, Readable, Stream } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import { isoDay, ukToday } from "@/lib/calendar";
import { spreadsheetSafe } from "@/lib/uploads/spreadsheet-safe";
import type { RegisterRow } from "../domain";

/**
 * The evidence register as Excel and as CSV. A council's library can hold 10,000 items, so both
 * formats are written row by row as the rows arrive and neither is ever held whole in memory.
 *
 * Headings that the evidence import also reads (IMPORT_COLUMNS) are spelt exactly as it expects,
 * so a register exported from one workspace can be imported into another. The others (owner's
 * name, I statements, files, last changed) are there for people reading the register; the import
 * ignores columns it does not know.
 */
export const REGISTER_COLUMNS = [
  "Title",
  "Description",
  "Kind",
  "Status",
  "Quality statements",
  "I statements",
  "Evidence categories",
  "Owner",
  "Owner e-mail",
  "Source team",
  "Date of evidence",
  "Review by",
  "Contains personal data",
  "Files",
  "Web address",
  "Tags",
  "Last changed",
] as const;

export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

/** A cell of the register: text, a count, a date (UTC midnight of the day) or nothing. */
export type RegisterCell = string | number | Date | null;

const SHEET_NAME = "Evidence register";
const EXCEL_DATE_FORMAT = "dd/mm/yyyy";

// A record keyed by heading, so adding a heading without a width (or a value, below) fails to compile.
const COLUMN_WIDTHS: Record<RegisterColumn, number> = {
  Title: 40,
  Description: 60,
  Kind: 18,
  Status: 14,
  "Quality statements": 40,
  "I statements": 30,
  "Evidence categories": 36,
  Owner: 24,
  "Owner e-mail": 32,
  "Source team": 24,
  "Date of evidence": 14,
  "Review by": 12,
  "Contains personal data": 12,
  Files: 8,
  "Web address": 40,
  Tags: 30,
  "Last changed": 14,
};

/**
 * How the register prints: A4 landscape, every column on the width of one page (as many pages
 * tall as it needs), the heading row repeated on each page. Left to Excel's defaults it printed
 * one column per portrait page, 24 pages for a short register.
 */
export const REGISTER_PAGE_SETUP = {
  paperSize: 9,
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: "1:1",
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
} as const satisfies Partial<ExcelJS.PageSetup>;

const DATE_COLUMNS = new Set<RegisterColumn>(["Date of evidence", "Review by", "Last changed"]);

/** Lists are joined with semicolons because that is the separator the import splits on. */
const list = (values: string[]) => spreadsheetSafe(values.join("; "));

/**
 * One register row as its cells, in the order of REGISTER_COLUMNS. Both formats take their values
 * from here so the workbook and the CSV can never disagree about what a row says.
 */
export function registerCells(row: RegisterRow): RegisterCell[] {
  const cells: Record<RegisterColumn, RegisterCell> = {
    Title: spreadsheetSafe(row.title),
    Description: spreadsheetSafe(row.description),
    Kind: spreadsheetSafe(row.kind),
    Status: spreadsheetSafe(row.status),
    "Quality statements": list(row.statements),
    "I statements": list(row.iStatements),
    "Evidence categories": list(row.categories),
    Owner: spreadsheetSafe(row.ownerName),
    "Owner e-mail": spreadsheetSafe(row.ownerEmail),
    "Source team": spreadsheetSafe(row.sourceTeam),
    // Evidence and review dates are already date values (UTC midnight), so they pass as they are.
    "Date of evidence": row.evidenceDate,
    "Review by": row.reviewBy,
    "Contains personal data": row.containsPersonalData ? "Yes" : "No",
    Files: row.files,
    "Web address": spreadsheetSafe(row.url),
    Tags: list(row.tags),
    // The last change is an instant; a reader wants the day it was on a London clock, not the UTC
    // day, which is a day early for an evening edit in summer.
    "Last changed": ukToday(row.updatedAt),
  };
  return REGISTER_COLUMNS.map((column) => cells[column]);
}

/**
 * Writes the register as an Excel workbook to `output`, committing each row as soon as it is
 * added so only the rows not yet zipped are held in memory. Resolves once the workbook is
 * complete and `output` has finished, so `output` must be read while this runs (hand it to the
 * response first, then await), not after.
 *
 * If `rows` fails part-way the output is destroyed with that error: half a zip is not a workbook,
 * and a download left open would hang rather than fail.
 */
export async function writeEvidenceRegisterXlsx(
  rows: AsyncIterable<RegisterRow>,
  output: NodeJS.WritableStream,
): Promise<void> {
  // ExcelJS pipes into the output, so it needs a Node stream rather than any object with write().
  if (!(output instanceof Stream)) throw new TypeError("The evidence register must be written to a Node stream");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  workbook.creator = "Care Act readiness";
  workbook.title = "Evidence register";
  const sheet = workbook.addWorksheet(SHEET_NAME, {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: REGISTER_PAGE_SETUP,
    headerFooter: { oddFooter: "&LEvidence register&RPage &P of &N" },
  });
  sheet.columns = REGISTER_COLUMNS.map((column) => ({
    key: column,
    width: COLUMN_WIDTHS[column],
    // Set on the column so dates typed into new rows by the council get the same UK format.
    ...(DATE_COLUMNS.has(column) ? { style: { numFmt: EXCEL_DATE_FORMAT } } : {}),
  }));

  try {
    const header = sheet.addRow([...REGISTER_COLUMNS]);
    header.font = { bold: true };
    header.commit();

    let lastRow = 1;
    for await (const row of rows) {
      await roomToWrite(output);
      sheet.addRow(registerCells(row)).commit();
      lastRow++;
    }

    // The filter is written when the sheet is committed, so it can cover every row written.
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: REGISTER_COLUMNS.length } };
    sheet.commit();
    await workbook.commit();
  } catch (error) {
    if ("destroy" in output && typeof output.destroy === "function") output.destroy(error);
    throw error;
  }
}

/**
 * ExcelJS's streaming writer does not wait for a slow reader, so rows would pile up in memory
 * behind a slow download. Waiting for the output to drain before adding more keeps them bounded.
 */
async function roomToWrite(output: NodeJS.WritableStream): Promise<void> {
  const closed = () => "destroyed" in output && output.destroyed === true;
  // A cancelled download: stop reading the source rather than write rows nobody will receive.
  if (closed()) throw new Error("The register's output closed before the workbook was finished");
  if (!("writableNeedDrain" in output) || output.writableNeedDrain !== true) return;
  await new Promise<void>((resolve, reject) => {
    const settle = (error?: unknown) => {
      output.off("drain", onDrain).off("close", onDrain).off("error", settle);
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve();
    };
    const onDrain = () => settle();
    // Listening for close as well, as a stream destroyed while full never drains.
    output.once("drain", onDrain).once("close", onDrain).once("error", settle);
  });
  if (closed()) throw new Error("The register's output closed before the workbook was finished");
}

/** CSV has no dates, so they are written the way the import reads them back (YYYY-MM-DD). */
function csvCell(cell: RegisterCell): string | number {
  if (cell === null) return "";
  if (cell instanceof Date) return isoDay(cell);
  return cell;
}

async function* csvRecords(rows: AsyncIterable<RegisterRow>): AsyncGenerator<(string | number)[]> {
  for await (const row of rows) yield registerCells(row).map(csvCell);
}

/**
 * The register as a CSV stream (UTF-8 with a byte-order mark, so Excel opens accented names
 * correctly). Rows are pulled from `rows` only as fast as the stream is read. An error from `rows`
 * destroys the returned stream with that error, and destroying the returned stream (a cancelled
 * download) stops reading `rows`.
 */
export function evidenceRegisterCsv(rows: AsyncIterable<RegisterRow>): Readable {
  const stringifier = stringify({ header: true, columns: [...REGISTER_COLUMNS], bom: true });
  // pipeline passes a failure on to every stream in it, so the callback has nothing left to do;
  // it is required only so the failure does not surface as an unhandled error here.
  pipeline(Readable.from(csvRecords(rows)), stringifier, () => {});
  return stringifier;
}
