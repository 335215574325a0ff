/**
 * The self-assessment as a Word document. Councils take this to CQC, to members and to boards,
 * and edit it afterwards, so it is an ordinary document: real heading styles (so Word's
 * navigation pane and any table of contents they add show the structure), plain text, bulleted
 * lists and one table per statement for the evidence cited. No images, so nothing is lost when
 * it is pasted into another template.
 */
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import { formatDate } from "@/components/format/date";
import { notAgreedNote, type RatingSummary, type SelfAssessmentDocument } from "../domain";

type Theme = SelfAssessmentDocument["themes"][number];
type Statement = Theme["statements"][number];
type Evidence = Statement["evidence"][number];

const NONE_RECORDED = "None recorded";
const RATING_CAVEAT = "This rating is indicative: only the Care Quality Commission awards a rating.";

// A4 less the default one-inch margins, in twips. Google Docs and Pages lay tables out from the
// grid alone, so the columns are given explicitly rather than left to Word's auto-fit.
const EVIDENCE_COLUMN_WIDTHS = [4513, 2707, 1806];

export async function buildSelfAssessmentDocx(document: SelfAssessmentDocument): Promise<Buffer> {
  const doc = new Document({
    title: `Self-assessment: ${document.councilName}`,
    creator: document.councilName,
    lastModifiedBy: document.councilName,
    // Set on the document defaults so every style inherits it, and Word spell-checks in UK English
    // whatever language the reader's copy of Word defaults to.
    styles: { default: { document: { run: { language: { value: "en-GB" } } } } },
    sections: [{ children: [...openingSection(document), ...document.themes.flatMap(themeSection)] }],
  });
  return Packer.toBuffer(doc);
}

function openingSection(document: SelfAssessmentDocument): Paragraph[] {
  const notAgreed = notAgreedNote(document.rating);
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, text: document.councilName }),
    new Paragraph({ text: "Self-assessment against the CQC assessment framework for local authorities" }),
    new Paragraph({ text: `Generated on ${formatDate(document.generatedAt)}` }),
    labelled("Indicative rating", ratingText(document.rating)),
    ...(notAgreed ? [new Paragraph({ text: notAgreed })] : []),
    new Paragraph({ text: RATING_CAVEAT }),
  ];
}

/** "Good (68%, upper Good), 9 of 9 statements scored", or why no rating can be given yet. */
function ratingText(rating: RatingSummary): string {
  const scored = `${rating.scored} of ${rating.total} statements scored`;
  if (rating.label === null) {
    return `The rating cannot be given until every statement is scored (${scored}).`;
  }
  // Percentage and position travel with the label, but are guarded so a partial summary still reads.
  const detail = [rating.percentage === null ? null : `${rating.percentage}%`, rating.position].filter(
    (part): part is string => part !== null && part !== "",
  );
  const qualifier = detail.length > 0 ? ` (${detail.join(", ")})` : "";
  return `${rating.label}${qualifier}, ${scored}.`;
}

function themeSection(theme: Theme): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: `Theme ${theme.number}: ${theme.name}` }),
    ...theme.statements.flatMap(statementSection),
  ];
}

function statementSection(statement: Statement): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: `${statement.number}. ${statement.name}` }),
    labelled("Status", statement.status),
    heading3("We statement"),
    textParagraph(statement.weStatement),
    heading3("I statements"),
    ...bullets(statement.iStatements),
    heading3("Strengths"),
    ...bullets(statement.strengths),
    heading3("How we know"),
    textParagraph(statement.howWeKnow),
    heading3("Areas for improvement"),
    ...bullets(statement.areasForImprovement),
    heading3("Score"),
    labelled("Score", scoreText(statement)),
    labelled("Rationale", orNone(statement.scoreRationale)),
    heading3("Direction of travel"),
    labelled("Direction", statement.direction ?? "Not recorded"),
    labelled("Reason", orNone(statement.directionReason)),
    heading3("Evidence"),
    evidenceTable(statement.evidence),
  ];
}

/** "3: Evidence shows a good standard", or "Not scored" while the statement has no score. */
function scoreText(statement: Pick<Statement, "score" | "scoreLabel">): string {
  if (statement.score === null) return "Not scored";
  return statement.scoreLabel ? `${statement.score}: ${statement.scoreLabel}` : String(statement.score);
}

function heading3(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_3, text });
}

function textParagraph(text: string): Paragraph {
  return new Paragraph({ text: orNone(text) });
}

/** A bold label and its value on one line, so the reader can scan down the labels. */
function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ text: value })] });
}

// An empty section is said to be empty rather than left blank, so a reader can tell "nothing
// recorded" apart from a gap in the document.
function orNone(text: string): string {
  return text.trim() === "" ? NONE_RECORDED : text;
}

function bullets(items: string[]): Paragraph[] {
  if (items.length === 0) return [new Paragraph({ text: NONE_RECORDED })];
  return items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
}

function evidenceTable(evidence: Evidence[]): FileChild {
  if (evidence.length === 0) return new Paragraph({ text: NONE_RECORDED });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: EVIDENCE_COLUMN_WIDTHS,
    rows: [
      // Marked as a header row so Word repeats it at the top of each page a long table runs onto,
      // and screen readers announce the column names.
      new TableRow({ tableHeader: true, children: ["Title", "Evidence categories", "Date"].map(headerCell) }),
      ...evidence.map(evidenceRow),
    ],
  });
}

function headerCell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })] });
}

function evidenceRow(item: Evidence): TableRow {
  const categories = item.categories.length > 0 ? item.categories.join(", ") : NONE_RECORDED;
  const date = item.date === null ? "Undated" : formatDate(item.date);
  return new TableRow({ children: [item.title, categories, date].map(bodyCell) });
}

function bodyCell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph({ text })] });
}
