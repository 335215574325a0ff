import { parse } from "csv-parse/sync";
import { bandFor, percentOf, type RatingName, type Score } from "@/features/rating/domain";
import {
  normHeading,
  OUTCOME_COLUMNS,
  outcomeFileHeadings,
  publishedOutcomeRowSchema,
  RATINGS,
  scoreHeadings,
  STATEMENT_COUNT,
  type CouncilType,
  type OutcomeColumn,
  type OutcomeRow,
  type Region,
  type StatementHeading,
} from "./schema";

/**
 * Reading a file of councils' published CQC outcomes: every row checked, every problem said per
 * line, and the file usable only when no line has a problem (a set is applied whole or not at all).
 * Pure: the caller reads the file (lib/uploads/tabular.ts for uploads) and writes the set.
 * The benchmark figures, further down, take the rows, the filters and our scores as plain values.
 */

export type CheckedOutcomeLine = {
  /** The line in the file; the headings are line 1. */
  line: number;
  council: string;
  outcome: OutcomeRow | null;
  /** What stops the line being imported, in words that say what to put right. */
  problems: string[];
  /** Worth a look but not wrong (a published percentage the nine scores do not give). */
  notes: string[];
};

export type CheckedOutcomeFile = {
  /** Problems with the file as a whole (missing or unknown columns, no rows). */
  fileProblems: string[];
  lines: CheckedOutcomeLine[];
  /** True when there is nothing to put right: the set can be applied. */
  ok: boolean;
};

/** Reads CSV text (UTF-8, headings on the first line) and checks it; see checkOutcomeTable. */
export function checkOutcomeCsv(text: string, statements: readonly StatementHeading[]): CheckedOutcomeFile {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : "unknown problem";
    return refused(
      `The CSV file could not be read (${reason}). Open it in a spreadsheet, save it as CSV again, and retry.`,
    );
  }
  const [headers = [], ...body] = records;
  const rows = body
    .filter((record) => record.some((cell) => cell))
    .map((record) => Object.fromEntries(headers.map((name, index) => [name, record[index] ?? ""])));
  return checkOutcomeTable({ headers, rows }, statements);
}

/**
 * Checks a table of published outcomes (headings + rows keyed by heading) row by row: each row as
 * the row schema says, then a council given twice, and an overall rating that is not the band of
 * its published percentage or of its nine scores (CQC reads the rating from the percentage).
 */
