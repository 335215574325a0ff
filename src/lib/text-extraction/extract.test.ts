import { readFile } from "node:fs/promises";
import path from "node:path";
import PDFDocument from "pdfkit";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { extractText } from "./extract";
import { DEFAULT_LIMITS, UnreadableFile, countWords } from "./limits";

const fixture = (name: string) => readFile(path.join(import.meta.dirname, "fixtures", name));

describe("reading the text of files saved by real office programs", () => {
  it.each([
    ["carers-strategy.docx", "docx"],
    ["carers-strategy.doc", "cfb"],
    ["carers-strategy.odt", "odt"],
  ])("reads a Word-processor document (%s)", async (name, kind) => {
    const { text } = await extractText(await fixture(name), kind, name);
    expect(text).toContain("zephyrine");
    expect(text).toContain("quokkaberry");
    expect(text).toContain("Northshire carers strategy 2026");
  });

  it("reads a PDF page by page and knows which page each word is on", async () => {
    const result = await extractText(await fixture("carers-strategy.pdf"), "pdf", "carers-strategy.pdf");
    expect(result.pages).toBe(2);
    expect(result.ocr).toBe(false);
    const pageOf = (word: string) => result.pageStarts.filter((start) => start <= result.text.indexOf(word)).length;
    expect(pageOf("zephyrine")).toBe(1);
    expect(pageOf("quokkaberry")).toBe(2);
  });

  it("reads every sheet of a workbook", async () => {
    const { text } = await extractText(await fixture("waiting-list.xlsx"), "xlsx", "waiting-list.xlsx");
    expect(text).toContain("marmalise");
    expect(text).toMatch(/Carers assessed\t412/);
  });

  it("reads a presentation slide by slide", async () => {
    const result = await extractText(await fixture("safeguarding-board.pptx"), "pptx", "safeguarding-board.pptx");
    expect(result.pages).toBe(2);
    expect(result.text).toContain("Safeguarding board update");
    expect(result.text.indexOf("thrombolite")).toBeGreaterThan(result.pageStarts[1]!);
  });

  it("reads an e-mail's headers, body and the names of its attachments", async () => {
    const { text } = await extractText(await fixture("carers-survey.eml"), "eml", "carers-survey.eml");
    expect(text).toContain("Subject: Carers survey results");
    expect(text).toMatch(/From: "?Priya Shah"? <priya.shah@northshire.gov.uk>/);
    expect(text).toContain("velodrome");
    expect(text).toContain("Attachments: carers-survey-2026.csv");
  });
});

describe("reading scans", () => {
  it("reads a scanned letter by OCR", async () => {
    const result = await extractText(await fixture("thank-you-letter-scan.png"), "png", "letter.png");
    expect(result.ocr).toBe(true);
    expect(result.text.toLowerCase()).toContain("reablement");
  }, 60_000);

  it("OCRs a PDF page that has no text layer", async () => {
    const result = await extractText(await fixture("thank-you-letter-scan.pdf"), "pdf", "letter.pdf");
    expect(result.ocr).toBe(true);
    expect(result.pages).toBe(1);
    expect(result.text.toLowerCase()).toContain("occupational therapist");
  }, 60_000);
});

describe("files that cannot be read end with a reason, not a crash", () => {
  const reasonFor = async (bytes: Buffer, kind: string, name: string, limits = DEFAULT_LIMITS) => {
    const error = await extractText(bytes, kind, name, limits).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableFile);
    return (error as UnreadableFile).reason;
  };

  it("says a password-protected PDF needs a copy without the password", async () => {
    expect(await reasonFor(await fixture("carers-strategy-password.pdf"), "pdf", "a.pdf")).toMatch(/password/);
  });

  it("says a damaged Word file should be saved again", async () => {
    const damaged = (await fixture("carers-strategy.docx")).subarray(0, 2000);
    expect(await reasonFor(damaged, "docx", "a.docx")).toMatch(/damaged/);
  });

  it("refuses a zip bomb renamed .docx without expanding it", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", Buffer.alloc(24 * 1024 * 1024, 0x20));
    const bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const limits = { ...DEFAULT_LIMITS, maxUnpackedBytes: 8 * 1024 * 1024 };
    expect(await reasonFor(bomb, "docx", "minutes.docx", limits)).toMatch(/expands/);
  }, 30_000);

  it("reads a very long PDF only up to the page limit, and says so", async () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => doc.on("end", resolve));
    for (let page = 1; page <= 2000; page++) doc.addPage({ size: "A6" }).text(`Page ${page} of the board papers`);
    doc.end();
    await done;
    const seen: number[] = [];
    const result = await extractText(
      Buffer.concat(chunks),
      "pdf",
      "papers.pdf",
      { ...DEFAULT_LIMITS, maxPages: 50 },
      (done) => seen.push(done),
    );
    expect(result.pages).toBe(2000);
    expect(result.note).toBe("Read the first 50 of 2000 pages.");
    expect(result.text).toContain("Page 50 of the board papers");
    expect(result.text).not.toContain("Page 51 of");
    expect(seen.at(-1)).toBe(50);
  }, 60_000);

  it("counts words for the file's status line", () => {
    expect(countWords("  Carers   strategy\n2026 ")).toBe(3);
  });
});
