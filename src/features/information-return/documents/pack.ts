import { PassThrough, Readable } from "node:stream";
import archiver from "archiver";
import ExcelJS from "exceljs";
import type { FileStorage } from "@/lib/storage/storage";
import { sanitiseFileName } from "@/lib/uploads/file-name";
import { spreadsheetSafe } from "@/lib/uploads/spreadsheet-safe";
import { logger } from "@/lib/logger";
import type { getPackContents } from "../data";

/** A stream that opens the stored file only when the zip reaches it, so 500 files are never open at once. */
function lazyFile(open: () => Promise<Readable>): Readable {
  return Readable.from(
    (async function* () {
      for await (const chunk of await open()) yield chunk as Buffer;
    })(),
  );
}

export type PackContents = Awaited<ReturnType<typeof getPackContents>>;

/**
 * Builds the pack as a stream; files are read from storage only as the ZIP reaches them.
 *
 * index.xlsx has one row per information return item, as CQC's list is read: its evidence, the
 * files in the pack and the pages to look at one per line in the same order, the quality
 * statements by name (`statementNames`: key to "7. Safeguarding"), the heading row frozen and
 * filtered.
 */
export function buildPack(
  items: PackContents,
  storage: FileStorage,
  statementNames: ReadonlyMap<string, string> = new Map(),
): { archive: archiver.Archiver; files: number } {
  const archive = archiver("zip", { zlib: { level: 6 } });
  archive.on("warning", (error) => logger.warn({ err: error.message }, "pack export warning"));
  archive.on("error", (error) => logger.error({ err: error.message }, "pack export failed"));

  const index = new PassThrough();
  archive.append(index, { name: "index.xlsx" });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: index, useStyles: true });
  const sheet = workbook.addWorksheet("Index", {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    },
  });
  const wrap = { alignment: { wrapText: true, vertical: "top" } } as const;
  sheet.columns = [
    { key: "reference", width: 8, style: wrap },
    { key: "title", width: 50, style: wrap },
    { key: "statements", width: 40, style: wrap },
    { key: "evidence", width: 50, style: wrap },
    { key: "file", width: 60, style: wrap },
    { key: "pointer", width: 25, style: wrap },
    { key: "url", width: 40, style: wrap },
    { key: "sha256", width: 66, style: wrap },
  ];
  const header = sheet.addRow([
    "Item",
    "Information requested",
    "Quality statements",
    "Evidence",
    "File in this pack",
    "Page or section",
    "Web address",
    "SHA-256",
  ]);
  header.font = { bold: true };
  header.commit();

  // Everything typed by officers goes through the same formula guard as the other exports.
  const lines = (values: string[]) => values.map((value) => spreadsheetSafe(value)).join("\n");
  let files = 0;
  let lastRow = 1;
  for (const item of items) {
    const folder = sanitiseFileName(`${item.reference} ${item.title}`).slice(0, 80);
    const used = new Set<string>();
    const packed: { evidence: string; file: string; pointer: string; url: string; sha256: string }[] = [];
    for (const link of item.evidence) {
      const file = link.evidenceItem.files[0];
      let name = "";
      if (file) {
        name = file.fileName;
        for (let copy = 2; used.has(name); copy++) name = file.fileName.replace(/(\.[^.]*)?$/, ` (${copy})$1`);
        used.add(name);
        archive.append(
          lazyFile(() => storage.read(file.storageKey)),
          { name: `${folder}/${name}` },
        );
        files++;
      }
      packed.push({
        evidence: link.evidenceItem.title,
        file: file ? `${folder}/${name}` : "(no file)",
        pointer: link.pointer,
        url: link.evidenceItem.url ?? "",
        sha256: file?.sha256 ?? "",
      });
    }
    sheet
      .addRow({
        reference: spreadsheetSafe(item.reference),
        title: spreadsheetSafe(item.title),
        statements: lines(item.statementKeys.map((key) => statementNames.get(key) ?? key)),
        evidence: packed.length ? lines(packed.map((entry) => entry.evidence)) : "(no evidence linked)",
        file: lines(packed.map((entry) => entry.file)),
        pointer: lines(packed.map((entry) => entry.pointer)),
        url: packed.some((entry) => entry.url) ? lines(packed.map((entry) => entry.url)) : "",
        sha256: packed.map((entry) => entry.sha256).join("\n"),
      })
      .commit();
    lastRow++;
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: 8 } };
  sheet.commit();
  void workbook.commit();
  void archive.finalize();
  return { archive, files };
}