export function checkOutcomeTable(
  table: { headers: readonly string[]; rows: readonly Record<string, string>[] },
  statements: readonly StatementHeading[],
): CheckedOutcomeFile {
  if (statements.length !== STATEMENT_COUNT) throw new RangeError(`Expected ${STATEMENT_COUNT} quality statements`);
  const fileProblems: string[] = [];
  const columnOf = new Map<OutcomeColumn, string>();
  const scoreColumns: (string | undefined)[] = statements.map(() => undefined);
  const unknown: string[] = [];
  for (const header of table.headers) {
    if (!header.trim()) continue;
    const column = OUTCOME_COLUMNS.find((candidate) => normHeading(candidate.heading) === normHeading(header));
    const statement = statements.findIndex((candidate) => scoreHeadings(candidate).includes(normHeading(header)));
    const taken = column ? columnOf.has(column.field) : statement >= 0 && scoreColumns[statement] !== undefined;
    if (taken) fileProblems.push(`The column "${header}" appears twice: keep one of them`);
    else if (column) columnOf.set(column.field, header);
    else if (statement >= 0) scoreColumns[statement] = header;
    else unknown.push(header);
  }
  const expected = outcomeFileHeadings(statements);
  for (const header of unknown)
    fileProblems.push(
      `The column "${header}" is not one this import reads: remove it, or rename it to one of ${expected.join(", ")}`,
    );
  for (const column of OUTCOME_COLUMNS)
    if (column.required && !columnOf.has(column.field)) fileProblems.push(`Add a column headed "${column.heading}"`);
  statements.forEach((statement, index) => {
    if (!scoreColumns[index])
      fileProblems.push(
        `Add a column headed "${statement.name}" with each council's score for quality statement ${statement.number}`,
      );
  });
  if (table.rows.length === 0) fileProblems.push("The file has headings but no councils: add one row per council");
  if (fileProblems.length > 0) return { fileProblems, lines: [], ok: false };

  const cell = (row: Record<string, string>, header: string | undefined) => (header ? (row[header] ?? "").trim() : "");
  const seenCouncil = new Map<string, number>();
  const seenCode = new Map<string, number>();
  const lines = table.rows.map((row, index): CheckedOutcomeLine => {
    const line = index + 2;
    const get = (field: OutcomeColumn) => cell(row, columnOf.get(field));
    const council = get("council");
    const problems: string[] = [];
    const notes: string[] = [];
    const parsed = publishedOutcomeRowSchema.safeParse({
      council,
      onsCode: get("onsCode"),
      region: get("region"),
      type: get("type"),
      overallRating: get("overallRating"),
      scores: scoreColumns.map((header) => cell(row, header)),
      publishedPercent: get("publishedPercent"),
      publishedPercentSource: get("publishedPercentSource"),
      reportUrl: get("reportUrl"),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const statement =
          issue.path[0] === "scores" && typeof issue.path[1] === "number" ? statements[issue.path[1]] : null;
        problems.push(statement ? `Score for ${statement.name}: ${issue.message}` : issue.message);
      }
    }
    const key = normHeading(council);
    if (key && seenCouncil.has(key))
      problems.push(`${council} is also on line ${seenCouncil.get(key)}: give each council once`);
    else if (key) seenCouncil.set(key, line);
    const outcome = parsed.success ? parsed.data : null;
    if (outcome?.onsCode) {
      const earlier = seenCode.get(outcome.onsCode);
      if (earlier)
        problems.push(`ONS code ${outcome.onsCode} is also on line ${earlier}: each council has its own code`);
      else seenCode.set(outcome.onsCode, line);
    }
    if (outcome) checkAgainstBands(outcome, get("total"), problems, notes);
    return { line, council, outcome: problems.length ? null : outcome, problems, notes };
  });
  return { fileProblems, lines, ok: lines.every((one) => one.problems.length === 0) };
}

/** The overall rating must be the band of the published percentage and of the nine scores. */
function checkAgainstBands(outcome: OutcomeRow, totalText: string, problems: string[], notes: string[]) {
  const total = outcome.scores.reduce<number>((sum, score) => sum + score, 0);
  const max = STATEMENT_COUNT * 4;
  if (totalText && totalText !== String(total))
    problems.push(
      `Total is ${totalText} but the nine scores add up to ${total}: check the scores against the CQC report`,
    );
  if (outcome.publishedPercent !== null) {
    const band = bandFor(outcome.publishedPercent);
    if (band.rating !== outcome.overallRating)
      problems.push(
        `The overall rating is ${outcome.overallRating} but the published ${outcome.publishedPercent}% is in the ${band.rating} band (${band.fromPercent} to ${band.toPercent}%): check both against the CQC report`,
      );
  }
  const percent = percentOf(total, STATEMENT_COUNT);
  const fromScores = bandFor(percent);
  if (fromScores.rating !== outcome.overallRating)
    problems.push(
      `The nine scores add up to ${total} of ${max} (${percent}%), which is ${fromScores.rating}, but the overall rating is ${outcome.overallRating}: check the scores and the rating against the CQC report`,
    );
  if (outcome.publishedPercent !== null && outcome.publishedPercent !== percent)
    notes.push(
      `The published ${outcome.publishedPercent}% is not the ${percent}% the nine scores give: it is kept as published; check it against its source`,
    );
}

function refused(problem: string): CheckedOutcomeFile {
  return { fileProblems: [problem], lines: [], ok: false };
}

