import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readTable } from "@/lib/uploads/tabular";
import { createMember, createWorkspace } from "../../../tests/factories";
import { getImportLookups } from "./data";
import { completeImport, stageImport } from "./mutations";
import { checkImportRows } from "./schema";

const CSV = [
  "Title,Kind,Quality statements,Evidence categories,Owner e-mail,Review by,Contains personal data,Status",
  "Carers survey 2026,Feedback or survey,1;3,People's experience,owner@council.example,2027-03-31,no,Ready",
  "Section 42 audit,Document,Safeguarding,Processes,,2027-01-31,no,Approved",
  'Broken row,"Video",12,Observation,stranger@elsewhere.example,31/02/2026,maybe,Finished',
  ",Document,7,Processes,,,,",
].join("\n");

async function setting() {
  const workspace = await createWorkspace();
  const lead = await createMember(workspace.id, "readiness_lead", { email: "owner@council.example" });
  return { scope: workspace.scope, actor: { userId: lead.userId } };
}

describe("importing an evidence register", () => {
  it("checks every row and says what is wrong, in words, line by line", async () => {
    const { scope } = await setting();
    const table = await readTable(Buffer.from(CSV), "register.csv");
    const rows = checkImportRows(table.rows, await getImportLookups(scope));
    expect(rows.map((row) => [row.line, row.errors.length === 0])).toEqual([
      [2, true],
      [3, true],
      [4, false],
      [5, false],
    ]);
    expect(rows[2]!.errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Quality statement "12" is not one of the nine'),
        expect.stringContaining('Evidence category "Observation" is not recognised'),
        expect.stringContaining('Kind "Video" is not recognised'),
        expect.stringContaining("Owner stranger@elsewhere.example is not an active member"),
        '"Contains personal data" must be yes or no',
      ]),
    );
    expect(rows[3]!.errors).toContain("Enter a title for the evidence");
  });

  it("imports nothing while any row has a problem, unless told to leave those rows out", async () => {
    const { scope, actor } = await setting();
    const table = await readTable(Buffer.from(CSV), "register.csv");
    const { id } = await stageImport(scope, actor, { fileName: "register.csv", rows: table.rows });
    expect(
      await db.auditEvent.count({
        where: { action: "evidence.import_staged", entityId: id, actorUserId: actor.userId },
      }),
    ).toBe(1);
    await expect(completeImport(scope, actor, { importId: id, dropInvalid: false })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await db.evidenceItem.count()).toBe(0);

    expect(await completeImport(scope, actor, { importId: id, dropInvalid: true })).toEqual({
      imported: 2,
      dropped: 2,
    });
    const titles = (
      await db.evidenceItem.findMany({ orderBy: { title: "asc" }, select: { title: true, status: true } })
    ).map((item) => [item.title, item.status]);
    expect(titles).toEqual([
      ["Carers survey 2026", "ready"],
      ["Section 42 audit", "approved"],
    ]);
    await expect(completeImport(scope, actor, { importId: id, dropInvalid: true })).rejects.toThrow(
      /already been imported/,
    );
    expect(await db.evidenceItem.count()).toBe(2);
  });

  it("reads an Excel workbook the same way", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Register");
    sheet.addRow(["Title", "Quality statements", "Evidence categories", "Date of evidence"]);
    sheet.addRow(["Board minutes", "8", "Processes", new Date(Date.UTC(2026, 5, 30))]);
    const table = await readTable(Buffer.from(await workbook.xlsx.writeBuffer()), "register.xlsx");
    expect(table.rows).toEqual([
      {
        Title: "Board minutes",
        "Quality statements": "8",
        "Evidence categories": "Processes",
        "Date of evidence": "2026-06-30",
      },
    ]);
  });

  it("refuses files that are not a register, with a reason", async () => {
    await expect(readTable(Buffer.from("%PDF-1.7 not a table"), "register.pdf")).rejects.toMatchObject({
      reason: "wrong_type",
    });
    await expect(readTable(Buffer.from(""), "register.csv")).rejects.toMatchObject({ reason: "empty" });
    await expect(readTable(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "register.xlsx")).rejects.toMatchObject({
      reason: "unreadable",
    });
  });
});
