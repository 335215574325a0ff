import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { FileStorage } from "@/lib/storage/storage";
import { buildPack, type PackContents } from "./pack";

const storage = {
  read: async () => Readable.from([Buffer.from("%PDF-1.7\n%%EOF\n")]),
} as unknown as FileStorage;

const FORMULA = /^[=+\-@\t\r]/;

/** Text typed by council officers (item titles, evidence titles, pointers, addresses) as it lands in index.xlsx. */
async function indexCells(items: PackContents): Promise<string[]> {
  const zip = await JSZip.loadAsync(await buffer(buildPack(items, storage).archive));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await zip.file("index.xlsx")!.async("arraybuffer"));
  const cells: string[] = [];
  workbook.getWorksheet("Index")!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? ""))));
  return cells;
}

describe("the information return pack's index", () => {
  it("keeps text that Excel would run as a formula as text, as the other exports do", async () => {
    const cells = await indexCells([
      {
        reference: "1.1",
        title: '=HYPERLINK("https://evil.example","Click")',
        statementKeys: ["safeguarding"],
        status: "in_progress",
        evidence: [
          {
            pointer: "+cmd|' /C calc'!A0",
            evidenceItem: {
              id: "00000000-0000-7000-8000-000000000001",
              title: "@SUM(1+1)*cmd|' /C calc'!A0",
              url: "-2+3",
              files: [{ fileName: "=1+1.pdf", storageKey: "k", sha256: "ab", size: 10, version: 1 }],
            },
          },
        ],
      },
      { reference: "1.2", title: "\t=1+1", statementKeys: [], status: "not_started", evidence: [] },
    ] as unknown as PackContents);
    expect(cells.filter((cell) => FORMULA.test(cell))).toEqual([]);
    expect(cells).toContain('\'=HYPERLINK("https://evil.example","Click")');
    expect(cells).toContain("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(cells).toContain("'+cmd|' /C calc'!A0");
  });

  it("has one row per return item, its statements by name, and a frozen, filtered heading row", async () => {
    const evidence = (id: string, title: string, pointer: string, fileName: string) => ({
      pointer,
      evidenceItem: {
        id,
        title,
        url: null,
        files: [{ fileName, storageKey: id, sha256: `hash-${id}`, size: 10, version: 1 }],
      },
    });
    const items = [
      {
        reference: "IR07",
        title: "Safeguarding adults board annual report",
        statementKeys: ["safeguarding", "governance-management-sustainability"],
        status: "ready",
        evidence: [
          evidence("e1", "SAB annual report 2025-26", "pages 4 to 9", "sab.pdf"),
          evidence("e2", "Section 42 audit", "section 2", "audit.pdf"),
        ],
      },
      {
        reference: "IR08",
        title: "Waiting lists",
        statementKeys: ["assessing-needs"],
        status: "not_started",
        evidence: [],
      },
    ] as unknown as PackContents;
    const names = new Map([
      ["safeguarding", "7. Safeguarding"],
      ["governance-management-sustainability", "8. Governance, management and sustainability"],
      ["assessing-needs", "1. Assessing needs"],
    ]);
    const zip = await JSZip.loadAsync(await buffer(buildPack(items, storage, names).archive));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await zip.file("index.xlsx")!.async("arraybuffer"));
    const sheet = workbook.getWorksheet("Index")!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:H3");
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const cell = (column: number) => sheet.getRow(2).getCell(column).value;
    expect([1, 2, 3, 4, 5, 6, 8].map(cell)).toEqual([
      "IR07",
      "Safeguarding adults board annual report",
      "7. Safeguarding\n8. Governance, management and sustainability",
      "SAB annual report 2025-26\nSection 42 audit",
      "IR07 Safeguarding adults board annual report/sab.pdf\nIR07 Safeguarding adults board annual report/audit.pdf",
      "pages 4 to 9\nsection 2",
      "hash-e1\nhash-e2",
    ]);
    expect(sheet.getRow(3).getCell(3).value).toBe("1. Assessing needs");
    expect(sheet.getRow(3).getCell(4).value).toBe("(no evidence linked)");
  });
});
