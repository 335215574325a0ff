import yauzl from "yauzl";

/**
 * An Excel workbook is a ZIP archive, and a small archive can expand to gigabytes when opened
 * (a "zip bomb"). Before a spreadsheet library opens one, every entry is inflated here once, as a
 * stream, counting bytes: yauzl refuses any entry that inflates to more than its header declares,
 * so the totals below are real, not what the file claims.
 */
export class ZipTooLarge extends Error {}

export type ZipLimits = { maxEntries: number; maxTotalBytes: number };

export async function assertZipWithinLimits(bytes: Buffer, limits: ZipLimits): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, file) =>
      error || !file ? reject(error ?? new Error("not a zip")) : resolve(file),
    ),
  );
  let entries = 0;
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      zip.close();
      reject(error);
    };
    zip.on("error", fail);
    zip.on("end", () => resolve());
    zip.on("entry", (entry: yauzl.Entry) => {
      entries++;
      if (entries > limits.maxEntries) return fail(new ZipTooLarge(`more than ${limits.maxEntries} parts`));
      if (total + entry.uncompressedSize > limits.maxTotalBytes) return fail(new ZipTooLarge("expands too far"));
      if (/\/$/.test(entry.fileName)) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail(error ?? new Error("unreadable entry"));
        stream.on("data", (chunk: Buffer) => {
          total += chunk.length;
          if (total > limits.maxTotalBytes) {
            stream.destroy();
            fail(new ZipTooLarge("expands too far"));
          }
        });
        stream.on("error", fail);
        stream.on("end", () => zip.readEntry());
      });
    });
    zip.readEntry();
  });
}
