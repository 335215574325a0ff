import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  importPublishedOutcomesSchema,
  isCqcReportUrl,
  ONS_CODE_PREFIX,
  publishedOutcomeRowSchema,
  publishedOutcomesReferenceSchema,
  type PublishedOutcomeRowInput,
} from "./schema";

const medway: PublishedOutcomeRowInput = {
  council: "Medway Council",
  onsCode: "e06000035",
  region: "south east",
  type: "Unitary",
  overallRating: "requires  improvement",
  scores: ["2", "3", "2", "2", "3", "3", "2", "2", "2"],
  publishedPercent: "59%",
  publishedPercentSource: "Medway Council committee minutes",
  reportUrl: "https://www.cqc.org.uk/care-services/local-authority-assessment-reports/medway-0125",
};
const messagesFor = (change: Partial<Record<keyof PublishedOutcomeRowInput, unknown>>) => {
  const result = publishedOutcomeRowSchema.safeParse({ ...medway, ...change });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("one row of published outcomes", () => {
  it("reads the values as the lists spell them, whatever their capitals and spacing", () => {
    expect(publishedOutcomeRowSchema.parse(medway)).toEqual({
      council: "Medway Council",
      onsCode: "E06000035",
      region: "South East",
      type: "unitary",
      overallRating: "Requires improvement",
      scores: [2, 3, 2, 2, 3, 3, 2, 2, 2],
      publishedPercent: 59,
      publishedPercentSource: "Medway Council committee minutes",
      reportUrl: "https://www.cqc.org.uk/care-services/local-authority-assessment-reports/medway-0125",
    });
  });

  it("leaves an empty percentage, its source and the ONS code empty, never filled in", () => {
    expect(
      publishedOutcomeRowSchema.parse({ ...medway, onsCode: "", publishedPercent: "", publishedPercentSource: "" }),
    ).toMatchObject({ onsCode: null, publishedPercent: null, publishedPercentSource: null });
  });

  it("says what to put right in each field", () => {
    expect(messagesFor({ council: "  " })).toEqual(["Give the council's name"]);
    expect(messagesFor({ region: "East" })).toEqual([
      'Region "East" is not one of the nine English regions: use North East, North West, Yorkshire and The Humber, East Midlands, West Midlands, East of England, London, South East, South West',
    ]);
    expect(messagesFor({ type: "district" })).toEqual([
      'Type "district" is not recognised: use county, unitary, metropolitan district or London borough',
    ]);
    expect(messagesFor({ overallRating: "Satisfactory" })).toEqual([
      `Overall rating "Satisfactory" is not one of CQC's four: use Inadequate, Requires improvement, Good or Outstanding`,
    ]);
    expect(messagesFor({ scores: ["2", "3", "2"] })).toEqual(["Give all nine quality statement scores"]);
    expect(messagesFor({ scores: ["2", "3", "2", "2", "3", "3", "2", "2", "2.5"] })).toEqual([
      '"2.5" is not a score: give a whole number from 1 to 4',
    ]);
    expect(messagesFor({ publishedPercent: "58.3" })).toEqual([
      'Published percentage "58.3" is not a whole number: give it as CQC published it (such as 59), or leave it empty where none was published',
    ]);
    expect(messagesFor({ publishedPercent: "24" })).toEqual([
      "A published percentage lies from 25 to 100: check it against its source, or leave it empty",
    ]);
    expect(messagesFor({ publishedPercentSource: "" })).toEqual([
      "Say where the published percentage was seen (a CQC report, a press release, council minutes)",
    ]);
    expect(messagesFor({ publishedPercent: "" })).toEqual([
      "There is a source but no published percentage: give the percentage, or leave both empty",
    ]);
    expect(messagesFor({ onsCode: "W06000015" })).toEqual([
      'ONS code "W06000015" is not an English council\'s code: use the 9-character code from the ONS list (such as E06000035), or leave it empty',
    ]);
    expect(messagesFor({ onsCode: "E10000016" })).toEqual([
      "ONS code E10000016 is not a unitary's (unitary codes start E06): check the code and the type against the ONS list",
    ]);
    expect(messagesFor({ council: "Medway\u0000Council" })).toEqual([
      "Remove the line breaks and control characters from this cell",
    ]);
  });

  it("takes report addresses on cqc.org.uk only, over https", () => {
    expect(isCqcReportUrl("https://www.cqc.org.uk/care-services/local-authority-assessment-reports/york-1225")).toBe(
      true,
    );
    expect(isCqcReportUrl("https://cqc.org.uk/x")).toBe(true);
    for (const address of [
      "http://www.cqc.org.uk/x",
      "https://www.cqc.org.uk.example.com/x",
      "https://evil.example/?https://www.cqc.org.uk/",
      "javascript:alert(1)",
      "www.cqc.org.uk/x",
    ])
      expect(isCqcReportUrl(address), address).toBe(false);
  });

  it("gives each council type the ONS code prefix of its entity", () => {
    expect(ONS_CODE_PREFIX).toEqual({
      county: "E10",
      unitary: "E06",
      "metropolitan district": "E08",
      "London borough": "E09",
    });
  });
});

describe("the published outcomes that come with the app", () => {
  const file = JSON.parse(
    readFileSync(path.join(process.cwd(), "prisma/reference/la-published-outcomes.json"), "utf8"),
  ) as Record<string, unknown> & { rows: Record<string, unknown>[] };

  it("matches its schema, each council's type agreeing with its ONS code", () => {
    const parsed = publishedOutcomesReferenceSchema.parse(file);
    expect(parsed.rows).toHaveLength(75);
    for (const row of parsed.rows) expect(row.onsCode.slice(0, 3), row.council).toBe(ONS_CODE_PREFIX[row.type]);
    expect(new Set(parsed.rows.map((row) => row.onsCode)).size).toBe(75);
  });

  it("refuses a file whose count or totals do not add up", () => {
    expect(publishedOutcomesReferenceSchema.safeParse({ ...file, count: 74 }).success).toBe(false);
    const rows = file.rows.map((row, index) => (index === 0 ? { ...row, total: 20 } : row));
    expect(publishedOutcomesReferenceSchema.safeParse({ ...file, rows }).success).toBe(false);
  });
});

describe("naming an imported set", () => {
  it("asks for a name and a source", () => {
    const result = importPublishedOutcomesSchema.safeParse({ version: " ", source: "" });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      "Give this version of the outcomes a name, such as March 2027",
      "Say where these outcomes come from, such as CQC assessment reports published up to March 2027",
    ]);
    expect(importPublishedOutcomesSchema.parse({ version: " March 2027 ", source: "CQC reports" })).toEqual({
      version: "March 2027",
      source: "CQC reports",
    });
  });
});
