/**
 * The board briefing pack as a PDF. Directors take it to members, boards and the chief executive,
 * often printed in black and white, so it is plain: black text, one accent colour for the bars,
 * and every figure a chart shows is also written out in words beside it. It is built with PDFKit's
 * own Helvetica so no font files have to ship with the app or be found on the server.
 *
 * The document is tagged (headings, paragraphs, lists, the statements table and the charts as
 * figures with alternative text) so a screen reader reads it top to bottom in the order printed,
 * and page footers are marked as pagination artefacts so they are not read out on every page.
 */
import {
  BODY_SIZE,
  BOLD,
  CONTENT_WIDTH,
  MARGINS,
  REGULAR,
  SMALL_SIZE,
  TEXT_COLOUR,
  addText,
  bulletList,
  ensureSpace,
  finishTaggedPdf,
  labelled,
  startTaggedPdf,
  type Writer,
} from "@/lib/pdf/tagged-pdf";
import { formatDate } from "@/components/format/date";
import {
  describePointsToNextBand,
  notAgreedNote,
  type BoardPack,
  type BoardPackBenchmark,
  type PublishedResultSummary,
  type RatingSummary,
} from "../domain";

export const BOARD_PACK_TITLE = "Board briefing: CQC assessment readiness";
const RATING_CAVEAT = "Indicative: only the Care Quality Commission awards a rating.";

const MAX_GAPS = 10;
const MAX_RISKS = 8;

// The accent is a dark blue with a contrast of more than 8:1 on white, so bars stay visible in greyscale.
const ACCENT_COLOUR = "#1d4f91";
const LINE_COLOUR = "#505a5f";
const GRID_COLOUR = "#b1b4b6";

type StructureElement = PDFKit.PDFStructureElement;

/**
 * PDFKit accepts these at run time (its table and structure code read them) but its published
 * types leave them out, so they are declared here rather than cast away where they are used.
 */
type AccessibleTableOptions = PDFKit.Mixins.TableOptionsWithData & { structParent: StructureElement };
type HeaderCell = PDFKit.Mixins.CellOptions & { scope: "Column" | "Row" };
type FigureOptions = PDFKit.Mixins.StructureElementOptions & { bbox: [number, number, number, number] };

export function buildBoardPackPdf(pack: BoardPack, options: { compress?: boolean } = {}): PDFKit.PDFDocument {
  const date = formatDate(pack.generatedAt);
  const writer = startTaggedPdf(
    {
      Title: `${BOARD_PACK_TITLE}, ${pack.councilName}`,
      Author: pack.councilName,
      Subject: `CQC assessment readiness for ${pack.councilName}, position on ${date}`,
    },
    options,
  );

  titleSection(writer, pack, date);
  ratingSection(writer, pack.rating, pack.significantShortfalls ?? null);
  waysUpSection(writer, pack.waysUp);
  if (pack.cqcResult) publishedResultSection(writer, pack.cqcResult);
  statementsSection(writer, pack.statements);
  trendSection(writer, pack.trend);
  gapsSection(writer, pack);
  informationReturnSection(writer, pack.informationReturn);
  evidenceRequestsSection(writer, pack.evidenceRequests);
  casesSection(writer, pack.cases);
  risksSection(writer, pack.risks);
  if (pack.benchmark) benchmarkSection(writer, pack.benchmark);

  return finishTaggedPdf(writer, `${pack.councilName} · Board briefing · ${date}`);
}

// Sections, in the order a director walks a board through them.

function titleSection({ doc, root }: Writer, pack: BoardPack, date: string): void {
  addText({ doc, root }, "H1", BOARD_PACK_TITLE, { font: BOLD, size: 20, after: 6 });
  addText({ doc, root }, "P", pack.councilName, { font: BOLD, size: 14, after: 2 });
  addText({ doc, root }, "P", `Position on ${date}`, { size: 12, after: 4 });
}

