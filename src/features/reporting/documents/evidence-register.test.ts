import { readFileSync } from "node:fs";
import path from "node:path";
import { PassThrough, type Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { IMPORT_COLUMNS, mapImportRow, type ImportLookups } from "@/features/evidence/domain";
import { readTable } from "@/lib/uploads/tabular";
import type { RegisterRow } from "../domain";
import { evidenceRegisterCsv, REGISTER_COLUMNS, registerCells, writeEvidenceRegisterXlsx } from "./evidence-register";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const base: RegisterRow = {
  title: "",
  description: "",
  kind: "Document",
  status: "Draft",
  statements: [],
  iStatements: [],
  categories: [],
  ownerName: "",
  ownerEmail: "",
  sourceTeam: "",
  evidenceDate: null,
  reviewBy: null,
  containsPersonalData: false,
  files: 0,
  url: "",
  tags: [],
  updatedAt: new Date("2025-01-10T12:00:00Z"),
};

const fixture: RegisterRow[] = [
  {
    ...base,
    title: "Carers' assessment audit",
    description: "Audit of 40 carers' assessments, with case notes",
    kind: "Case study",
    status: "Approved",
    statements: ["Assessing needs", "Care provision, integration and continuity"],
    iStatements: ["I1", "I2"],
    categories: ["People's experience", "Processes"],
    ownerName: "Priya Shah",
    ownerEmail: "priya.shah@council.example",
    sourceTeam: "Quality assurance",
    evidenceDate: day("2025-03-31"),
    reviewBy: day("2026-03-31"),
    containsPersonalData: true,
    files: 2,
    url: "https://council.example/audit",
    tags: ["carers", "audit"],
    // 11:30pm in London in summer (BST): still the 14th there.
    updatedAt: new Date("2025-07-14T22:30:00Z"),
  },
  {
    ...base,
    title: '=HYPERLINK("https://attacker.example","Waiting list")',
    kind: "Data or metric",
    status: "Ready",
    statements: ["Safeguarding"],
    categories: ["Feedback from partners"],
    ownerEmail: "sam.jones@council.example",
    ownerName: "Sam Jones",
    evidenceDate: day("2024-12-01"),
    reviewBy: day("2025-12-01"),
    files: 1,
  },
  { ...base, title: "Front door leaflet", description: "Printed leaflet, no dates recorded" },
];

const column = (name: (typeof REGISTER_COLUMNS)[number]) => REGISTER_COLUMNS.indexOf(name) + 1;

async function* from<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

async function xlsxOf(rows: RegisterRow[]): Promise<ExcelJS.Workbook> {
  const output = new PassThrough();
  const [bytes] = await Promise.all([buffer(output), writeEvidenceRegisterXlsx(from(rows), output)]);
  const workbook = new ExcelJS.Workbook();
  // ExcelJS declares its own Buffer type, which Node's Buffer no longer satisfies; its loader takes
  // an ArrayBuffer just as well.
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return workbook;
}

async function csvOf(rows: RegisterRow[]): Promise<Buffer> {
  return buffer(evidenceRegisterCsv(from(rows)));
}

function frameworkLookups(): ImportLookups {
  const file = JSON.parse(
    readFileSync(path.join(process.cwd(), "prisma", "reference", "cqc-la-framework.json"), "utf8"),
  ) as {
    qualityStatements: { key: string; number: number; name: string }[];
    evidenceCategories: { key: string; name: string }[];
  };
  return {
    statements: file.qualityStatements.map(({ key, number, name }) => ({ key, number, name })),
    categories: file.evidenceCategories.map(({ key, name }) => ({ key, name })),
    owners: [
      { id: "owner-priya", email: "priya.shah@council.example" },
      { id: "owner-sam", email: "sam.jones@council.example" },
    ],
  };
}

describe("the register's columns", () => {
  it("spells every heading the import also reads exactly as the import does", () => {
    const shared = REGISTER_COLUMNS.filter((heading) =>
      IMPORT_COLUMNS.some((name) => name.toLowerCase() === heading.toLowerCase()),
    );
    expect(shared).toEqual(
      REGISTER_COLUMNS.filter((heading) => (IMPORT_COLUMNS as readonly string[]).includes(heading)),
    );
    // Every import column is present, so nothing the import can take is lost on the way out.
    expect([...IMPORT_COLUMNS].sort()).toEqual([...shared].sort());
  });

  it("gives one value per heading, in order", () => {
    const cells = registerCells(fixture[0]!);
    expect(cells).toHaveLength(REGISTER_COLUMNS.length);
    expect(cells[column("Title") - 1]).toBe("Carers' assessment audit");
    expect(cells[column("Contains personal data") - 1]).toBe("Yes");
    expect(cells[column("Last changed") - 1]).toEqual(day("2025-07-14"));
  });

  it("dates the last change by the London clock", () => {
    // 00:30 on the 15th in London (BST) while UTC is still on the 14th.
    const lateEvening = { ...base, updatedAt: new Date("2025-07-14T23:30:00Z") };
    expect(registerCells(lateEvening)[column("Last changed") - 1]).toEqual(day("2025-07-15"));
  });
});

describe("the register as an Excel workbook", () => {
  it("writes headings, dates, yes/no, lists and a frozen, filtered header", async () => {
    const workbook = await xlsxOf(fixture);
    expect(workbook.creator).toBe("Care Act readiness");
    expect(workbook.title).toBe("Evidence register");
    const sheet = workbook.getWorksheet("Evidence register");
    if (!sheet) throw new Error("no Evidence register sheet");

    const header = sheet.getRow(1);
    expect((header.values as unknown[]).slice(1)).toEqual([...REGISTER_COLUMNS]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:Q4");
    expect(sheet.getColumn(column("Description")).width).toBe(60);
    expect(sheet.rowCount).toBe(4);

    const first = sheet.getRow(2);
    const evidenceDate = first.getCell(column("Date of evidence"));
    expect(evidenceDate.value).toBeInstanceOf(Date);
    expect(evidenceDate.value).toEqual(day("2025-03-31"));
    expect(evidenceDate.numFmt).toBe("dd/mm/yyyy");
    expect(first.getCell(column("Review by")).value).toEqual(day("2026-03-31"));
    expect(first.getCell(column("Last changed")).value).toEqual(day("2025-07-14"));
    expect(first.getCell(column("Contains personal data")).value).toBe("Yes");
    expect(first.getCell(column("Quality statements")).value).toBe(
      "Assessing needs; Care provision, integration and continuity",
    );
    expect(first.getCell(column("Evidence categories")).value).toBe("People's experience; Processes");
    expect(first.getCell(column("Tags")).value).toBe("carers; audit");
    expect(first.getCell(column("Files")).value).toBe(2);

    const formula = sheet.getRow(3).getCell(column("Title"));
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(formula.value).toBe(`'=HYPERLINK("https://attacker.example","Waiting list")`);
    expect(sheet.getRow(3).getCell(column("Contains personal data")).value).toBe("No");

    const undated = sheet.getRow(4);
    expect(undated.getCell(column("Title")).value).toBe("Front door leaflet");
    expect(undated.getCell(column("Date of evidence")).value).toBeNull();
    expect(undated.getCell(column("Review by")).value).toBeNull();
  });

  it("prints landscape on A4, one page wide, with the heading row on every page", async () => {
    const workbook = await xlsxOf(fixture);
    const sheet = workbook.getWorksheet("Evidence register")!;
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    });
    expect(sheet.headerFooter.oddFooter).toContain("Page &P of &N");
  });

  it("fails, and ends the output, when the source fails", async () => {
    async function* failing(): AsyncGenerator<RegisterRow> {
      yield fixture[0]!;
      throw new Error("database went away");
    }
    const output = new PassThrough();
    output.resume();
    await expect(writeEvidenceRegisterXlsx(failing(), output)).rejects.toThrow("database went away");
    expect(output.destroyed).toBe(true);
  });
});

