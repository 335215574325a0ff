import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { UnreadableFile, type ExtractedText, type ExtractionLimits, type Progress } from "./limits";
import { withOcr } from "./ocr";

// A page with fewer characters than this in its text layer is taken to be a scan and OCR'd.
const SCANNED_PAGE_CHARS = 20;
// Scale at which a scanned page is drawn for OCR: 72 dpi × 3 ≈ 216 dpi, enough for typed letters.
const OCR_SCALE = 3;

type CanvasAndContext = { canvas: { toBuffer(type: "image/png"): Buffer }; context: unknown };
type CanvasFactory = {
  create(width: number, height: number): CanvasAndContext;
  destroy(entry: CanvasAndContext): void;
};

/** The text of a PDF page by page, OCR'ing pages that have no text layer (scans). */
export async function extractPdf(bytes: Buffer, limits: ExtractionLimits, progress: Progress): Promise<ExtractedText> {
  let pdf;
  try {
    pdf = await getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException") {
      throw new UnreadableFile("The PDF is protected with a password. Upload a copy saved without the password.");
    }
    throw new UnreadableFile(
      "The PDF is damaged or not a PDF. Open it and save it again as PDF, then upload that copy.",
    );
  }
  try {
    const total = pdf.numPages;
    const reading = Math.min(total, limits.maxPages);
    const pageTexts: string[] = [];
    const scanned: number[] = [];
    for (let number = 1; number <= reading; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : ""))
        .join("")
        .replace(/[ \t]+/g, " ")
        .trim();
      pageTexts.push(text);
      if (text.replace(/\s/g, "").length < SCANNED_PAGE_CHARS) scanned.push(number);
      page.cleanup();
      progress(number, reading);
    }
    const ocrPages = scanned.slice(0, limits.maxOcrPages);
    if (ocrPages.length > 0) {
      const factory = (pdf as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
      await withOcr(async (recognise) => {
        for (const number of ocrPages) {
          const page = await pdf.getPage(number);
          const viewport = page.getViewport({ scale: OCR_SCALE });
          const entry = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
          await page.render({ canvasContext: entry.context as never, canvas: entry.canvas as never, viewport }).promise;
          const image = entry.canvas.toBuffer("image/png");
          factory.destroy(entry);
          page.cleanup();
          pageTexts[number - 1] = (await recognise(image)).trim();
        }
      });
    }
    const notes = [
      total > reading ? `Read the first ${reading} of ${total} pages.` : null,
      scanned.length > ocrPages.length
        ? `Read ${ocrPages.length} of ${scanned.length} scanned pages; the rest were left unread.`
        : null,
    ].filter((note): note is string => note !== null);
    return {
      ...joinPages(pageTexts, limits.maxChars),
      pages: total,
      ocr: ocrPages.length > 0,
      note: notes.join(" ") || null,
    };
  } finally {
    await pdf.destroy();
  }
}

/** Joins pages with a blank line, remembering where each starts, and stops at the character limit. */
export function joinPages(pageTexts: string[], maxChars: number): { text: string; pageStarts: number[] } {
  let text = "";
  const pageStarts: number[] = [];
  for (const page of pageTexts) {
    if (text.length >= maxChars) break;
    pageStarts.push(text.length);
    text += `${page}\n\n`;
  }
  return { text: text.slice(0, maxChars).trimEnd(), pageStarts };
}