function ratingSection(writer: Writer, rating: RatingSummary, shortfalls: string | null): void {
  heading(writer, "Indicative rating");
  const scored = `${rating.scored} of ${rating.total} statements scored`;
  if (rating.label === null) {
    addText(writer, "P", "No indicative rating yet", { font: BOLD, size: 14, after: 4 });
    addText(writer, "P", `A rating cannot be given until every statement is scored: ${scored}.`);
    // The partial percentage still shows direction, but is labelled so it is not read as a rating.
    if (rating.percentage !== null) {
      addText(writer, "P", `The statements scored so far come to ${rating.percentage}%.`);
    }
  } else {
    const headline = rating.percentage === null ? rating.label : `${rating.label}, ${rating.percentage}%`;
    addText(writer, "P", headline, { font: BOLD, size: 16, after: 4 });
    if (rating.position) labelled(writer, "Position in band", rating.position);
    labelled(writer, "Scored", scored);
  }
  // A board must know when the figure rests on scores nobody has agreed yet.
  const notAgreed = notAgreedNote(rating);
  if (notAgreed) addText(writer, "P", notAgreed, { font: BOLD, after: 4 });
  // A statement at 1 is a warning whatever the band (features/rating/domain.ts).
  if (shortfalls) addText(writer, "P", `Warning: ${shortfalls}`, { font: BOLD });
  addText(writer, "P", RATING_CAVEAT);
}

function waysUpSection(writer: Writer, waysUp: BoardPack["waysUp"]): void {
  if (!waysUp) return;
  heading(writer, "What would move us up a band");
  addText(writer, "P", `${describePointsToNextBand(waysUp)}. The ways needing least effort:`);
  bulletList(
    writer,
    waysUp.ways.map((changes) => changes.join(" Together with ")),
  );
  if (waysUp.more > 0) addText(writer, "P", `There are ${waysUp.more} other ways of the same number of points.`);
}

/** CQC's published result with the self-assessment beside it, statement by statement, in words. */
function publishedResultSection(writer: Writer, result: PublishedResultSummary): void {
  heading(writer, "CQC's published rating beside our self-assessment");
  addText(writer, "P", `${result.rating}, ${result.percent}%`, { font: BOLD, size: 16, after: 4 });
  labelled(writer, "Published", formatDate(result.publishedOn));
  if (result.significantShortfalls) addText(writer, "P", `Warning: ${result.significantShortfalls}`, { font: BOLD });
  addText(writer, "P", result.calibration.summary, { font: BOLD });
  bulletList(
    writer,
    result.rows.map(
      (row) => `${row.statement}: our score ${row.ours ?? "not given"}, CQC's score ${row.cqc}. ${row.difference}.`,
    ),
  );
}

function statementsSection(writer: Writer, statements: BoardPack["statements"]): void {
  heading(writer, "Quality statements");
  if (statements.length === 0) {
    addText(writer, "P", "No quality statements recorded.");
    return;
  }
  statementsTable(writer, statements);
  scoreChart(writer, statements);
}

function trendSection(writer: Writer, trend: BoardPack["trend"]): void {
  heading(writer, "Trend across snapshots");
  if (trend.length === 0) {
    addText(writer, "P", "No snapshots taken yet.");
    return;
  }
  bulletList(
    writer,
    trend.map(
      (snapshot) =>
        `${snapshot.name}, ${formatDate(snapshot.takenAt)}: ${snapshot.percentage === null ? "no percentage" : `${snapshot.percentage}%`}`,
    ),
  );
  // A single snapshot has no trend to show, so the chart would only repeat the list.
  if (trend.length >= 2) trendChart(writer, trend);
}

function gapsSection(writer: Writer, pack: BoardPack): void {
  heading(writer, "Top evidence gaps");
  const gaps = pack.coverageGaps;
  if (gaps.length === 0) {
    addText(writer, "P", "No gaps: every statement has evidence in every category.");
  } else {
    if (gaps.length > MAX_GAPS) addText(writer, "P", `The first ${MAX_GAPS} of ${gaps.length} gaps:`);
    bulletList(
      writer,
      gaps.slice(0, MAX_GAPS).map((gap) => `${gap.statement}: no ${gap.category} evidence`),
    );
  }
  labelled(writer, "Out-of-date evidence items", String(pack.outOfDateEvidence));
}

