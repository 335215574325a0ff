import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { calibrate, checkResult, describeDifference, isoFromLongDate, parseCqcReport, splitFindings } from "./domain";

const framework = JSON.parse(
  readFileSync(path.join(process.cwd(), "prisma", "reference", "cqc-la-framework.json"), "utf8"),
) as { qualityStatements: { key: string; number: number; name: string; aliases: string[] }[] };
const statements = framework.qualityStatements;
const report = readFileSync(path.join(__dirname, "fixtures", "report-pages.txt"), "utf8");

const SCORES = {
  "assessing-needs": 2,
  "supporting-healthier-lives": 3,
  "equity-in-experience-and-outcomes": 2,
  "care-provision-integration-continuity": 2,
  "partnerships-and-communities": 3,
  "safe-systems-pathways-transitions": 2,
  safeguarding: 1,
  "governance-management-sustainability": 3,
  "learning-improvement-innovation": 3,
} as const;

describe("reading CQC's report pages", () => {
  it("finds the date, rating, percentage, address, nine scores and each statement's key findings", () => {
    const parsed = parseCqcReport(report, statements);
    expect(parsed).toMatchObject({
      publishedOn: "2025-10-24",
      rating: "Requires improvement",
      percent: 59,
      reportUrl: "https://www.cqc.org.uk/care-services/local-authority-assessment-reports/eastmoor-council",
      problems: [],
    });
    // Older wordings CQC used ("lead healthier lives", "Safe pathways, systems…") are matched too.
    expect(parsed.scores).toEqual(SCORES);
    expect(parsed.findings["assessing-needs"]).toEqual([
      "People waited too long for a Care Act assessment: 640 people were waiting in June 2025, some for over six months.",
      "Reviews of long-term support were not always carried out each year, and the council did not know the risks to some people waiting.",
      "Carers' assessments were not always offered, and carers told us they did not know what support was available.",
    ]);
    expect(parsed.findings.safeguarding).toHaveLength(2);
    // The We statement and "What people expect" are not findings; neither is the overall summary.
    expect(Object.values(parsed.findings).flat().join(" ")).not.toMatch(/We maximise|I have care|unitary authority/);
  });

  it("says what it could not find and leaves it empty, rather than guessing", () => {
    const partial = report
      .replace("Assessment published: 24 October 2025", "")
      .replace(/Safeguarding\nScore: 1/g, "Safeguarding")
      .replace("Overall rating for Eastmoor Council: 59%", "");
    const parsed = parseCqcReport(partial, statements);
    expect(parsed.publishedOn).toBeNull();
    expect(parsed.percent).toBeNull();
    expect(parsed.rating).toBe("Requires improvement");
    expect(parsed.scores.safeguarding).toBeUndefined();
    expect(parsed.problems).toEqual([
      "The date published was not found: enter it from the report.",
      "The overall percentage was not found: enter it from the report.",
      "No score was found for Safeguarding: choose it from the report.",
    ]);
  });

  it("flags a statement given two different scores", () => {
    const parsed = parseCqcReport(
      report.replace("Safeguarding\nScore: 1\n1 -", "Safeguarding\nScore: 2\n1 -"),
      statements,
    );
    expect(parsed.problems).toContain("The text gives Safeguarding two different scores: check it against the report.");
  });

  it("reads nothing from text that is not a report", () => {
    const parsed = parseCqcReport("Minutes of the health and wellbeing board\nScore: 4", statements);
    expect(parsed.scores).toEqual({});
    expect(parsed.problems).toHaveLength(4);
  });

  it("reads long dates and refuses impossible ones", () => {
    expect(isoFromLongDate("Published 3 March 2026")).toBe("2026-03-03");
    expect(isoFromLongDate("31 February 2026")).toBeNull();
    expect(isoFromLongDate("12 Smarch 2026")).toBeNull();
  });
});

describe("checking a result before it is saved", () => {
  it("accepts the published figures", () => {
    expect(checkResult({ rating: "Requires improvement", percent: 59, scores: SCORES }, statements)).toEqual({});
  });

  it("refuses a rating outside the band of the percentage, naming the band", () => {
    expect(checkResult({ rating: "Good", percent: 59, scores: SCORES }, statements)).toEqual({
      rating:
        "59% is in the Requires improvement band (39% to 62%), not Good. Check the rating and the percentage against the report.",
    });
  });

  it("refuses a percentage the nine scores do not give (CQC rounds up: 21 of 36 is 59%)", () => {
    expect(checkResult({ rating: "Requires improvement", percent: 58, scores: SCORES }, statements).percent).toBe(
      "The nine scores add up to 21 of 36, which CQC publishes as 59%, not 58%. Check the scores and the percentage against the report.",
    );
  });

  it("asks for every missing score by name", () => {
    const eight: Record<string, 1 | 2 | 3 | 4> = { ...SCORES };
    delete eight.safeguarding;
    expect(checkResult({ rating: "Requires improvement", percent: 59, scores: eight }, statements)).toEqual({
      "score-safeguarding": "Select CQC's score for Safeguarding, from 1 to 4",
    });
  });

  it("refuses a percentage no band holds", () => {
    expect(checkResult({ rating: "Inadequate", percent: 10, scores: SCORES }, statements).percent).toMatch(
      /25% to 100%/,
    );
  });
});

describe("findings typed in one box", () => {
  it("are one per paragraph", () => {
    expect(splitFindings("First finding\nstill first.\r\n\r\n  Second.\n\n\n")).toEqual([
      "First finding still first.",
      "Second.",
    ]);
  });
});

describe("calibration", () => {
  const named = (ours: Record<string, 1 | 2 | 3 | 4 | null>) =>
    statements.map((statement) => ({ key: statement.key, name: statement.name, ours: ours[statement.key] ?? null }));

  it("sets our score beside CQC's and sums up in one line", () => {
    const result = calibrate(
      named({ ...SCORES, "assessing-needs": 3, safeguarding: 3, "partnerships-and-communities": 2 }),
      SCORES,
    );
    expect(result.summary).toBe(
      "Our self-assessment matched CQC on 6 of 9 statements; we were higher on 2 and lower on 1.",
    );
    expect(result.rows.find((row) => row.key === "safeguarding")).toMatchObject({
      ours: 3,
      cqc: 1,
      difference: "higher",
      by: 2,
    });
    expect(describeDifference(result.rows.find((row) => row.key === "safeguarding")!)).toBe(
      "We were higher by 2 points",
    );
    expect(describeDifference(result.rows.find((row) => row.key === "partnerships-and-communities")!)).toBe(
      "We were lower by 1 point",
    );
  });

  it("words each case on its own", () => {
    expect(calibrate(named(SCORES), SCORES).summary).toBe("Our self-assessment matched CQC on 9 of 9 statements.");
    expect(calibrate(named({ ...SCORES, safeguarding: 2, "assessing-needs": 3 }), SCORES).summary).toBe(
      "Our self-assessment matched CQC on 7 of 9 statements; we were higher on 2.",
    );
    expect(calibrate(named({ ...SCORES, "assessing-needs": 1 }), SCORES).summary).toBe(
      "Our self-assessment matched CQC on 8 of 9 statements; we were lower on 1.",
    );
  });

  it("counts a statement we did not score apart, never as a match", () => {
    const result = calibrate(named({ ...SCORES, safeguarding: null }), SCORES);
    expect(result.summary).toBe("Our self-assessment matched CQC on 8 of 9 statements; 1 was not self-assessed.");
    expect(result.rows.find((row) => row.key === "safeguarding")).toMatchObject({
      difference: "not_self_assessed",
      by: null,
    });
  });
});
