import { describe, expect, it } from "vitest";
import {
  auditResults,
  isoFromUkDate,
  mapCaseImportRow,
  reachedStage,
  sampleProgress,
  spreadOf,
  targetsFrom,
  timeliness,
} from "./domain";
import { checkCaseImportRows, caseSchema } from "./schema";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("spreadOf", () => {
  it("gives the median, quartiles and range", () => {
    expect(spreadOf([10, 2, 4, 8, 6])).toEqual({
      count: 5,
      median: 6,
      lowerQuartile: 4,
      upperQuartile: 8,
      min: 2,
      max: 10,
    });
    expect(spreadOf([1, 2, 3, 4])).toMatchObject({ median: 2.5, lowerQuartile: 1.75, upperQuartile: 3.25 });
    expect(spreadOf([7])).toMatchObject({ median: 7, lowerQuartile: 7, upperQuartile: 7 });
    expect(spreadOf([])).toBeNull();
  });
});

describe("timeliness", () => {
  const cases = [
    {
      cohort: "Mental health",
      team: "North",
      firstContactDate: day("2026-01-01"),
      assessmentDate: day("2026-01-11"),
      planDate: day("2026-01-21"),
    },
    {
      cohort: "Mental health",
      team: "South",
      firstContactDate: day("2026-02-01"),
      assessmentDate: day("2026-02-21"),
      planDate: null,
    },
    {
      cohort: "Unpaid carer",
      team: "",
      firstContactDate: day("2026-03-10"),
      assessmentDate: day("2026-03-01"),
      planDate: day("2026-03-05"),
    },
  ];

  it("measures contact to assessment and assessment to plan per cohort, counting cases without both dates", () => {
    const result = timeliness(cases, "cohort");
    expect(result.groups.map((group) => group.name)).toEqual(["Mental health", "Unpaid carer"]);
    const [mental, carer] = result.groups;
    expect(mental!.contactToAssessment).toMatchObject({ count: 2, median: 15, min: 10, max: 20 });
    expect(mental!.assessmentToPlan).toMatchObject({ count: 1, median: 10 });
    expect(mental!.missingAssessmentToPlan).toBe(1);
    // An assessment dated before the contact is a recording error: not counted, not negative.
    expect(carer!.contactToAssessment).toBeNull();
    expect(carer!.missingContactToAssessment).toBe(1);
    expect(result.overall.contactToAssessment).toMatchObject({ count: 2 });
  });

  it("groups by team, naming cases with no team", () => {
    expect(timeliness(cases, "team").groups.map((group) => group.name)).toEqual(["No team recorded", "North", "South"]);
  });
});

describe("sampleProgress", () => {
  const cohorts = [
    { id: "a", name: "Hospital discharge" },
    { id: "b", name: "Unpaid carer" },
  ];
  it("counts each stage with the later ones, against the targets, and names cohorts missing from the long list", () => {
    const progress = sampleProgress(
      [
        { stage: "engaged", cohortId: "a", team: "North" },
        { stage: "selected", cohortId: "a", team: "North" },
        { stage: "long_list", cohortId: "a", team: "South" },
        { stage: "none", cohortId: "b", team: "South" },
      ],
      cohorts,
      targetsFrom({ pilotNumbers: { longList: 50, selected: 10, engaged: 6 } }),
    );
    expect(progress.stages).toEqual([
      { stage: "long_list", count: 3, target: 50 },
      { stage: "selected", count: 2, target: 10 },
      { stage: "engaged", count: 1, target: 6 },
    ]);
    expect(progress.cohortsMissing).toEqual(["Unpaid carer"]);
    expect(progress.byCohort[0]).toMatchObject({ recorded: 3, longList: 3, selected: 2 });
    expect(progress.byTeam).toEqual([
      { team: "North", recorded: 2, longList: 2 },
      { team: "South", recorded: 2, longList: 1 },
    ]);
  });

  it("orders the stages", () => {
    expect(reachedStage("engaged", "long_list")).toBe(true);
    expect(reachedStage("long_list", "selected")).toBe(false);
    expect(reachedStage("none", "long_list")).toBe(false);
  });
});

describe("auditResults", () => {
  it("counts answers and the share of yes among questions that applied", () => {
    const [result] = auditResults(
      [{ id: "q", text: "Was the carer offered an assessment?" }],
      [
        { questionId: "q", answer: "yes" },
        { questionId: "q", answer: "yes" },
        { questionId: "q", answer: "no" },
        { questionId: "q", answer: "not_applicable" },
        { questionId: "other", answer: "no" },
      ],
    );
    expect(result).toMatchObject({ counts: { yes: 2, partly: 0, no: 1, not_applicable: 1 }, audited: 4 });
    expect(result!.yesShare).toBeCloseTo(2 / 3);
  });
});

