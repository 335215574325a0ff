import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { StatementRef } from "./domain";
import { checkQuestionImportRows, questionQuerySchema, questionSchema, type ExistingQuestion } from "./schema";

const statements = (
  JSON.parse(readFileSync(path.join(process.cwd(), "prisma", "reference", "cqc-la-framework.json"), "utf8")) as {
    qualityStatements: StatementRef[];
  }
).qualityStatements;

const form = (fields: Record<string, unknown> = {}) => ({
  text: "How do you know people's needs are met?",
  statementKeys: "assessing-needs",
  audienceKeys: ["team-managers"],
  prompts: "",
  followUps: "",
  ...fields,
});
const errorsOf = (fields: Record<string, unknown>) => {
  const parsed = questionSchema.safeParse(form(fields));
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("questionSchema", () => {
  it("turns textareas into lists, one entry per line", () => {
    const parsed = questionSchema.parse(
      form({ prompts: " a recent case \n\n the person's own words\r\n", followUps: "What would you change?" }),
    );
    expect(parsed.prompts).toEqual(["a recent case", "the person's own words"]);
    expect(parsed.followUps).toEqual(["What would you change?"]);
    expect(parsed.statementKeys).toEqual(["assessing-needs"]);
  });

  it("keeps a statement or audience chosen twice once", () => {
    const parsed = questionSchema.parse(
      form({ statementKeys: ["safeguarding", "safeguarding"], audienceKeys: ["partners", "partners"] }),
    );
    expect(parsed.statementKeys).toEqual(["safeguarding"]);
    expect(parsed.audienceKeys).toEqual(["partners"]);
  });

  it("asks for the question, a statement and an audience", () => {
    expect(errorsOf({ text: "   ", statementKeys: undefined, audienceKeys: "" })).toEqual({
      text: "Enter the question",
      statementKeys: "Select at least one quality statement the question tests",
      audienceKeys: "Select at least one audience the question suits",
    });
  });

  it("refuses an audience that is not on the list", () => {
    expect(Object.values(errorsOf({ audienceKeys: ["team-managers", "everyone"] }))).toEqual([
      "Select who the question suits from the list",
    ]);
  });

  it("holds the question to 1,000 characters", () => {
    expect(questionSchema.safeParse(form({ text: "x".repeat(1000) })).success).toBe(true);
    expect(errorsOf({ text: "x".repeat(1001) }).text).toMatch(/1,000 characters or fewer/);
  });

  it("holds prompts and follow-ups to 12 lines of 300 characters, said on the field itself", () => {
    const lines = (count: number, length = 10) =>
      Array.from({ length: count }, (_, index) => `${index}`.padEnd(length, "x")).join("\n");
    expect(questionSchema.safeParse(form({ prompts: lines(12, 300), followUps: lines(12, 300) })).success).toBe(true);
    expect(errorsOf({ prompts: lines(13) })).toEqual({
      prompts: "Give at most 12 prompts, one per line (there are 13): remove or combine some",
    });
    expect(errorsOf({ followUps: `Short?\n${"y".repeat(301)}` })).toEqual({
      followUps: "Follow-up question 2 is longer than 300 characters: shorten it or split it over two lines",
    });
  });
});

describe("questionQuerySchema", () => {
  it("keeps known filters and drops odd ones", () => {
    expect(
      questionQuerySchema.parse({
        statement: "safeguarding",
        audience: "partners",
        q: " waiting ",
        retired: "yes",
        page: "2",
      }),
    ).toEqual({ statement: "safeguarding", audience: "partners", q: "waiting", retired: "yes", page: 2 });
    expect(questionQuerySchema.parse({ statement: "", audience: "everyone", retired: "no", page: "-1" })).toEqual({
      statement: undefined,
      audience: undefined,
      q: undefined,
      retired: undefined,
      page: 1,
    });
  });
});

describe("checkQuestionImportRows", () => {
  const ownId = "0190f0c2-0000-7000-8000-00000000000a";
  const otherCouncilsId = "0190f0c2-0000-7000-8000-00000000000b";
  const existing = new Map<string, ExistingQuestion>([
    [
      ownId,
      {
        text: "What do carers tell you?",
        statementKeys: ["assessing-needs"],
        audienceKeys: ["partners"],
        prompts: ["carers' feedback"],
        followUps: [],
        retired: false,
      },
    ],
  ]);
  const row = (fields: Record<string, string>) => ({
    ID: "",
    Question: "How do you learn from complaints?",
    "Quality statements": "learning-improvement-innovation",
    Audiences: "Senior leaders",
    Prompts: "",
    "Follow-up questions": "",
    Retired: "",
    ...fields,
  });

  it("accepts statements by key or by name in any case, and prompts split by lines or |", () => {
    const [checked] = checkQuestionImportRows(
      [
        row({
          "Quality statements": "SAFEGUARDING; learning-improvement-innovation;Assessing needs",
          Prompts: "a | b\nc",
        }),
      ],
      statements,
      existing,
    );
    expect(checked).toMatchObject({ line: 2, id: null, change: "create", errors: [] });
    expect(checked!.input).toMatchObject({
      statementKeys: ["safeguarding", "learning-improvement-innovation", "assessing-needs"],
      prompts: ["a", "b", "c"],
    });
  });

  it("reports an unknown statement, an unknown audience and a missing question on their lines", () => {
    const checked = checkQuestionImportRows(
      [
        row({}),
        row({ "Quality statements": "Workforce" }),
        row({ Audiences: "Social workers" }),
        row({ Question: "" }),
      ],
      statements,
      existing,
    );
    expect(checked.map((entry) => entry.input !== null)).toEqual([true, false, false, false]);
    expect(checked[1]!.errors).toEqual([
      expect.stringContaining('Quality statement "Workforce" is not recognised'),
      "Select at least one quality statement the question tests",
    ]);
    expect(checked[2]!.errors[0]).toContain('Audience "Social workers" is not recognised');
    expect(checked[3]!.errors).toEqual(["Enter the question"]);
    expect(checked[3]!.line).toBe(5);
  });

  it("treats an ID that is not this council's question as an error, never a new question", () => {
    const checked = checkQuestionImportRows(
      [row({ ID: otherCouncilsId }), row({ ID: "not-an-id" })],
      statements,
      existing,
    );
    for (const entry of checked) {
      expect(entry.input).toBeNull();
      expect(entry.errors[0]).toMatch(/is not a question in your bank: leave the ID blank/);
    }
  });

  it("updates a question by its ID, notices when nothing changed, and refuses it twice", () => {
    const same = row({
      ID: ownId.toUpperCase(),
      Question: "What do carers tell you?",
      "Quality statements": "Assessing needs",
      Audiences: "partners",
      Prompts: "carers' feedback",
    });
    const checked = checkQuestionImportRows(
      [same, { ...same, Retired: "yes" }, row({ ID: ownId })],
      statements,
      existing,
    );
    expect(checked[0]).toMatchObject({ id: ownId, change: "unchanged", errors: [] });
    expect(checked[1]!.errors).toEqual([
      `This question (ID ${ownId.toUpperCase()}) is also on line 2: give each question once`,
    ]);
    const edited = checkQuestionImportRows([{ ...same, Retired: "yes" }], statements, existing);
    expect(edited[0]).toMatchObject({ id: ownId, change: "update", retired: true, errors: [] });
  });
});