// ---------------------------------------------------------------------------------------------
// The benchmark figures. Statements are numbered 1–9 in framework order; counts are whole numbers
// of councils (pages turn them into shares). A council's percentage is the rating engine's, which
// reproduces every published one; the data itself never holds a computed percentage.

export type BenchmarkFilters = { regions?: readonly Region[]; types?: readonly CouncilType[] };

/** Our nine scores in framework order (null where not scored): self-assessed, and CQC's once recorded. */
export type OurScores = { selfAssessed: readonly (Score | null)[]; cqc?: readonly (Score | null)[] | null };

/** Where one of our figures sits among the councils: how many are below it, level with it and above it. */
export type Standing = { lower: number; same: number; higher: number };

const SCORE_LIST: readonly Score[] = [1, 2, 3, 4];
const ratingScore = (rating: RatingName) => (RATINGS.indexOf(rating) + 1) as Score;
const percentOfRow = (row: OutcomeRow) => percentOf(sum(row.scores), row.scores.length);
const sum = (scores: readonly number[]) => scores.reduce((total, score) => total + score, 0);
const statementNumbers = () => Array.from({ length: STATEMENT_COUNT }, (_, index) => index + 1);

function standingOf(values: readonly number[], ours: number): Standing {
  return {
    lower: values.filter((value) => value < ours).length,
    same: values.filter((value) => value === ours).length,
    higher: values.filter((value) => value > ours).length,
  };
}

/** "Councils like us": the rows in any of the chosen regions and of any of the chosen types (none chosen: all). */
export function filterOutcomes(rows: readonly OutcomeRow[], filters: BenchmarkFilters): OutcomeRow[] {
  return rows.filter(
    (row) =>
      (!filters.regions?.length || filters.regions.includes(row.region)) &&
      (!filters.types?.length || filters.types.includes(row.type)),
  );
}

export type StatementSpread = {
  statement: number;
  /** How many councils scored 1, 2, 3 and 4. */
  counts: Record<Score, number>;
  selfAssessed: ({ score: Score } & Standing) | null;
  cqc: ({ score: Score } & Standing) | null;
};

/** For each statement: how many councils scored 1, 2, 3 and 4, and where our scores sit. */
export function statementSpreads(rows: readonly OutcomeRow[], ours: OurScores): StatementSpread[] {
  return statementNumbers().map((statement) => {
    const scores = rows.map((row) => row.scores[statement - 1]!);
    const place = (score: Score | null | undefined) => (score ? { score, ...standingOf(scores, score) } : null);
    return {
      statement,
      counts: Object.fromEntries(
        SCORE_LIST.map((score) => [score, scores.filter((one) => one === score).length]),
      ) as Record<Score, number>,
      selfAssessed: place(ours.selfAssessed[statement - 1]),
      cqc: place(ours.cqc?.[statement - 1]),
    };
  });
}

export type OverallPlace = { percent: number; rating: RatingName } & Standing;
export type OverallSpread = {
  councils: number;
  ratings: { rating: RatingName; councils: number }[];
  /** Each percentage some council has, lowest first, with how many councils have it. */
  percentages: { percent: number; councils: number }[];
  /** Null until all nine are scored: CQC rates only a complete assessment. */
  selfAssessed: OverallPlace | null;
  cqc: OverallPlace | null;
};

/** The spread of overall ratings and percentages, and where our percentage sits in it. */
export function overallSpread(rows: readonly OutcomeRow[], ours: OurScores): OverallSpread {
  const percents = rows.map(percentOfRow);
  const place = (scores: readonly (Score | null)[] | null | undefined): OverallPlace | null => {
    if (!scores || scores.length !== STATEMENT_COUNT || scores.some((score) => score === null)) return null;
    const percent = percentOf(sum(scores as Score[]), STATEMENT_COUNT);
    return { percent, rating: bandFor(percent).rating, ...standingOf(percents, percent) };
  };
  return {
    councils: rows.length,
    ratings: RATINGS.map((rating) => ({ rating, councils: rows.filter((row) => row.overallRating === rating).length })),
    percentages: [...new Set(percents)]
      .sort((a, b) => a - b)
      .map((percent) => ({ percent, councils: percents.filter((one) => one === percent).length })),
    selfAssessed: place(ours.selfAssessed),
    cqc: place(ours.cqc),
  };
}