describe("a case extract", () => {
  const cohorts = [{ id: "00000000-0000-7000-8000-0000000000c1", name: "Hospital discharge" }];

  it("reads UK dates and matches cohorts and equality values by their wording", () => {
    expect(isoFromUkDate("4/3/2026")).toBe("2026-03-04");
    expect(isoFromUkDate("2026-03-04")).toBe("2026-03-04");
    const mapped = mapCaseImportRow(
      { "Case Reference": "las-1001", cohort: "hospital discharge", "First contact": "14/03/2026", sex: "female" },
      cohorts,
    );
    expect(mapped).toEqual({
      fields: expect.objectContaining({
        reference: "las-1001",
        cohortId: cohorts[0]!.id,
        firstContactDate: "2026-03-14",
        sex: "Female",
      }),
    });
  });

  it("says what is wrong with each row, finds references given twice, and marks ones already recorded", () => {
    const rows = checkCaseImportRows(
      [
        { "Case reference": "LAS-1", Cohort: "Hospital discharge" },
        { "Case reference": "Jane Smith", Cohort: "Hospital discharge" },
        { "Case reference": "LAS-3", Cohort: "Dragons" },
        { "Case reference": "las-1", Cohort: "Hospital discharge" },
        {
          "Case reference": "LAS-5",
          Cohort: "Hospital discharge",
          Assessment: "2026-01-01",
          "First contact": "2026-02-01",
        },
        { "Case reference": "LAS-6", Cohort: "Hospital discharge" },
      ],
      cohorts,
      new Set(["LAS-6"]),
    );
    expect(rows.map((row) => [row.line, row.input ? "ok" : row.errors.join(" | ")])).toEqual([
      [2, "ok"],
      [3, expect.stringContaining("never a name")],
      [4, expect.stringContaining('Cohort "Dragons" is not in your list')],
      [5, "Case reference las-1 is also on line 2: give each case once"],
      [6, "The assessment date cannot be before the first contact"],
      [7, "ok"],
    ]);
    expect(rows[5]!.alreadyRecorded).toBe(true);
    expect(rows[0]!.input!.reference).toBe("LAS-1");
  });

  it("gives one bad date exactly one error, naming the column and the forms it reads", () => {
    const [row] = checkCaseImportRows(
      [
        {
          "Case reference": "LAS-20",
          Cohort: "Hospital discharge",
          "First contact": "02/01/2026",
          Assessment: "2026/13/01",
          Plan: "2026-01-20",
        },
      ],
      cohorts,
      new Set(),
    );
    expect(row!.errors).toEqual([
      'Assessment "2026/13/01" is not a date: write dates as dd/mm/yyyy, for example 14/03/2026, or as 2026-03-14',
    ]);
    // A day that does not exist (31 February) is one error too, not compared as text.
    const [impossible] = checkCaseImportRows(
      [{ "Case reference": "LAS-21", Cohort: "Hospital discharge", Assessment: "31/02/2026", Plan: "01/01/2026" }],
      cohorts,
      new Set(),
    );
    expect(impossible!.errors).toEqual([
      'Assessment "31/02/2026" is not a date: write dates as dd/mm/yyyy, for example 14/03/2026, or as 2026-03-14',
    ]);
  });

  it("reads UK dd/mm/yyyy and ISO dates alike in an extract, and still checks their order", () => {
    const [uk, iso, outOfOrder] = checkCaseImportRows(
      [
        {
          "Case reference": "LAS-30",
          Cohort: "Hospital discharge",
          "First contact": "2/1/2026",
          Assessment: "14/01/2026",
        },
        { "Case reference": "LAS-31", Cohort: "Hospital discharge", "First contact": "2026-01-02", Plan: "2026-01-14" },
        { "Case reference": "LAS-32", Cohort: "Hospital discharge", Assessment: "14/01/2026", Plan: "13/01/2026" },
      ],
      cohorts,
      new Set(),
    );
    expect(uk!.input).toMatchObject({ firstContactDate: "2026-01-02", assessmentDate: "2026-01-14" });
    expect(iso!.input).toMatchObject({ firstContactDate: "2026-01-02", planDate: "2026-01-14" });
    expect(outOfOrder!.errors).toEqual(["The plan date cannot be before the assessment"]);
  });

  it("refuses a bad date on the case form with one message, not a comparison of its text", () => {
    const result = caseSchema.safeParse({
      reference: "LAS-22",
      cohortId: cohorts[0]!.id,
      assessmentDate: "2026/13/01",
      planDate: "2026-01-20",
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["assessmentDate", "Enter the assessment date as a real date, for example 2026-03-14"],
    ]);
  });

  it("refuses future dates", () => {
    const result = caseSchema.safeParse({
      reference: "LAS-9",
      cohortId: cohorts[0]!.id,
      firstContactDate: "2999-01-01",
    });
    expect(result.success).toBe(false);
  });
});
