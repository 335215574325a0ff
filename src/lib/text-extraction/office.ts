import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { OfficeParser } from "officeparser";
import WordExtractor from "word-extractor";

/** Word .docx: the document's text as a reader sees it, without formatting. */
export async function extractDocx(bytes: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: bytes })).value;
}

/** Word 97–2003 .doc: the body, then headers, footnotes and endnotes. */
export async function extractDoc(bytes: Buffer): Promise<string> {
  const document = await new WordExtractor().extract(bytes);
  return [document.getBody(), document.getHeaders(), document.getFootnotes(), document.getEndnotes()]
    .map((part) => part.trim())
    .filter(Boolean)
    .join("\n\n");
}

/** Excel .xlsx: each sheet's name, then its rows with cells separated by tabs. */
export async function extractXlsx(bytes: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: string[] = [];
  workbook.eachSheet((sheet) => {
    const rows: string[] = [sheet.name];
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell) => cells.push(cell.text.trim()));
      if (cells.some(Boolean)) rows.push(cells.join("\t"));
    });
    sheets.push(rows.join("\n"));
  });
  return sheets.join("\n\n");
}

/**
 * PowerPoint .pptx and OpenDocument text, spreadsheets and slides, with the slide count where
 * there are slides. Images inside are not OCR'd: slides' words are in their text.
 */
export async function extractWithOfficeParser(bytes: Buffer): Promise<{ text: string; slides: string[] | null }> {
  const ast = await OfficeParser.parseOffice(bytes, {
    ocr: false,
    extractAttachments: false,
    outputErrorToConsole: false,
  });
  const slides = ast.content.filter((node) => node.type === "slide");
  return {
    text: ast.toText(),
    slides: slides.length > 0 ? slides.map((slide) => nodeText(slide)) : null,
  };
}

type Node = { text?: string; children?: Node[] };

// Container nodes carry their children's text already; only go down where they do not.
function nodeText(node: Node): string {
  return node.text ?? (node.children ?? []).map(nodeText).filter(Boolean).join("\n");
}
