/**
 * The self-assessment as a Word document. Councils take this to CQC, to members and to boards,
 * and edit it afterwards, so it is an ordinary document in the house style (lib/word/document.ts):
 * a cover with the contents, real heading styles (so Word's navigation pane shows the structure),
 * plain text, bulleted lists and one table per statement for the evidence cited. No images, so
 * nothing is lost when it is pasted into another template.
 */
import { Paragraph, Table, TableCell, TableRow, TextRun, Packer, WidthType, type FileChild } from "docx";
import { formatDate } from "@/components/format/date";
import {
  NONE_RECORDED,
  bookmarkedHeading,
  buildWordDocument,
  bullets,
  heading,
  labelled,
  type ContentsEntry,
} from "@/lib/word/document";
import { notAgreedNote, type RatingSummary, type SelfAssessmentDocument } from "../domain";

type Theme = SelfAssessmentDocument["themes"][number];
type Statement = Theme["statements"][number];
type Evidence = Statement["evidence"][number];

const RATING_CAVEAT = "This rating is indicative: only the Care Quality Commission awards a rating.";

// A4 less the default one-inch margins, in twips. Google Docs and Pages lay tables out from the
// grid alone, so the columns are given explicitly rather than left to Word's auto-fit.
const EVIDENCE_COLUMN_WIDTHS = [4513, 2707, 1806];

export async function buildSelfAssessmentDocx(document: SelfAssessmentDocument): Promise<Buffer> {
  const doc = buildWordDocument({
    title: "Self-assessment",
    councilName: document.councilName,
    subtitle: "Self-assessment against the CQC assessment framework for local authorities",
    coverLines: [
      new Paragraph({ text: `Generated on ${formatDate(document.generatedAt)}` }),
      labelled("Indicative rating", ratingText(document.rating)),
      ...[notAgreedNote(document.rating)].flatMap((note) => (note ? [new Paragraph({ text: note })] : [])),
      new Paragraph({ text: RATING_CAVEAT }),
    ],
    contents: contentsOf(document),
    body: document.themes.flatMap(themeSection),
  });
  return Packer.toBuffer(doc);
}

function contentsOf(document: SelfAssessmentDocument): ContentsEntry[] {
  return document.themes.flatMap((theme) => [
    { text: themeTitle(theme), bookmark: themeBookmark(theme), level: 1 as const },
    ...theme.statements.map((statement) => ({
      text: statementTitle(statement),
      bookmark: statementBookmark(statement),
      level: 2 as const,
    })),
  ]);
}

const themeTitle = (theme: Theme) => `Theme ${theme.number}: ${theme.name}`;
const statementTitle = (statement: Statement) => `${statement.number}. ${statement.name}`;
const themeBookmark = (theme: Theme) => `theme_${theme.number}`;
const statementBookmark = (statement: Statement) => `statement_${statement.number}`;

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

function themeSection(theme: Theme, index: number): FileChild[] {
  return [
    // The body starts on its own page after the cover; each later theme starts a fresh page too.
    bookmarkedHeading(themeTitle(theme), 1, themeBookmark(theme), index > 0),
    ...theme.statements.flatMap(statementSection),
  ];
}

function statementSection(statement: Statement): FileChild[] {
  return [
    bookmarkedHeading(statementTitle(statement), 2, statementBookmark(statement)),
    labelled("Status", statement.status),
    heading("We statement", 3),
    textParagraph(statement.weStatement),
    heading("I statements", 3),
    ...bullets(statement.iStatements),
    heading("Strengths", 3),
    ...bullets(statement.strengths),
    heading("How we know", 3),
    textParagraph(statement.howWeKnow),
    heading("Areas for improvement", 3),
    ...bullets(statement.areasForImprovement),
    heading("Score", 3),
    labelled("Score", scoreText(statement)),
    labelled("Rationale", orNone(statement.scoreRationale)),
    heading("Direction of travel", 3),
    labelled("Direction", statement.direction ?? "Not recorded"),
    labelled("Reason", orNone(statement.directionReason)),
    heading("Evidence", 3),
    evidenceTable(statement.evidence),
  ];
}

/** "3: Evidence shows a good standard", or "Not scored" while the statement has no score. */
function scoreText(statement: Pick<Statement, "score" | "scoreLabel">): string {
  if (statement.score === null) return "Not scored";
  return statement.scoreLabel ? `${statement.score}: ${statement.scoreLabel}` : String(statement.score);
}

function textParagraph(text: string): Paragraph {
  return new Paragraph({ text: orNone(text) });
}

// An empty section is said to be empty rather than left blank, so a reader can tell "nothing
// recorded" apart from a gap in the document.
function orNone(text: string): string {
  return text.trim() === "" ? NONE_RECORDED : text;
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
