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

/** Builds the pack as a stream; files are read from storage only as the ZIP reaches them. */
export function buildPack(items: PackContents, storage: FileStorage): { archive: archiver.Archiver; files: number } {
  const archive = archiver("zip", { zlib: { level: 6 } });
  archive.on("warning", (error) => logger.warn({ err: error.message }, "pack export warning"));
  archive.on("error", (error) => logger.error({ err: error.message }, "pack export failed"));

  const index = new PassThrough();
  archive.append(index, { name: "index.xlsx" });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: index });
  const sheet = workbook.addWorksheet("Index");
  sheet.columns = [
    { header: "Item", key: "reference", width: 8 },
    { header: "Information requested", key: "title", width: 50 },
    { header: "Quality statements", key: "statements", width: 40 },
    { header: "Evidence", key: "evidence", width: 50 },
    { header: "File in this pack", key: "file", width: 60 },
    { header: "Page or section", key: "pointer", width: 25 },
    { header: "Web address", key: "url", width: 40 },
    { header: "SHA-256", key: "sha256", width: 66 },
  ];

  // Everything typed by officers goes through the same formula guard as the other exports.
  let files = 0;
  for (const item of items) {
    const folder = sanitiseFileName(`${item.reference} ${item.title}`).slice(0, 80);
    const used = new Set<string>();
    if (item.evidence.length === 0) {
      sheet
        .addRow({
          reference: spreadsheetSafe(item.reference),
          title: spreadsheetSafe(item.title),
          statements: item.statementKeys.join("; "),
          evidence: "(no evidence linked)",
        })
        .commit();
    }
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
      sheet
        .addRow({
          reference: spreadsheetSafe(item.reference),
          title: spreadsheetSafe(item.title),
          statements: item.statementKeys.join("; "),
          evidence: spreadsheetSafe(link.evidenceItem.title),
          file: file ? spreadsheetSafe(`${folder}/${name}`) : "(no file)",
          pointer: spreadsheetSafe(link.pointer),
          url: spreadsheetSafe(link.evidenceItem.url ?? ""),
          sha256: file?.sha256 ?? "",
        })
        .commit();
    }
  }
  sheet.commit();
  void workbook.commit();
  void archive.finalize();
  return { archive, files };
}
