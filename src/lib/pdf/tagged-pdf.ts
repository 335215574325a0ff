import PDFDocument from "pdfkit";

/**
 * What every PDF the service writes shares: A4 with room for a footer, PDFKit's own Helvetica (no
 * font files to ship), near-black text that prints as black, a tagged structure (one Document
 * element holding headings, paragraphs and lists in reading order, in en-GB) and page footers
 * marked as pagination artefacts so a screen reader does not read them out at every page turn.
 * The board pack and the visit run sheet are built from these.
 */

// A4 in points. The bottom margin leaves room for the footer below the flowing content.
export const MARGINS = { top: 56, bottom: 72, left: 56, right: 56 };
export const PAGE_WIDTH = 595.28;
export const CONTENT_WIDTH = PAGE_WIDTH - MARGINS.left - MARGINS.right;
const FOOTER_OFFSET = 44;

// Near-black reads as black in print and avoids the harshness of pure black on screen.
export const TEXT_COLOUR = "#0b0c0c";
export const REGULAR = "Helvetica";
export const BOLD = "Helvetica-Bold";
export const BODY_SIZE = 11;
export const SMALL_SIZE = 9;

export type Doc = PDFKit.PDFDocument;
/** Everything a section needs: the document, and the structure element its content belongs to. */
export type Writer = { doc: Doc; root: PDFKit.PDFStructureElement };
export type TextStyle = { font?: string; size?: number; after?: number };

/** A new tagged A4 document with its root structure element. */
export function startTaggedPdf(
  info: { Title: string; Author: string; Subject: string },
  options: { compress?: boolean } = {},
): Writer {
  const doc = new PDFDocument({
    size: "A4",
    layout: "portrait",
    margins: MARGINS,
    // Pages stay in memory until the end so the footers can be written once the page count is known.
    bufferPages: true,
    compress: options.compress ?? true,
    pdfVersion: "1.7",
    tagged: true,
    lang: "en-GB",
    displayTitle: true,
    font: REGULAR,
    info,
  });
  doc.fillColor(TEXT_COLOUR);
  // One Document element holds everything, so the structure tree has a single root in reading order.
  const root = doc.struct("Document");
  doc.addStructure(root);
  return { doc, root };
}

/** Closes the structure, writes "<prefix> · page N" footers on every page and ends the document. */
export function finishTaggedPdf({ doc, root }: Writer, footerPrefix: string): Doc {
  root.end();
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    const page = doc.switchToPage(index);
    doc.markContent("Artifact", { type: "Pagination" });
    // lineBreak: false writes the line where asked: wrapped text below the bottom margin would
    // otherwise make PDFKit start another page.
    doc
      .font(REGULAR)
      .fontSize(SMALL_SIZE)
      .fillColor(TEXT_COLOUR)
      .text(`${footerPrefix} · page ${index + 1}`, MARGINS.left, page.height - FOOTER_OFFSET, { lineBreak: false });
    doc.endMarkedContent();
  }
  doc.end();
  return doc;
}

/** Moves to a new page when the next block would run past the bottom margin into the footer. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.maxY()) doc.continueOnNewPage();
  doc.x = MARGINS.left;
}

export function addText(
  { doc, root }: Writer,
  tag: "H1" | "H2" | "H3" | "P",
  text: string,
  style: TextStyle = {},
): void {
  doc.font(style.font ?? REGULAR).fontSize(style.size ?? BODY_SIZE);
  ensureSpace(doc, doc.heightOfString(text, { width: CONTENT_WIDTH }));
  root.add(
    doc.struct(tag, {}, () => {
      doc.fillColor(TEXT_COLOUR).text(text, MARGINS.left, doc.y, { width: CONTENT_WIDTH });
    }),
  );
  doc.y += style.after ?? 4;
}

/** "Label: value" with the label in bold, so the reader can run down the labels. */
export function labelled({ doc, root }: Writer, label: string, value: string): void {
  doc.font(REGULAR).fontSize(BODY_SIZE);
  ensureSpace(doc, doc.heightOfString(`${label}: ${value}`, { width: CONTENT_WIDTH }));
  root.add(
    doc.struct("P", {}, () => {
      doc
        .fillColor(TEXT_COLOUR)
        .font(BOLD)
        .text(`${label}: `, MARGINS.left, doc.y, { width: CONTENT_WIDTH, continued: true });
      doc.font(REGULAR).text(value);
    }),
  );
  doc.y += 3;
}

/**
 * A bulleted list tagged as L, LI, Lbl and LBody. Each item is checked for room on its own, so a
 * long list carries on over the page break a whole item at a time instead of overlapping the footer.
 */
export function bulletList({ doc, root }: Writer, items: string[]): void {
  const indent = 14;
  const list = doc.struct("L");
  root.add(list);
  for (const item of items) {
    doc.font(REGULAR).fontSize(BODY_SIZE);
    ensureSpace(doc, doc.heightOfString(item, { width: CONTENT_WIDTH - indent }));
    const top = doc.y;
    list.add(
      doc.struct("LI", {}, [
        doc.struct("Lbl", {}, () => {
          doc.fillColor(TEXT_COLOUR).text("•", MARGINS.left + 2, top, { lineBreak: false });
        }),
        doc.struct("LBody", {}, () => {
          doc.fillColor(TEXT_COLOUR).text(item, MARGINS.left + indent, top, { width: CONTENT_WIDTH - indent });
        }),
      ]),
    );
    doc.y += 3;
  }
  list.end();
  doc.x = MARGINS.left;
  doc.y += 3;
}
