/**
 * The council's published CQC result: reading it from the text of CQC's report pages, checking it
 * hangs together, and setting it beside the council's own self-assessment (calibration).
 * Pure functions, no I/O.
 *
 * CQC's local authority assessment reports (cqc.org.uk, "Local authority assessment reports")
 * give, on the report's pages: the date published, the overall rating with the council's
 * percentage ("Overall rating for Medway Council: 59%"), then for each theme its quality
 * statements, each with its name, "Score: N" and the score's words ("2 - Evidence shows some
 * shortfalls"), "The local authority commitment" (the We statement) and "Key findings for this
 * quality statement", paragraphs under short sub-headings. Copying the page into a text box keeps
 * those lines, so they are read line by line; anything not found is left for the user to type.
 */
import { bandFor, CQC_LA_BANDS, percentOf, type Band, type RatingName, type Score } from "@/features/rating/domain";

export const RATINGS: readonly RatingName[] = ["Inadequate", "Requires improvement", "Good", "Outstanding"];

export type FrameworkStatement = { key: string; number: number; name: string; aliases: readonly string[] };

export type ParsedReport = {
  publishedOn: string | null;
  rating: RatingName | null;
  percent: number | null;
  reportUrl: string | null;
  scores: Record<string, Score>;
  findings: Record<string, string[]>;
  /** What could not be read, in words, so the user knows what to check or type. */
  problems: string[];
};

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "24 October 2025" → "2025-10-24"; null when it is not a real date. */
export function isoFromLongDate(text: string): string | null {
  const match = /(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/.exec(text);
  if (!match) return null;
  const month = MONTHS.indexOf(match[2]!.toLowerCase());
  const day = Number(match[1]);
  const year = Number(match[3]);
  if (month < 0) return null;
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month) return null;
  return date.toISOString().slice(0, 10);
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/&/g, "and")
    .replace(/[^a-z0-9' ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** A statement's heading in the report: its name, or an older wording CQC used (aliases). */
function statementNamed(line: string, statements: readonly FrameworkStatement[]): FrameworkStatement | null {
  const wanted = normalise(line.replace(/^\d+\.\s*/, ""));
  if (!wanted) return null;
  return (
    statements.find((statement) => [statement.name, ...statement.aliases].some((name) => normalise(name) === wanted)) ??
    null
  );
}

const SCORE_LINE = /^score\s*:\s*([1-4])\b/i;
const ANY_SCORE_LINE = /^score\s*:/i;
const THEME_LINE = /^theme\s+\d+\s*:/i;
const FINDINGS_HEADING = /^key findings for this quality statement$/i;
/** Lines that end a statement's findings: the report's own furniture after the last section. */
const END_LINE = /^(© care quality commission|contact us|back to top|print this page|next steps|feedback)/i;

/** A short line with no closing punctuation reads as a sub-heading, not a finding. */
const isSubHeading = (line: string) => line.length <= 90 && !/[.!?:;)”"]$/.test(line);

export function parseCqcReport(text: string, statements: readonly FrameworkStatement[]): ParsedReport {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const problems: string[] = [];

  const dateLine = lines.find((line) => /\b(published|publication date|date of publication)\b/i.test(line));
  const publishedOn = dateLine ? isoFromLongDate(dateLine) : null;
  if (!publishedOn) problems.push("The date published was not found: enter it from the report.");

  let percent: number | null = null;
  let rating: RatingName | null = null;
  for (const [index, line] of lines.entries()) {
    const overall = /^overall rating(?: for [^:]+)?\s*:\s*(.+)$/i.exec(line);
    if (overall) {
      const value = overall[1]!;
      const figure = /(\d{1,3})\s*%/.exec(value);
      if (figure && percent === null) percent = Number(figure[1]);
      rating ??= RATINGS.find((name) => value.toLowerCase().includes(name.toLowerCase())) ?? null;
      continue;
    }
    // The rating on its own line, as the report's header shows it under "Overall rating".
    if (rating === null && /^overall rating$/i.test(line)) {
      const next = lines[index + 1] ?? "";
      rating = RATINGS.find((name) => name.toLowerCase() === next.toLowerCase()) ?? null;
    }
  }
  if (percent !== null && (percent < 0 || percent > 100)) percent = null;
  if (percent === null) problems.push("The overall percentage was not found: enter it from the report.");
  if (rating === null) problems.push("The overall rating was not found: choose it from the report.");

  const url = /https?:\/\/(?:www\.)?cqc\.org\.uk\/\S+/i.exec(text);
  const reportUrl = url ? url[0].replace(/[).,;]+$/, "") : null;

  const scores: Record<string, Score> = {};
  const findings: Record<string, string[]> = {};
  const conflicting = new Set<string>();
  let current: FrameworkStatement | null = null;
  let inFindings = false;
  for (const [index, line] of lines.entries()) {
    const named = statementNamed(line, statements);
    const scoreLine = SCORE_LINE.exec(lines[index + 1] ?? "");
    if (named && scoreLine) {
      const score = Number(scoreLine[1]) as Score;
      if (scores[named.key] !== undefined && scores[named.key] !== score) conflicting.add(named.key);
      scores[named.key] ??= score;
      current = named;
      inFindings = false;
      continue;
    }
    if (THEME_LINE.test(line) || END_LINE.test(line)) {
      current = null;
      inFindings = false;
      continue;
    }
    if (!current || ANY_SCORE_LINE.test(line)) continue;
    if (FINDINGS_HEADING.test(line)) {
      inFindings = true;
      continue;
    }
    if (inFindings && !isSubHeading(line)) (findings[current.key] ??= []).push(line);
  }
  const missing = statements.filter((statement) => scores[statement.key] === undefined);
  if (missing.length)
    problems.push(
      `No score was found for ${missing.map((statement) => statement.name).join(", ")}: choose ${missing.length === 1 ? "it" : "them"} from the report.`,
    );
  for (const key of conflicting) {
    const name = statements.find((statement) => statement.key === key)?.name ?? key;
    problems.push(`The text gives ${name} two different scores: check it against the report.`);
  }
  return { publishedOn, rating, percent, reportUrl, scores, findings, problems };
}

export type ResultToCheck = {
  rating: RatingName;
  percent: number;
  scores: Record<string, Score | undefined>;
};

/**
 * Why a result cannot be saved, per field (empty when it can): every statement scored 1–4, the
 * rating in the band of the percentage, and the percentage the one the nine scores give (CQC's
 * rule, rounded up: features/rating/domain.ts). Messages say what to do.
 */
export function checkResult(
  result: ResultToCheck,
  statements: readonly FrameworkStatement[],
  bands: readonly Band[] = CQC_LA_BANDS,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const known = new Set(statements.map((statement) => statement.key));
  for (const key of Object.keys(result.scores))
    if (!known.has(key)) errors.form = "A score was given for a quality statement that is not in the framework";
  for (const statement of statements) {
    if (result.scores[statement.key] === undefined)
      errors[`score-${statement.key}`] = `Select CQC's score for ${statement.name}, from 1 to 4`;
  }
  let band: Band | null = null;
  try {
    band = bandFor(result.percent, bands);
  } catch {
    errors.percent = `Enter the percentage as CQC published it: ${bands[0]!.fromPercent}% to ${bands.at(-1)!.toPercent}%`;
  }
  if (band && band.rating !== result.rating)
    errors.rating = `${result.percent}% is in the ${band.rating} band (${band.fromPercent}% to ${band.toPercent}%), not ${result.rating}. Check the rating and the percentage against the report.`;
  const given = statements.map((statement) => result.scores[statement.key]);
  if (band && given.every((score) => score !== undefined)) {
    const total = given.reduce<number>((sum, score) => sum + score!, 0);
    const expected = percentOf(total, statements.length);
    if (expected !== result.percent)
      errors.percent = `The nine scores add up to ${total} of ${statements.length * 4}, which CQC publishes as ${expected}%, not ${result.percent}%. Check the scores and the percentage against the report.`;
  }
  return errors;
}

/** Findings typed or pasted into one box: one per paragraph, paragraphs split by a blank line. */
export function splitFindings(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

export const joinFindings = (findings: readonly string[]) => findings.join("\n\n");

export type Difference = "matched" | "higher" | "lower" | "not_self_assessed";

export const DIFFERENCE_LABELS: Record<Difference, string> = {
  matched: "Matched",
  higher: "We were higher",
  lower: "We were lower",
  not_self_assessed: "Not self-assessed",
};

export type CalibrationRow = {
  key: string;
  name: string;
  ours: Score | null;
  cqc: Score;
  difference: Difference;
  /** Our score minus CQC's, in points; null when we gave none. */
  by: number | null;
};

export type Calibration = {
  rows: CalibrationRow[];
  matched: number;
  higher: number;
  lower: number;
  notSelfAssessed: number;
  summary: string;
};

/**
 * Our self-assessed score beside CQC's for every statement CQC scored, in framework order, and
 * the one-line summary: "Our self-assessment matched CQC on 6 of 9 statements; we were higher on 2
 * and lower on 1." A statement we have not scored is counted apart, never as a match.
 */
export function calibrate(
  statements: readonly { key: string; name: string; ours: Score | null }[],
  cqcScores: Readonly<Record<string, Score | undefined>>,
): Calibration {
  const rows: CalibrationRow[] = [];
  for (const statement of statements) {
    const cqc = cqcScores[statement.key];
    if (cqc === undefined) continue;
    const by = statement.ours === null ? null : statement.ours - cqc;
    const difference: Difference =
      by === null ? "not_self_assessed" : by === 0 ? "matched" : by > 0 ? "higher" : "lower";
    rows.push({ key: statement.key, name: statement.name, ours: statement.ours, cqc, difference, by });
  }
  const count = (difference: Difference) => rows.filter((row) => row.difference === difference).length;
  const matched = count("matched");
  const higher = count("higher");
  const lower = count("lower");
  const notSelfAssessed = count("not_self_assessed");
  const parts = [higher ? `we were higher on ${higher}` : null, lower ? `lower on ${lower}` : null].filter(Boolean);
  const statementsWord = rows.length === 1 ? "statement" : "statements";
  let summary = `Our self-assessment matched CQC on ${matched} of ${rows.length} ${statementsWord}`;
  if (higher && lower) summary += `; we were higher on ${higher} and lower on ${lower}`;
  else if (parts.length) summary += `; ${higher ? parts[0] : `we were ${parts[0]}`}`;
  if (notSelfAssessed) summary += `; ${notSelfAssessed} ${notSelfAssessed === 1 ? "was" : "were"} not self-assessed`;
  return { rows, matched, higher, lower, notSelfAssessed, summary: `${summary}.` };
}

/** A difference in words for a table cell: "Higher by 1", "Matched", never colour alone. */
export function describeDifference(row: Pick<CalibrationRow, "difference" | "by">): string {
  if (row.difference === "matched") return "Matched";
  if (row.difference === "not_self_assessed") return "Not self-assessed";
  const points = Math.abs(row.by ?? 0);
  return `${row.difference === "higher" ? "We were higher" : "We were lower"} by ${points} ${points === 1 ? "point" : "points"}`;
}
