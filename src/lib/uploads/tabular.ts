import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { assertZipWithinLimits, ZipTooLarge } from "./zip-limits";

/**
 * Reads a small spreadsheet (CSV or Excel .xlsx) into rows keyed by the header row. Cell values
 * become trimmed strings; dates become YYYY-MM-DD. Callers cap the file size before this.
 */
export type Table = { headers: string[]; rows: Record<string, string>[] };

export class TableError extends Error {
  constructor(
    readonly reason: "wrong_type" | "unreadable" | "empty" | "too_many_rows" | "expands_too_far",
    message: string,
  ) {
    super(message);
  }
}

export const MAX_ROWS = 5000;

/** What each refusal of an uploaded spreadsheet tells the person, by reason (also the upload route's own reasons). */
export const TABLE_UPLOAD_MESSAGES: Record<TableError["reason"] | "too_large" | "no_file", string> = {
  too_large: "The file is too large: files can be up to 5 MB. Split it into smaller files.",
  no_file: "Choose a CSV or Excel file to upload.",
  wrong_type: "Upload the file as CSV or as an Excel (.xlsx) workbook.",
  unreadable:
    "The file could not be read. Check it opens in a spreadsheet, save it as CSV (UTF-8) or .xlsx, and try again.",
  empty: "The file is empty. The first row should hold the column headings.",
  too_many_rows: "The file has more than 5,000 rows. Split it into smaller files.",
  expands_too_far:
    "This workbook expands to far more than a register needs when opened, so it was not read. Save the sheet as CSV and upload that instead.",
};

export async function readTable(bytes: Buffer, fileName: string): Promise<Table> {
  const isExcel = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (isExcel) return readWorkbook(bytes);
  if (!fileName.toLowerCase().endsWith(".csv"))
    throw new TableError("wrong_type", "Upload the register as a CSV file or an Excel (.xlsx) workbook.");
  if (bytes.includes(0))
    throw new TableError(
      "unreadable",
      "This does not look like a CSV file. Save the register as CSV (UTF-8) and try again.",
    );
  let records: string[][];
  try {
    records = parse(bytes.toString("utf8").replace(/^\uFEFF/, ""), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    throw new TableError(
      "unreadable",
      `The CSV file could not be read (${error instanceof Error ? error.message : "unknown problem"}). Check it opens in a spreadsheet, then save it as CSV again.`,
    );
  }
  return toTable(records);
}

/** A spreadsheet of 5,000 rows is a few MB unpacked; far more than this is not a register. */
const WORKBOOK_LIMITS = { maxEntries: 200, maxTotalBytes: 100 * 1024 * 1024 };

async function readWorkbook(bytes: Buffer): Promise<Table> {
  try {
    await assertZipWithinLimits(bytes, WORKBOOK_LIMITS);
  } catch (error) {
    if (error instanceof ZipTooLarge) {
      throw new TableError(
        "expands_too_far",
        "This workbook expands to far more than a register needs when opened, so it was not read. Save the sheet as CSV and upload that instead.",
      );
    }
    throw new TableError(
      "unreadable",
      "The Excel file could not be read. Save it as an Excel workbook (.xlsx) or as CSV and try again.",
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new TableError(
      "unreadable",
      "The Excel file could not be read. Save it as an Excel workbook (.xlsx) or as CSV and try again.",
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TableError("empty", "The workbook has no sheets.");
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (records.length > MAX_ROWS + 1) return;
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = cellText(cell.value);
    });
    records.push(Array.from(values, (value) => value ?? ""));
  });
  return toTable(records);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("text" in value && typeof value.text === "string") return value.text.trim();
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("richText" in value)
      return value.richText
        .map((part) => part.text)
        .join("")
        .trim();
    if ("hyperlink" in value) return String(value.hyperlink);
  }
  return String(value).trim();
}

function toTable(records: string[][]): Table {
  const [header, ...body] = records;
  if (!header || header.every((cell) => !cell))
    throw new TableError("empty", "The file is empty. The first row should hold the column headings.");
  if (body.length > MAX_ROWS)
    throw new TableError(
      "too_many_rows",
      `The file has more than ${MAX_ROWS.toLocaleString("en-GB")} rows. Split it into smaller files.`,
    );
  const headers = header.map((cell) => cell.trim());
  return {
    headers,
    rows: body
      .filter((record) => record.some((cell) => cell.trim()))
      .map((record) => Object.fromEntries(headers.map((name, index) => [name, (record[index] ?? "").trim()]))),
  };
}
