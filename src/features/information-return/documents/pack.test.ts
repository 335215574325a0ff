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
});