function informationReturnSection(writer: Writer, info: BoardPack["informationReturn"]): void {
  heading(writer, "Information return");
  labelled(writer, "Submitted", `${info.submitted} of ${info.total} items`);
  labelled(writer, "Ready to submit", `${info.ready} of ${info.total} items`);
  labelled(writer, "Overdue", plural(info.overdue, "item"));
  if (info.dueDate === null) {
    labelled(writer, "Due date", "Notification date not set");
  } else {
    const left = info.daysLeft === null ? "" : ` (${daysLeftText(info.daysLeft)})`;
    labelled(writer, "Due date", `${formatDate(info.dueDate)}${left}`);
  }
}

function evidenceRequestsSection(writer: Writer, requests: BoardPack["evidenceRequests"]): void {
  heading(writer, "Evidence requests");
  labelled(writer, "Open", String(requests.open));
  labelled(writer, "Overdue", String(requests.overdue));
}

function casesSection(writer: Writer, cases: BoardPack["cases"]): void {
  heading(writer, "Case tracking");
  labelled(writer, "Recorded", String(cases.recorded));
  labelled(writer, "Long list", String(cases.longList));
  labelled(writer, "Selected", String(cases.selected));
  labelled(writer, "Engaged", String(cases.engaged));
  labelled(writer, "Audited", String(cases.audited));
  labelled(writer, "Reflective logs signed off", String(cases.logsSignedOff));
}

function risksSection(writer: Writer, risks: BoardPack["risks"]): void {
  heading(writer, "Top risks");
  if (risks.length === 0) {
    addText(writer, "P", "No areas for improvement recorded against the lowest-scored statements.");
    return;
  }
  if (risks.length > MAX_RISKS) addText(writer, "P", `The first ${MAX_RISKS} of ${risks.length}:`);
  bulletList(
    writer,
    risks.slice(0, MAX_RISKS).map((risk) => `${risk.statement}: ${risk.text}`),
  );
}

function benchmarkSection(writer: Writer, benchmark: BoardPackBenchmark): void {
  heading(writer, "How we compare with published CQC outcomes");
  addText(
    writer,
    "P",
    `Our self-assessment against the ${benchmark.councils} councils whose CQC assessment is published (${benchmark.version}).`,
  );
  labelled(writer, "Our position", benchmark.overall ?? "Not yet: CQC rates only when all nine statements are scored");
  labelled(
    writer,
    "Councils by rating",
    benchmark.ratings.map((entry) => `${entry.rating} ${entry.councils}`).join(", "),
  );
  heading(writer, "Councils by score for each quality statement, with our self-assessed score", 3, 120);
  dataTable(
    writer,
    ["Statement", "Scored 1", "Scored 2", "Scored 3", "Scored 4", "Ours: councils higher, lower"],
    benchmark.statements.map((statement) => [
      `${statement.number}. ${statement.name}`,
      ...statement.counts.map(String),
      statement.ours,
    ]),
    [170, 45, 45, 45, 45, "*"],
  );
  heading(writer, "What is hard nationally: the statements most often scored 2 or lower", 3);
  bulletList(
    writer,
    benchmark.hardest
      .slice(0, 3)
      .map(
        (entry) =>
          `${entry.number}. ${entry.name}: ${entry.twoOrLower} of ${benchmark.councils} councils scored it 2 or lower; ${entry.differsFromBand} scored it away from their overall band`,
      ),
  );
  addText(writer, "P", `Source: ${benchmark.source}`, { size: SMALL_SIZE });
}

// The statements table and the score chart.

function statementsTable({ doc, root }: Writer, statements: BoardPack["statements"]): void {
  doc.font(REGULAR).fontSize(SMALL_SIZE);
  // Keep the header row with at least two rows of data rather than leave it alone at a page foot.
  ensureSpace(doc, 70);
  const header = (text: string): HeaderCell => ({ text, type: "TH", scope: "Column", font: { src: BOLD } });
  const rows: (string | PDFKit.Mixins.CellOptions)[][] = [
    [header("Statement"), header("Theme"), header("Score"), header("Direction"), header("Status")],
    ...statements.map((statement) => [
      `${statement.number}. ${statement.name}`,
      statement.theme,
      statement.score === null ? "Not scored" : `${statement.score} of 4`,
      statement.direction ?? "Not recorded",
      statement.status,
    ]),
  ];
  const table: AccessibleTableOptions = {
    position: { x: MARGINS.left, y: doc.y },
    maxWidth: CONTENT_WIDTH,
    columnStyles: [170, 108, 55, 70, "*"],
    defaultStyle: {
      padding: { top: 4, bottom: 4, left: 4, right: 6 },
      // Horizontal rules only: lighter on the page, and rows still read across.
      border: { top: 0, right: 0, bottom: 0.5, left: 0 },
      borderColor: LINE_COLOUR,
      textColor: TEXT_COLOUR,
    },
    rowStyles: (row) =>
      row === 0 ? { border: { top: 0, right: 0, bottom: 1.5, left: 0 }, borderColor: TEXT_COLOUR } : undefined,
    data: rows,
    // Gives a Table element with TR, TH and TD children, so the cells are read in row order.
    structParent: root,
  };
  doc.table(table);
  doc.x = MARGINS.left;
  doc.y += 12;
}

