import { readFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import type { Score } from "@/features/rating/domain";
import {
  benchmarkFigures,
  checkOutcomeCsv,
  filterOutcomes,
  hardestStatements,
  overallSpread,
  statementSpreads,
  strongerCouncils,
} from "./domain";
import { outcomeFileHeadings, type OutcomeRow, type StatementHeading } from "./schema";
import { PUBLISHED, PUBLISHED_ROWS, publishedCsvRows } from "../../../tests/support/published-outcomes";

const framework = JSON.parse(
  readFileSync(path.join(process.cwd(), "prisma/reference/cqc-la-framework.json"), "utf8"),
) as { qualityStatements: StatementHeading[] };
const STATEMENTS = framework.qualityStatements;

const REAL = PUBLISHED_ROWS;

const url = (slug: string) => `https://www.cqc.org.uk/care-services/local-authority-assessment-reports/${slug}`;
const council = (
  name: string,
  region: OutcomeRow["region"],
  type: OutcomeRow["type"],
  overallRating: OutcomeRow["overallRating"],
  scores: Score[],
): OutcomeRow => ({
  council: name,
  onsCode: null,
  region,
  type,
  overallRating,
  scores,
  publishedPercent: null,
  publishedPercentSource: null,
  reportUrl: url(name.toLowerCase()),
});

// Five made-up councils. Totals and percentages (rounded up): A 27/36 = 75% Good, B 19/36 = 52.8 → 53%
// Requires improvement, C 34/36 = 94.4 → 95% Outstanding, D 12/36 = 33.3 → 34% Inadequate,
// E 21/36 = 58.3 → 59% Requires improvement.
const A = council("Aldermoor", "London", "London borough", "Good", [3, 3, 3, 3, 3, 3, 3, 3, 3]);
const B = council("Brackenfield", "North West", "county", "Requires improvement", [2, 2, 2, 2, 3, 2, 2, 2, 2]);
const C = council("Castlegate", "North West", "unitary", "Outstanding", [4, 4, 3, 4, 4, 3, 4, 4, 4]);
const D = council("Dunmere", "London", "London borough", "Inadequate", [1, 1, 2, 1, 2, 1, 1, 2, 1]);
const E = council("Eastwold", "South East", "unitary", "Requires improvement", [2, 3, 2, 2, 3, 3, 2, 2, 2]);
const FIXTURE = [A, B, C, D, E];
// Ours: self-assessed 24/36 = 66.7 → 67% Good; CQC's 23/36 = 63.9 → 64% Good.
const SELF: Score[] = [2, 3, 3, 2, 3, 3, 2, 3, 3];
const CQC: Score[] = [2, 2, 3, 2, 3, 3, 2, 3, 3];

describe("the benchmark figures, on five councils worked out by hand", () => {
  it("counts each statement's scores and places ours among them", () => {
    const spreads = statementSpreads(FIXTURE, { selfAssessed: SELF, cqc: CQC });
    // Statement 1: A 3, B 2, C 4, D 1, E 2. Ours 2: D lower; B, E level; A, C higher.
    expect(spreads[0]).toEqual({
      statement: 1,
      counts: { 1: 1, 2: 2, 3: 1, 4: 1 },
      selfAssessed: { score: 2, lower: 1, same: 2, higher: 2 },
      cqc: { score: 2, lower: 1, same: 2, higher: 2 },
    });
    // Statement 2: A 3, B 2, C 4, D 1, E 3. Self-assessed 3: B, D lower; A, E level; C higher. CQC 2: D; B; A, C, E.
    expect(spreads[1]).toEqual({
      statement: 2,
      counts: { 1: 1, 2: 1, 3: 2, 4: 1 },
      selfAssessed: { score: 3, lower: 2, same: 2, higher: 1 },
      cqc: { score: 2, lower: 1, same: 1, higher: 3 },
    });
    // Statement 3: 3, 2, 3, 2, 2; statement 5: 3, 3, 4, 2, 3; statement 8: 3, 2, 4, 2, 2.
    expect(spreads[2]!.counts).toEqual({ 1: 0, 2: 3, 3: 2, 4: 0 });
    expect(spreads[4]!.counts).toEqual({ 1: 0, 2: 1, 3: 3, 4: 1 });
    expect(spreads[7]!.counts).toEqual({ 1: 0, 2: 3, 3: 1, 4: 1 });
    // No CQC result recorded yet, and an unscored statement: no place for it.
    const unscored = statementSpreads(FIXTURE, { selfAssessed: [null, ...SELF.slice(1)] });
    expect(unscored[0]).toMatchObject({ selfAssessed: null, cqc: null });
  });

  it("spreads the overall ratings and percentages and places ours", () => {
    // Percentages 34, 53, 59, 75, 95. Ours 67: three councils lower, two higher; CQC's 64 likewise.
    expect(overallSpread(FIXTURE, { selfAssessed: SELF, cqc: CQC })).toEqual({
      councils: 5,
      ratings: [
        { rating: "Inadequate", councils: 1 },
        { rating: "Requires improvement", councils: 2 },
        { rating: "Good", councils: 1 },
        { rating: "Outstanding", councils: 1 },
      ],
      percentages: [34, 53, 59, 75, 95].map((percent) => ({ percent, councils: 1 })),
      selfAssessed: { percent: 67, rating: "Good", lower: 3, same: 0, higher: 2 },
      cqc: { percent: 64, rating: "Good", lower: 3, same: 0, higher: 2 },
    });
    // CQC rates only all nine: no overall place for a partly scored self-assessment.
    expect(overallSpread(FIXTURE, { selfAssessed: [...SELF.slice(0, 8), null] }).selfAssessed).toBeNull();
  });

  it("finds what is hard: scored 2 or lower most often, and scores that differ from the overall band", () => {
    // 2 or lower — st1: B, D, E; st2: B, D; st3: B, D, E; st4: B, D, E; st5: D; st6: B, D; st7: B, D, E;
    // st8: B, D, E; st9: B, D, E. So 3 for 1, 3, 4, 7, 8, 9; 2 for 2 and 6; 1 for 5.
    // Bands as scores: A 3, B 2, C 4, D 1, E 2. Above/below — st2: E 3 > 2; st3: D 2 > 1, C 3 < 4;
    // st5: B 3 > 2, D 2 > 1, E 3 > 2; st6: E 3 > 2, C 3 < 4; st8: D 2 > 1; statements 1, 4, 7, 9: none.
    expect(hardestStatements(FIXTURE)).toEqual([
      { statement: 1, twoOrLower: 3, differsFromBand: 0, aboveBand: 0, belowBand: 0 },
      { statement: 3, twoOrLower: 3, differsFromBand: 2, aboveBand: 1, belowBand: 1 },
      { statement: 4, twoOrLower: 3, differsFromBand: 0, aboveBand: 0, belowBand: 0 },
      { statement: 7, twoOrLower: 3, differsFromBand: 0, aboveBand: 0, belowBand: 0 },
      { statement: 8, twoOrLower: 3, differsFromBand: 1, aboveBand: 1, belowBand: 0 },
      { statement: 9, twoOrLower: 3, differsFromBand: 0, aboveBand: 0, belowBand: 0 },
      { statement: 2, twoOrLower: 2, differsFromBand: 1, aboveBand: 1, belowBand: 0 },
      { statement: 6, twoOrLower: 2, differsFromBand: 2, aboveBand: 1, belowBand: 1 },
      { statement: 5, twoOrLower: 1, differsFromBand: 3, aboveBand: 3, belowBand: 0 },
    ]);
  });

  it("lists the councils that scored 3 or 4 where we are at 1 or 2, the 4s first", () => {
    // Self-assessed 2 at statements 1, 4 and 7 (A 3 and C 4 at each); CQC's 2 also at statement 2 (A 3, C 4, E 3).
    const stronger = strongerCouncils(FIXTURE, { selfAssessed: SELF, cqc: CQC });
    expect(stronger.map((entry) => [entry.statement, entry.selfAssessed, entry.cqc])).toEqual([
      [1, 2, 2],
      [2, 3, 2],
      [4, 2, 2],
      [7, 2, 2],
    ]);
    expect(stronger[0]!.councils).toEqual([
      { council: "Castlegate", score: 4, region: "North West", type: "unitary", reportUrl: url("castlegate") },
      { council: "Aldermoor", score: 3, region: "London", type: "London borough", reportUrl: url("aldermoor") },
    ]);
    expect(stronger[1]!.councils.map((one) => one.council)).toEqual(["Castlegate", "Aldermoor", "Eastwold"]);
    expect(strongerCouncils(FIXTURE, { selfAssessed: SELF }).map((entry) => entry.statement)).toEqual([1, 4, 7]);
  });

  it("filters to councils like us by region and type", () => {
    const names = (rows: OutcomeRow[]) => rows.map((row) => row.council);
    expect(names(filterOutcomes(FIXTURE, {}))).toEqual([
      "Aldermoor",
      "Brackenfield",
      "Castlegate",
      "Dunmere",
      "Eastwold",
    ]);
    expect(names(filterOutcomes(FIXTURE, { regions: ["London"] }))).toEqual(["Aldermoor", "Dunmere"]);
    expect(names(filterOutcomes(FIXTURE, { types: ["unitary"] }))).toEqual(["Castlegate", "Eastwold"]);
    expect(names(filterOutcomes(FIXTURE, { regions: ["North West"], types: ["county"] }))).toEqual(["Brackenfield"]);
    expect(names(filterOutcomes(FIXTURE, { regions: ["London", "South East"] }))).toEqual([
      "Aldermoor",
      "Dunmere",
      "Eastwold",
    ]);
    // Every figure follows the filter: London is A (75%) and D (34%); our 67% is above one, below one.
    const london = benchmarkFigures(FIXTURE, { regions: ["London"] }, { selfAssessed: SELF });
    expect(london.councils).toBe(2);
    expect(london.overall.selfAssessed).toEqual({ percent: 67, rating: "Good", lower: 1, same: 0, higher: 1 });
    expect(london.statements[0]!.counts).toEqual({ 1: 1, 2: 0, 3: 1, 4: 0 });
    expect(london.stronger[0]!.councils.map((one) => one.council)).toEqual(["Aldermoor"]);
  });
});

// Expected counts were tallied from prisma/reference/la-published-outcomes.json by a separate
// script (a plain count of each field), not with the functions under test.
describe("the benchmark figures, on the 75 published outcomes", () => {
  const none = { selfAssessed: Array<Score | null>(9).fill(null) };

  it("counts how many councils scored 1, 2, 3 and 4 on each statement", () => {
    expect(
      statementSpreads(REAL, none).map((one) => [one.counts[1], one.counts[2], one.counts[3], one.counts[4]]),
    ).toEqual([
      [2, 53, 20, 0],
      [1, 28, 45, 1],
      [1, 42, 29, 3],
      [1, 42, 32, 0],
      [0, 15, 55, 5],
      [1, 34, 39, 1],
      [3, 29, 42, 1],
      [1, 23, 49, 2],
      [1, 11, 61, 2],
    ]);
  });

  it("counts the ratings and the percentages", () => {
    const spread = overallSpread(REAL, none);
    expect(spread.ratings).toEqual([
      { rating: "Inadequate", councils: 1 },
      { rating: "Requires improvement", councils: 23 },
      { rating: "Good", councils: 49 },
      { rating: "Outstanding", councils: 2 },
    ]);
    expect(spread.percentages.map((one) => [one.percent, one.councils])).toEqual([
      [34, 1],
      [39, 1],
      [50, 2],
      [53, 5],
      [56, 5],
      [59, 6],
      [62, 4],
      [64, 16],
      [67, 11],
      [70, 9],
      [73, 5],
      [75, 6],
      [78, 1],
      [81, 1],
      [89, 2],
    ]);
  });

  it("finds Assessing needs the statement most often scored 2 or lower, and how often scores differ from the band", () => {
    expect(hardestStatements(REAL).map((one) => [one.statement, one.twoOrLower, one.aboveBand, one.belowBand])).toEqual(
      [
        [1, 55, 2, 36],
        [3, 43, 3, 21],
        [4, 43, 2, 23],
        [6, 35, 7, 19],
        [7, 32, 4, 15],
        [2, 29, 7, 13],
        [8, 24, 3, 3],
        [5, 15, 17, 4],
        [9, 12, 13, 1],
      ],
    );
  });

  it("counts councils by region and by type", () => {
    const count = (filters: Parameters<typeof filterOutcomes>[1]) => filterOutcomes(REAL, filters).length;
    expect({
      "North East": count({ regions: ["North East"] }),
      "North West": count({ regions: ["North West"] }),
      "Yorkshire and The Humber": count({ regions: ["Yorkshire and The Humber"] }),
      "East Midlands": count({ regions: ["East Midlands"] }),
      "West Midlands": count({ regions: ["West Midlands"] }),
      "East of England": count({ regions: ["East of England"] }),
      London: count({ regions: ["London"] }),
      "South East": count({ regions: ["South East"] }),
      "South West": count({ regions: ["South West"] }),
    }).toEqual({
      "North East": 9,
      "North West": 12,
      "Yorkshire and The Humber": 3,
      "East Midlands": 4,
      "West Midlands": 4,
      "East of England": 6,
      London: 17,
      "South East": 12,
      "South West": 8,
    });
    expect([
      count({ types: ["county"] }),
      count({ types: ["unitary"] }),
      count({ types: ["metropolitan district"] }),
      count({ types: ["London borough"] }),
    ]).toEqual([14, 34, 10, 17]);
    expect(count({ regions: ["South East"], types: ["county"] })).toBe(5);
    expect(count({ regions: ["London"], types: ["unitary"] })).toBe(0);
  });

  it("knows the facts it was given about particular councils", () => {
    const find = (name: string) => REAL.find((row) => row.council === name)!;
    expect(find("Medway Council")).toMatchObject({ region: "South East", type: "unitary", onsCode: "E06000035" });
    expect(find("Lancashire County Council")).toMatchObject({ region: "North West", type: "county" });
    expect(find("City of York Council")).toMatchObject({ region: "Yorkshire and The Humber", type: "unitary" });
    expect(find("London Borough of Camden")).toMatchObject({ region: "London", type: "London borough" });
    expect(find("Northumberland County Council")).toMatchObject({ region: "North East", type: "unitary" });
  });
});

describe("reading a whole file of published outcomes", () => {
  /** The real dataset written out as an administrator's CSV would be, with each council's total. */
  const realCsv = () =>
    stringify([
      outcomeFileHeadings(STATEMENTS),
      ...publishedCsvRows().map((row, index) => row.with(14, String(PUBLISHED.rows[index]!.total))),
    ]);

  it("reads the 75 councils back exactly as published, empty percentages left empty", () => {
    const checked = checkOutcomeCsv(realCsv(), STATEMENTS);
    expect(checked.fileProblems).toEqual([]);
    expect(checked.lines.filter((line) => line.problems.length)).toEqual([]);
    expect(checked.ok).toBe(true);
    expect(checked.lines.map((line) => line.outcome)).toEqual(REAL);
    expect(checked.lines.filter((line) => line.outcome?.publishedPercent === null)).toHaveLength(67);
    expect(checked.lines.flatMap((line) => line.notes)).toEqual([]);
  });

  const headings = stringify([outcomeFileHeadings(STATEMENTS)]).trim();
  const medway = `Medway Council,E06000035,South East,unitary,Requires improvement,2,3,2,2,3,3,2,2,2,21,59,Council minutes,${url("medway-0125")}`;
  const york = `City of York Council,E06000014,Yorkshire and The Humber,unitary,Requires improvement,1,2,2,1,2,1,1,2,2,14,39,CQC report,${url("york-1225")}`;
  const problemsOf = (...lines: string[]) => {
    const checked = checkOutcomeCsv([headings, ...lines].join("\n"), STATEMENTS);
    expect(checked.ok).toBe(false);
    return checked.lines.filter((line) => line.problems.length).map((line) => [line.line, line.problems]);
  };

  it("accepts a good file, matching headings whatever their case and the statements by number or former name", () => {
    const loose = headings
      .replace("Assessing needs", "QS1")
      .replace("Safe systems, pathways and transitions", "safe pathways, systems and transitions")
      .replace("Overall rating", "OVERALL RATING");
    const checked = checkOutcomeCsv([loose, medway, york].join("\n"), STATEMENTS);
    expect(checked).toMatchObject({ ok: true, fileProblems: [] });
    expect(checked.lines.map((line) => [line.line, line.council, line.outcome?.publishedPercent])).toEqual([
      [2, "Medway Council", 59],
      [3, "City of York Council", 39],
    ]);
  });

  it("refuses a council given twice, naming both lines", () => {
    expect(problemsOf(medway, york, medway.replace("E06000035", ""))).toEqual([
      [4, ["Medway Council is also on line 2: give each council once"]],
    ]);
  });

  it("refuses a rating that is not the band of its published percentage", () => {
    const wrong = medway
      .replace("Requires improvement", "Good")
      .replace(",2,3,2,2,3,3,2,2,2,21,", ",3,3,3,2,3,3,2,2,2,23,");
    expect(problemsOf(york, wrong)).toEqual([
      [
        3,
        [
          "The overall rating is Good but the published 59% is in the Requires improvement band (39 to 62%): check both against the CQC report",
        ],
      ],
    ]);
  });

  it("refuses a rating that is not the band of the nine scores, and a total that is not their sum", () => {
    const typo = medway.replace(",2,3,2,2,3,3,2,2,2,21,59,Council minutes,", ",2,3,2,2,3,3,2,2,1,21,,,");
    expect(problemsOf(typo)).toEqual([
      [2, ["Total is 21 but the nine scores add up to 20: check the scores against the CQC report"]],
    ]);
    const inadequate = york.replace(",1,2,2,1,2,1,1,2,2,14,39,CQC report,", ",1,2,1,1,2,1,1,2,2,13,,,");
    expect(problemsOf(inadequate)).toEqual([
      [
        2,
        [
          "The nine scores add up to 13 of 36 (37%), which is Inadequate, but the overall rating is Requires improvement: check the scores and the rating against the CQC report",
        ],
      ],
    ]);
  });

  it("keeps a published percentage the scores do not give, with a note to check it", () => {
    const checked = checkOutcomeCsv([headings, medway.replace(",21,59,", ",21,58,")].join("\n"), STATEMENTS);
    expect(checked.ok).toBe(true);
    expect(checked.lines[0]).toMatchObject({
      outcome: { publishedPercent: 58 },
      notes: [
        "The published 58% is not the 59% the nine scores give: it is kept as published; check it against its source",
      ],
    });
  });

  it("says which statement's score is wrong, and every problem on the line", () => {
    const bad = `Medway Council,E08000035,South West,unitary,Requires improvement,2,5,2,2,3,3,2,,2,,59,,http://example.com/medway`;
    expect(problemsOf(bad)).toEqual([
      [
        2,
        [
          'Score for Supporting people to live healthier lives: "5" is not a score: give a whole number from 1 to 4',
          'Score for Governance, management and sustainability: "" is not a score: give a whole number from 1 to 4',
          "Give the address of the council's assessment report on cqc.org.uk (starting https://www.cqc.org.uk/)",
          "Say where the published percentage was seen (a CQC report, a press release, council minutes)",
          "ONS code E08000035 is not a unitary's (unitary codes start E06): check the code and the type against the ONS list",
        ],
      ],
    ]);
  });

  it("refuses a file whose columns are missing, unknown or doubled, before reading any row", () => {
    const checked = checkOutcomeCsv(
      [headings.replace("Region,", "Area,").replace("Safeguarding", "Assessing needs"), medway].join("\n"),
      STATEMENTS,
    );
    expect(checked).toEqual({
      ok: false,
      lines: [],
      fileProblems: [
        'The column "Assessing needs" appears twice: keep one of them',
        `The column "Area" is not one this import reads: remove it, or rename it to one of ${outcomeFileHeadings(STATEMENTS).join(", ")}`,
        'Add a column headed "Region"',
        'Add a column headed "Safeguarding" with each council\'s score for quality statement 7',
      ],
    });
    expect(checkOutcomeCsv(headings, STATEMENTS).fileProblems).toEqual([
      "The file has headings but no councils: add one row per council",
    ]);
    expect(checkOutcomeCsv('Council,"Region\n', STATEMENTS).fileProblems[0]).toMatch(/^The CSV file could not be read/);
  });
});
