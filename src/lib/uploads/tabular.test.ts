import { Readable, PassThrough } from "node:stream";
import archiver from "archiver";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTable } from "./tabular";

async function zipOf(entries: { name: string; source: Readable | string }[]): Promise<Buffer> {
  const archive = archiver("zip", { zlib: { level: 9 } });
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => output.on("end", resolve));
  archive.pipe(output);
  for (const entry of entries) archive.append(entry.source, { name: entry.name });
  await archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

function zeros(bytes: number): Readable {
  let sent = 0;
  const chunk = Buffer.alloc(1024 * 1024);
  return new Readable({
    read() {
      if (sent >= bytes) return this.push(null);
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

describe("reading an uploaded spreadsheet", () => {
  it("reads an ordinary Excel workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Register");
    sheet.addRow(["Title", "Review by"]);
    sheet.addRow(["Carers survey", new Date("2026-12-01T00:00:00Z")]);
    const table = await readTable(Buffer.from(await workbook.xlsx.writeBuffer()), "register.xlsx");
    expect(table.rows).toEqual([{ Title: "Carers survey", "Review by": "2026-12-01" }]);
  });

  it("refuses a workbook that expands to far more than a register (a zip bomb) before opening it", async () => {
    const bomb = await zipOf([
      { name: "[Content_Types].xml", source: "<Types/>" },
      { name: "xl/worksheets/sheet1.xml", source: zeros(120 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(readTable(bomb, "register.xlsx")).rejects.toMatchObject({ reason: "expands_too_far" });
  });

  it("refuses a workbook with thousands of parts", async () => {
    const many = await zipOf(
      Array.from({ length: 300 }, (_, index) => ({ name: `xl/part${index}.xml`, source: "<x/>" })),
    );
    await expect(readTable(many, "register.xlsx")).rejects.toMatchObject({ reason: "expands_too_far" });
  });

  it("says a damaged workbook cannot be read", async () => {
    const damaged = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    await expect(readTable(damaged, "register.xlsx")).rejects.toMatchObject({ reason: "unreadable" });
  });
});