/** A table with one header row, read row by row (the benchmark's counts). */
function dataTable({ doc, root }: Writer, headings: string[], body: string[][], columnStyles: (number | "*")[]): void {
  doc.font(REGULAR).fontSize(SMALL_SIZE);
  ensureSpace(doc, 70);
  const header = (text: string): HeaderCell => ({ text, type: "TH", scope: "Column", font: { src: BOLD } });
  const table: AccessibleTableOptions = {
    position: { x: MARGINS.left, y: doc.y },
    maxWidth: CONTENT_WIDTH,
    columnStyles,
    defaultStyle: {
      padding: { top: 4, bottom: 4, left: 4, right: 6 },
      border: { top: 0, right: 0, bottom: 0.5, left: 0 },
      borderColor: LINE_COLOUR,
      textColor: TEXT_COLOUR,
    },
    rowStyles: (row) =>
      row === 0 ? { border: { top: 0, right: 0, bottom: 1.5, left: 0 }, borderColor: TEXT_COLOUR } : undefined,
    data: [headings.map(header), ...body],
    structParent: root,
  };
  doc.table(table);
  doc.x = MARGINS.left;
  doc.y += 12;
}

function scoreChart(writer: Writer, statements: BoardPack["statements"]): void {
  heading(writer, "Score for each quality statement, from 1 to 4 (4 is best)", 3, 14 + statements.length * 18 + 30);
  const alt = `Bar chart of the score for each quality statement, on a scale of 1 to 4: ${statements
    .map((statement) => `statement ${statement.number}, ${statement.score === null ? "not scored" : statement.score}`)
    .join("; ")}.`;
  barChart(writer, {
    alt,
    max: 4,
    ticks: [0, 1, 2, 3, 4],
    tickLabel: String,
    // Wide enough for the longest of CQC's statement names at the chart's text size.
    labelWidth: 215,
    bars: statements.map((statement) => ({
      label: `${statement.number}. ${statement.name}`,
      value: statement.score,
      valueText: statement.score === null ? "not scored" : String(statement.score),
    })),
  });
}

function trendChart(writer: Writer, trend: BoardPack["trend"]): void {
  heading(writer, "Indicative rating percentage at each snapshot, oldest first", 3, 14 + trend.length * 18 + 30);
  const alt = `Bar chart of the indicative rating percentage at each snapshot, oldest first: ${trend
    .map(
      (snapshot) => `${snapshot.name}, ${snapshot.percentage === null ? "no percentage" : `${snapshot.percentage}%`}`,
    )
    .join("; ")}.`;
  barChart(writer, {
    alt,
    max: 100,
    ticks: [0, 25, 50, 75, 100],
    tickLabel: (tick) => `${tick}%`,
    labelWidth: 140,
    bars: trend.map((snapshot) => ({
      label: snapshot.name,
      value: snapshot.percentage,
      valueText: snapshot.percentage === null ? "no percentage" : `${snapshot.percentage}%`,
    })),
  });
}

type BarChart = {
  alt: string;
  max: number;
  ticks: number[];
  tickLabel: (tick: number) => string;
  labelWidth: number;
  bars: { label: string; value: number | null; valueText: string }[];
};

const BAR_ROW = 18;
const BAR_HEIGHT = 11;
const VALUE_WIDTH = 64;