describe("the register as CSV", () => {
  it("writes the same values as the workbook, with a byte-order mark", async () => {
    const bytes = await csvOf(fixture);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...records] = parse(bytes.toString("utf8").replace(/^\uFEFF/, "")) as string[][];
    expect(header).toEqual([...REGISTER_COLUMNS]);
    expect(records).toHaveLength(3);

    const [first, formula, undated] = records as [string[], string[], string[]];
    const cell = (record: string[], name: (typeof REGISTER_COLUMNS)[number]) => record[column(name) - 1];
    expect(cell(first, "Date of evidence")).toBe("2025-03-31");
    expect(cell(first, "Review by")).toBe("2026-03-31");
    expect(cell(first, "Last changed")).toBe("2025-07-14");
    expect(cell(first, "Contains personal data")).toBe("Yes");
    expect(cell(first, "Quality statements")).toBe("Assessing needs; Care provision, integration and continuity");
    expect(cell(first, "Evidence categories")).toBe("People's experience; Processes");
    expect(cell(first, "Files")).toBe("2");
    expect(cell(formula, "Title")).toBe(`'=HYPERLINK("https://attacker.example","Waiting list")`);
    expect(cell(formula, "Contains personal data")).toBe("No");
    expect(cell(undated, "Date of evidence")).toBe("");
    expect(cell(undated, "Review by")).toBe("");
  });

  it("imports back cleanly into another workspace", async () => {
    const table = await readTable(await csvOf(fixture), "register.csv");
    expect(table.headers).toEqual([...REGISTER_COLUMNS]);
    const lookups = frameworkLookups();
    const results = table.rows.map((row) => mapImportRow(row, lookups));
    for (const result of results) expect(result).not.toHaveProperty("errors");

    const fields = results.map((result) => ("fields" in result ? result.fields : {}));
    expect(fields[0]).toMatchObject({
      title: "Carers' assessment audit",
      kind: "case_study",
      status: "approved",
      statementKeys: ["assessing-needs", "care-provision-integration-continuity"],
      categories: ["peoples-experience", "processes"],
      ownerId: "owner-priya",
      sourceTeam: "Quality assurance",
      evidenceDate: "2025-03-31",
      reviewBy: "2026-03-31",
      containsPersonalData: "yes",
      url: "https://council.example/audit",
      tags: "carers; audit",
    });
    expect(fields[1]).toMatchObject({
      kind: "data_or_metric",
      status: "ready",
      statementKeys: ["safeguarding"],
      categories: ["partners"],
      ownerId: "owner-sam",
      containsPersonalData: "",
    });
    expect(fields[2]).toMatchObject({
      title: "Front door leaflet",
      statementKeys: [],
      categories: [],
      evidenceDate: "",
      reviewBy: "",
    });
  });

  it("streams 10,000 rows, reading the source only as the output is read", async () => {
    const total = 10_000;
    let produced = 0;
    async function* many(): AsyncGenerator<RegisterRow> {
      for (let index = 0; index < total; index++) {
        produced++;
        yield {
          ...base,
          title: `Evidence item ${index + 1}`,
          description: "Monthly performance report for the adult social care front door",
          statements: ["Assessing needs"],
          categories: ["Processes"],
          evidenceDate: day("2025-04-01"),
          tags: ["performance"],
        };
      }
    }

    const stream = evidenceRegisterCsv(many());
    let bytes = 0;
    let lines = 0;
    let producedAtFirstChunk: number | null = null;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      producedAtFirstChunk ??= produced;
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 0x0a) lines++;
    }
    expect(lines).toBe(total + 1);
    expect(bytes).toBeGreaterThan(total * 100);
    expect(produced).toBe(total);
    // Had the whole file been built first, every row would have been read before the first chunk.
    expect(producedAtFirstChunk).toBeLessThan(total / 2);
  });

  it("ends with the source's error when the source fails part-way", async () => {
    async function* failing(): AsyncGenerator<RegisterRow> {
      yield fixture[0]!;
      yield fixture[2]!;
      throw new Error("database went away");
    }
    const stream: Readable = evidenceRegisterCsv(failing());
    await expect(buffer(stream)).rejects.toThrow("database went away");
    expect(stream.destroyed).toBe(true);
  });
});
