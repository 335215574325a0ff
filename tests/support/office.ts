import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const run = promisify(execFile);

/**
 * LibreOffice, a real office suite, for tests that open what we export as a council would. CI
 * installs it (.ci/run); on a machine without it these tests are skipped, except on CI where a
 * missing office suite is a failure rather than a silent pass.
 */
export const officeSuite = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((candidate) =>
  existsSync(candidate),
);

if (!officeSuite && process.env.CI) {
  throw new Error("LibreOffice is not installed: .ci/run installs libreoffice-writer-nogui for these tests.");
}

export type RenderedPage = { text: string; fontFamilies: string[] };

/** Opens a Word document in LibreOffice, prints it to PDF and reads back each page's text and fonts. */
export async function renderWordDocument(docx: Buffer): Promise<RenderedPage[]> {
  if (!officeSuite) throw new Error("No office suite on this machine");
  const folder = await mkdtemp(path.join(os.tmpdir(), "office-"));
  try {
    const input = path.join(folder, "document.docx");
    await writeFile(input, docx);
    // A profile of its own, so parallel test files do not fight over LibreOffice's lock.
    await run(
      officeSuite,
      [
        `-env:UserInstallation=file://${folder}/profile`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        folder,
        input,
      ],
      { timeout: 120_000 },
    );
    return await readPdfPages(await readFile(path.join(folder, "document.pdf")));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function readPdfPages(bytes: Buffer): Promise<RenderedPage[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: RenderedPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      const text = content.items
        .map((item) => ("str" in item ? item.str : ""))
        .join(" ")
        .replace(/\s+/g, " ");
      pages.push({ text, fontFamilies: [...new Set(Object.values(content.styles).map((style) => style.fontFamily))] });
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}