/**
 * A horizontal bar chart in vector shapes. Every bar carries its label and value as text, so
 * nothing depends on reading the bar length or its colour; a missing value is a dashed empty
 * outline with its reason in words, never a zero-length bar that could be mistaken for a low one.
 */
function barChart({ doc, root }: Writer, chart: BarChart): void {
  const axisHeight = 16;
  const height = chart.bars.length * BAR_ROW + axisHeight;
  // Charts are not split across pages: half a chart on each is harder to read than a gap.
  ensureSpace(doc, height);
  const top = doc.y;
  const plotX = MARGINS.left + chart.labelWidth;
  const plotWidth = CONTENT_WIDTH - chart.labelWidth - VALUE_WIDTH;
  const plotBottom = top + chart.bars.length * BAR_ROW;
  const scale = (value: number) => (Math.max(0, Math.min(value, chart.max)) / chart.max) * plotWidth;

  const figureOptions: FigureOptions = {
    alt: chart.alt,
    bbox: [MARGINS.left, top, MARGINS.left + CONTENT_WIDTH, top + height],
  };
  root.add(
    doc.struct("Figure", figureOptions, () => {
      doc.save();
      doc.lineWidth(0.5);
      for (const tick of chart.ticks) {
        const x = plotX + scale(tick);
        doc
          .moveTo(x, top)
          .lineTo(x, plotBottom)
          .stroke(tick === 0 ? LINE_COLOUR : GRID_COLOUR);
      }
      chart.bars.forEach((bar, index) => {
        const rowTop = top + index * BAR_ROW;
        const barTop = rowTop + (BAR_ROW - BAR_HEIGHT) / 2;
        const textTop = rowTop + (BAR_ROW - SMALL_SIZE) / 2;
        doc.font(REGULAR).fontSize(SMALL_SIZE).fillColor(TEXT_COLOUR);
        doc.text(bar.label, MARGINS.left, textTop, {
          width: chart.labelWidth - 8,
          height: SMALL_SIZE + 3,
          ellipsis: true,
        });
        let valueX: number;
        if (bar.value === null) {
          doc
            .lineWidth(0.75)
            .dash(3, { space: 2 })
            .rect(plotX, barTop, plotWidth, BAR_HEIGHT)
            .stroke(LINE_COLOUR)
            .undash();
          valueX = plotX + plotWidth + 4;
        } else {
          const width = scale(bar.value);
          if (width > 0) doc.rect(plotX, barTop, width, BAR_HEIGHT).fill(ACCENT_COLOUR);
          valueX = plotX + width + 4;
        }
        doc.fillColor(TEXT_COLOUR).text(bar.valueText, valueX, textTop, { lineBreak: false });
      });
      // The axis is read too: the same size as the labels (9 pt, 12 px at 100%), never smaller.
      doc.fontSize(SMALL_SIZE).fillColor(TEXT_COLOUR);
      for (const tick of chart.ticks) {
        const label = chart.tickLabel(tick);
        const x = plotX + scale(tick) - doc.widthOfString(label) / 2;
        doc.text(label, x, plotBottom + 4, { lineBreak: false });
      }
      doc.restore();
    }),
  );
  doc.x = MARGINS.left;
  doc.y = top + height + 12;
}

// Text, kept whole on a page and tagged as it is written.

/**
 * A section heading, moved to the next page with room for what follows it, so a heading is never
 * left alone at the foot of a page. Level 3 is for chart titles, which keep with the whole chart.
 */
function heading(writer: Writer, text: string, level: 2 | 3 = 2, keepWith = 48): void {
  const { doc } = writer;
  const size = level === 2 ? 14 : BODY_SIZE;
  // Space above a section, except where it already starts at the top of a page.
  if (doc.y > MARGINS.top) doc.y += level === 2 ? 14 : 6;
  doc.font(BOLD).fontSize(size);
  ensureSpace(doc, doc.heightOfString(text, { width: CONTENT_WIDTH }) + keepWith);
  addText(writer, level === 2 ? "H2" : "H3", text, { font: BOLD, size, after: 6 });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function daysLeftText(days: number): string {
  if (days === 0) return "due today";
  if (days < 0) return `${plural(-days, "day")} overdue`;
  return `${plural(days, "day")} left`;
}
