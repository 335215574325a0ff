/**
 * A day's run sheet as a PDF: what the visit co-ordinator carries round on the day, often
 * printed, so it is plain black text. Built the same way as the board pack (PDFKit's own
 * Helvetica, a tagged PDF with headings and paragraphs in reading order, page footers marked as
 * pagination artefacts) so a screen reader reads each session top to bottom.
 */
import PDFDocument from "pdfkit";
import { londonWallClock } from "@/lib/calendar";
import { formatDate } from "@/components/format/date";
import { KIND_LABELS, GROUP_LABELS, participantLabel, type ParticipantGroup, type SessionKind } from "./domain";

export type RunSheet = {
  councilName: string;
  day: string;
  sessions: {
    title: string;
    kind: SessionKind;
    startsAt: Date;
    endsAt: Date;
    place: string;
    onlineLink: string;
    cqcAttendees: string;
    participants: { name: string; jobTitle: string; group: ParticipantGroup; briefedAt: Date | null }[];
  }[];
};

const MARGINS = { top: 56, bottom: 72, left: 56, right: 56 };
const CONTENT_WIDTH = 595.28 - MARGINS.left - MARGINS.right;
const FOOTER_OFFSET = 44;
const TEXT_COLOUR = "#0b0c0c";
const REGULAR = "Helvetica";
const BOLD = "Helvetica-Bold";
const BODY_SIZE = 11;
const SMALL_SIZE = 9;

type Doc = PDFKit.PDFDocument;
type Writer = { doc: Doc; root: PDFKit.PDFStructureElement };

export const runSheetTitle = (day: string) => `Run sheet for ${formatDate(day)}`;

export function buildRunSheetPdf(sheet: RunSheet, options: { compress?: boolean } = {}): Doc {
  const title = runSheetTitle(sheet.day);
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGINS,
    bufferPages: true,
    compress: options.compress ?? true,
    pdfVersion: "1.7",
    tagged: true,
    lang: "en-GB",
    displayTitle: true,
    font: REGULAR,
    info: { Title: `${title}, ${sheet.councilName}`, Author: sheet.councilName, Subject: `CQC on-site visit: sessions on ${formatDate(sheet.day)}` },
  });
  doc.fillColor(TEXT_COLOUR);
  const root = doc.struct("Document");
  doc.addStructure(root);
  const writer: Writer = { doc, root };

  addText(writer, "H1", title, { font: BOLD, size: 20, after: 6 });
  addText(writer, "P", `${sheet.councilName}: CQC on-site visit`, { font: BOLD, size: 13 });
  addText(writer, "P", sheet.sessions.length === 1 ? "1 session" : `${sheet.sessions.length} sessions`, { after: 10 });
  if (sheet.sessions.length === 0) addText(writer, "P", "No sessions on this day.");
  for (const session of sheet.sessions) sessionBlock(writer, session);

  root.end();
  writeFooters(doc, `${sheet.councilName} · ${title}`);
  doc.end();
  return doc;
}

function sessionBlock(writer: Writer, session: RunSheet["sessions"][number]): void {
  const { doc } = writer;
  const time = `${londonWallClock(session.startsAt).time} to ${londonWallClock(session.endsAt).time}`;
  if (doc.y > MARGINS.top) doc.y += 10;
  doc.font(BOLD).fontSize(14);
  // Keeps a session's heading with its first lines rather than alone at the foot of a page.
  ensureSpace(doc, doc.heightOfString(session.title, { width: CONTENT_WIDTH }) + 60);
  addText(writer, "H2", `${time}: ${session.title}`, { font: BOLD, size: 14, after: 4 });
  labelled(writer, "Kind", KIND_LABELS[session.kind]);
  labelled(writer, "Place", [session.place, session.onlineLink].filter(Boolean).join(", ") || "Not set");
  labelled(writer, "CQC attendees", session.cqcAttendees || "Not recorded");
  if (session.participants.length === 0) {
    labelled(writer, "Participants", "None yet");
    return;
  }
  labelled(writer, "Participants", String(session.participants.length));
  bulletList(
    writer,
    session.participants.map((person) => `${participantLabel(person)}, ${GROUP_LABELS[person.group].toLowerCase()}${person.briefedAt ? "" : " (not briefed)"}`),
  );
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.maxY()) doc.continueOnNewPage();
  doc.x = MARGINS.left;
}

function addText({ doc, root }: Writer, tag: "H1" | "H2" | "P", text: string, style: { font?: string; size?: number; after?: number } = {}): void {
  doc.font(style.font ?? REGULAR).fontSize(style.size ?? BODY_SIZE);
  ensureSpace(doc, doc.heightOfString(text, { width: CONTENT_WIDTH }));
  root.add(doc.struct(tag, {}, () => void doc.fillColor(TEXT_COLOUR).text(text, MARGINS.left, doc.y, { width: CONTENT_WIDTH })));
  doc.y += style.after ?? 4;
}

function labelled({ doc, root }: Writer, label: string, value: string): void {
  doc.font(REGULAR).fontSize(BODY_SIZE);
  ensureSpace(doc, doc.heightOfString(`${label}: ${value}`, { width: CONTENT_WIDTH }));
  root.add(
    doc.struct("P", {}, () => {
      doc.fillColor(TEXT_COLOUR).font(BOLD).text(`${label}: `, MARGINS.left, doc.y, { width: CONTENT_WIDTH, continued: true });
      doc.font(REGULAR).text(value);
    }),
  );
  doc.y += 3;
}

function bulletList({ doc, root }: Writer, items: string[]): void {
  const indent = 14;
  const list = doc.struct("L");
  root.add(list);
  for (const item of items) {
    doc.font(REGULAR).fontSize(BODY_SIZE);
    ensureSpace(doc, doc.heightOfString(item, { width: CONTENT_WIDTH - indent }));
    const top = doc.y;
    list.add(
      doc.struct("LI", {}, [
        doc.struct("Lbl", {}, () => void doc.fillColor(TEXT_COLOUR).text("•", MARGINS.left + 2, top, { lineBreak: false })),
        doc.struct("LBody", {}, () => void doc.fillColor(TEXT_COLOUR).text(item, MARGINS.left + indent, top, { width: CONTENT_WIDTH - indent })),
      ]),
    );
    doc.y += 3;
  }
  list.end();
  doc.x = MARGINS.left;
}

function writeFooters(doc: Doc, prefix: string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    const page = doc.switchToPage(index);
    doc.markContent("Artifact", { type: "Pagination" });
    doc.font(REGULAR).fontSize(SMALL_SIZE).fillColor(TEXT_COLOUR).text(`${prefix} · page ${index + 1}`, MARGINS.left, page.height - FOOTER_OFFSET, { lineBreak: false });
    doc.endMarkedContent();
  }
}
