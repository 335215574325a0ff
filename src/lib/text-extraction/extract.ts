import { assertZipWithinLimits, ZipTooLarge } from "@/lib/uploads/zip-limits";
import {
  DAMAGED_FILE,
  DEFAULT_LIMITS,
  UnreadableFile,
  type ExtractedText,
  type ExtractionLimits,
  type Progress,
} from "./limits";
import { extractEml, extractMsg } from "./mail";
import { withOcr } from "./ocr";
import { extractDoc, extractDocx, extractWithOfficeParser, extractXlsx } from "./office";
import { extractPdf, joinPages } from "./pdf";

const ZIP_BASED = new Set(["docx", "xlsx", "pptx", "odt", "ods", "odp"]);
const IMAGES = new Set(["png", "jpg", "jpeg", "gif", "webp", "tif", "tiff", "bmp"]);

/**
 * The words inside an evidence file, for search and suggested mapping: every format the library
 * accepts, scans and photographs through OCR. `kind` is the file's detected type (lib/uploads'
 * detectAcceptedType: "pdf", "docx", "cfb", "png", …) and `fileName` tells the old Office formats,
 * which share one container, apart. Throws UnreadableFile with a reason a person can act on.
 */
export async function extractText(
  bytes: Buffer,
  kind: string,
  fileName: string,
  limits: ExtractionLimits = DEFAULT_LIMITS,
  progress: Progress = () => undefined,
): Promise<ExtractedText> {
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  if (ZIP_BASED.has(kind)) await refuseZipBombs(bytes, limits);
  try {
    if (kind === "pdf") return await extractPdf(bytes, limits, progress);
    if (IMAGES.has(kind)) return await ocrImage(bytes, limits);
    if (kind === "pptx" || kind === "odp") {
      const { text, slides } = await extractWithOfficeParser(bytes);
      return slides ? paged(slides, limits) : whole(text, limits);
    }
    return whole(await textOf(bytes, kind, extension), limits);
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile(DAMAGED_FILE);
  }
}

async function textOf(bytes: Buffer, kind: string, extension: string): Promise<string> {
  switch (kind) {
    case "docx":
      return extractDocx(bytes);
    case "xlsx":
      return extractXlsx(bytes);
    case "odt":
    case "ods":
      return (await extractWithOfficeParser(bytes)).text;
    case "cfb":
      // Word 97–2003 and Outlook messages share the compound file container.
      if (extension === "msg") return extractMsg(bytes);
      if (extension === "doc") return extractDoc(bytes);
      throw new UnreadableFile(
        "Old Excel (.xls) and PowerPoint (.ppt) files cannot be read for search. Save it as .xlsx or .pptx and upload that copy.",
      );
    case "eml":
      return extractEml(bytes);
    case "csv":
    case "txt":
      return bytes.toString("utf8");
    default:
      throw new UnreadableFile("This kind of file cannot be read for search.");
  }
}

async function ocrImage(bytes: Buffer, limits: ExtractionLimits): Promise<ExtractedText> {
  const text = await withOcr((recognise) => recognise(bytes));
  return { ...whole(text, limits), ocr: true };
}

async function refuseZipBombs(bytes: Buffer, limits: ExtractionLimits): Promise<void> {
  try {
    await assertZipWithinLimits(bytes, { maxEntries: 20_000, maxTotalBytes: limits.maxUnpackedBytes });
  } catch (error) {
    if (error instanceof ZipTooLarge) {
      throw new UnreadableFile(
        "The file expands to far more than any real document when opened, so it was not read. Check where it came from.",
      );
    }
    throw new UnreadableFile(DAMAGED_FILE);
  }
}

function whole(text: string, limits: ExtractionLimits): ExtractedText {
  const clipped = text.length > limits.maxChars;
  return {
    text: text.slice(0, limits.maxChars).trim(),
    pages: null,
    pageStarts: [],
    ocr: false,
    note: clipped ? `Only the first ${limits.maxChars.toLocaleString("en-GB")} characters are kept for search.` : null,
  };
}

function paged(pages: string[], limits: ExtractionLimits): ExtractedText {
  return { ...joinPages(pages, limits.maxChars), pages: pages.length, ocr: false, note: null };
}