export type StatementDifficulty = {
  statement: number;
  /** Councils that scored this statement 1 or 2. */
  twoOrLower: number;
  /** Councils whose score here is not the score of their overall band (Good = 3, …), split by direction. */
  differsFromBand: number;
  aboveBand: number;
  belowBand: number;
};

/**
 * What is hard nationally: every statement with how many councils scored it 2 or lower and how
 * often its score differs from the council's overall band, the most often scored 2 or lower first
 * (ties in framework order).
 */
export function hardestStatements(rows: readonly OutcomeRow[]): StatementDifficulty[] {
  return statementNumbers()
    .map((statement) => {
      const pairs = rows.map((row) => ({ score: row.scores[statement - 1]!, band: ratingScore(row.overallRating) }));
      const aboveBand = pairs.filter((pair) => pair.score > pair.band).length;
      const belowBand = pairs.filter((pair) => pair.score < pair.band).length;
      return {
        statement,
        twoOrLower: pairs.filter((pair) => pair.score <= 2).length,
        differsFromBand: aboveBand + belowBand,
        aboveBand,
        belowBand,
      };
    })
    .sort((a, b) => b.twoOrLower - a.twoOrLower || a.statement - b.statement);
}

export type StrongerCouncils = {
  statement: number;
  selfAssessed: Score | null;
  cqc: Score | null;
  /** Councils that scored 3 or 4 here, the 4s first, then by name. */
  councils: { council: string; score: Score; region: Region; type: CouncilType; reportUrl: string }[];
};

/** For each statement where our self-assessed or CQC score is 1 or 2: the councils that scored 3 or 4, to learn from. */
export function strongerCouncils(rows: readonly OutcomeRow[], ours: OurScores): StrongerCouncils[] {
  return statementNumbers()
    .map((statement) => ({
      statement,
      selfAssessed: ours.selfAssessed[statement - 1] ?? null,
      cqc: ours.cqc?.[statement - 1] ?? null,
    }))
    .filter((entry) => [entry.selfAssessed, entry.cqc].some((score) => score !== null && score <= 2))
    .map((entry) => ({
      ...entry,
      councils: rows
        .filter((row) => row.scores[entry.statement - 1]! >= 3)
        .map((row) => ({
          council: row.council,
          score: row.scores[entry.statement - 1]!,
          region: row.region,
          type: row.type,
          reportUrl: row.reportUrl,
        }))
        .sort((a, b) => b.score - a.score || a.council.localeCompare(b.council, "en-GB")),
    }));
}

/** Every figure at once, for the councils the filters choose. */
export function benchmarkFigures(rows: readonly OutcomeRow[], filters: BenchmarkFilters, ours: OurScores) {
  const chosen = filterOutcomes(rows, filters);
  return {
    councils: chosen.length,
    statements: statementSpreads(chosen, ours),
    overall: overallSpread(chosen, ours),
    hardest: hardestStatements(chosen),
    stronger: strongerCouncils(chosen, ours),
  };
}
export type BenchmarkFigures = ReturnType<typeof benchmarkFigures>;

const councilsText = (count: number) => `${count} ${count === 1 ? "council" : "councils"}`;

/** Where one of our figures sits, in words, for the page and the board pack alike. */
export function describeStanding(standing: Standing): string {
  return `${councilsText(standing.higher)} higher, ${councilsText(standing.same)} the same, ${councilsText(standing.lower)} lower`;
}
