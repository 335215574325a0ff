/**
 * What reading one file may cost. A council's library holds 2,000-page board papers, encrypted
 * PDFs and the odd corrupt file; each must end with a clear status and never slow the app for
 * anyone else, so every extraction stops at these limits.
 */
export type ExtractionLimits = {
  /** Pages of a PDF read at most; a longer document is read up to here and says so. */
  maxPages: number;
  /** Pages of a PDF without a text layer that are put through OCR. */
  maxOcrPages: number;
  /** Characters kept for search (about 150 pages): PostgreSQL caps a search vector at 1 MB. */
  maxChars: number;
  /** Bytes an Office or OpenDocument archive may expand to before it is refused as a zip bomb. */
  maxUnpackedBytes: number;
  /** Wall-clock time for one file, and memory for the process that reads it. */
  timeoutMs: number;
  maxMemoryMb: number;
};

export const DEFAULT_LIMITS: ExtractionLimits = {
  maxPages: 500,
  maxOcrPages: 60,
  maxChars: 400_000,
  maxUnpackedBytes: 300 * 1024 * 1024,
  timeoutMs: 5 * 60_000,
  maxMemoryMb: 768,
};

export const DAMAGED_FILE =
  "The file is damaged or is not what its name says. Open it in the program that made it, save it again and upload that copy.";
export const READING_FAILED =
  "The file could not be read. Try again; if it fails again, save it again in the program that made it.";

/** A file that cannot be read, with the reason in words a council officer can act on. */
export class UnreadableFile extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export type ExtractedText = {
  text: string;
  /** Pages for a paginated format (PDF, slides), else null. */
  pages: number | null;
  /** Where each page starts in `text`, so a search hit can say which page it is on. */
  pageStarts: number[];
  /** True when some of the text came from OCR of images. */
  ocr: boolean;
  /** Set when the file was only partly read, e.g. "Read the first 500 of 2,000 pages". */
  note: string | null;
};

export type Progress = (done: number, total: number) => void;

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
