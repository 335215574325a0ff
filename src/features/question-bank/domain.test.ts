import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  AUDIENCES,
  QUESTION_COLUMNS,
  byFrameworkOrder,
  findAudience,
  findStatement,
  mapQuestionImportRow,
  questionExportRow,
  splitLines,
  type StatementRef,
} from "./domain";
import { spreadsheetSafe } from "@/lib/uploads/spreadsheet-safe";

const reference = path.join(process.cwd(), "prisma", "reference");
const bank = JSON.parse(readFileSync(path.join(reference, "interview-questions.json"), "utf8")) as {
  audiences: { key: string; name: string }[];
};
const statements = (
  JSON.parse(readFileSync(path.join(reference, "cqc-la-framework.json"), "utf8")) as {
    qualityStatements: StatementRef[];
  }
).qualityStatements.map(({ key, number, name, aliases }) => ({ key, number, name, aliases }));

describe("audiences", () => {
  it("are exactly the starting bank's, in its order", () => {
    expect(AUDIENCES.map(({ key, name }) => ({ key, name }))).toEqual(bank.audiences);
  });

  it("are found by name or key, ignoring case and spacing", () => {
    expect(findAudience("team MANAGERS")?.key).toBe("team-managers");
    expect(findAudience(" principal-social-worker ")?.key).toBe("principal-social-worker");
    expect(findAudience("Social workers")).toBeUndefined();
  });
});

describe("splitLines", () => {
  it("gives one trimmed entry per line, without blank lines or pasted bullets", () => {
    expect(splitLines("  first \r\n\n- second\n• third\n   \n* fourth")).toEqual([
      "first",
      "second",
      "third",
      "fourth",
    ]);
  });

  it("keeps a hyphen that is part of the text", () => {
    expect(splitLines("-5 days waiting\nwell-being")).toEqual(["-5 days waiting", "well-being"]);
  });
});

describe("findStatement", () => {
  it("finds a statement by key, by name in any case, or by its earlier name", () => {
    expect(findStatement(statements, "assessing-needs")?.number).toBe(1);
    expect(findStatement(statements, "SAFE SYSTEMS, PATHWAYS AND TRANSITIONS")?.key).toBe(
      "safe-systems-pathways-transitions",
    );
    expect(findStatement(statements, "Supporting people to lead healthier lives")?.key).toBe(
      "supporting-healthier-lives",
    );
    expect(findStatement(statements, "Workforce")).toBeUndefined();
  });
});

describe("question export and import rows", () => {
  const question = {
    id: "0190f0c2-0000-7000-8000-000000000001",
    text: "=How do you know?",
    statementKeys: ["safeguarding", "assessing-needs"],
    audienceKeys: ["team-managers", "partners"],
    prompts: ["-5 days on the waiting list", "feedback from people"],
    followUps: ["What changed?"],
    retiredAt: new Date("2026-01-01T00:00:00Z"),
  };

  it("writes the columns the import reads, with names a person can read", () => {
    const row = questionExportRow(question, statements);
    expect(row).toHaveLength(QUESTION_COLUMNS.length);
    expect(row[2]).toBe("Safeguarding; Assessing needs");
    expect(row[3]).toBe("Team managers; Partners");
    expect(row[6]).toBe("yes");
  });

  it("reads back what it wrote, formula guards included", () => {
    const cells = questionExportRow(question, statements).map(spreadsheetSafe);
    expect(cells[1]).toBe("'=How do you know?");
    const mapped = mapQuestionImportRow(
      Object.fromEntries(QUESTION_COLUMNS.map((column, index) => [column, cells[index]!])),
      statements,
    );
    expect(mapped).toEqual({
      id: question.id,
      fields: {
        text: question.text,
        statementKeys: question.statementKeys,
        audienceKeys: question.audienceKeys,
        prompts: question.prompts.join("\n"),
        followUps: "What changed?",
      },
      retired: true,
      errors: [],
    });
  });

  it("names every unknown statement, audience and retired value", () => {
    const mapped = mapQuestionImportRow(
      {
        Question: "Why?",
        "Quality statements": "Workforce; safeguarding",
        Audiences: "Social workers",
        Retired: "maybe",
      },
      statements,
    );
    expect(mapped.fields.statementKeys).toEqual(["safeguarding"]);
    expect(mapped.errors).toEqual([
      expect.stringContaining('Quality statement "Workforce" is not recognised'),
      expect.stringContaining('Audience "Social workers" is not recognised'),
      'Retired must be "yes" or left blank, not "maybe"',
    ]);
  });
});

describe("byFrameworkOrder", () => {
  it("orders by the first statement's place in the framework, the starting bank's keys, then when added", () => {
    const at = (day: number) => new Date(Date.UTC(2026, 0, day));
    const questions = [
      { id: "a", statementKeys: ["safeguarding"], key: null, createdAt: at(1) },
      { id: "b", statementKeys: ["assessing-needs"], key: null, createdAt: at(3) },
      { id: "c", statementKeys: ["assessing-needs"], key: "an-02", createdAt: at(5) },
      { id: "d", statementKeys: ["assessing-needs", "safeguarding"], key: "an-01", createdAt: at(6) },
      { id: "e", statementKeys: ["assessing-needs"], key: null, createdAt: at(2) },
      { id: "f", statementKeys: ["no-longer-in-the-framework"], key: null, createdAt: at(1) },
    ];
    expect(
      byFrameworkOrder(
        questions,
        statements.map((statement) => statement.key),
      ).map((question) => question.id),
    ).toEqual(["d", "c", "e", "b", "a", "f"]);
  });
});
