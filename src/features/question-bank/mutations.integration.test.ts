import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMember, createWorkspace } from "../../../tests/factories";
import { countActiveQuestions, getQuestion, listActiveQuestions, listQuestions } from "./data";
import {
  completeQuestionImport,
  createQuestion,
  loadStartingBank,
  restoreQuestion,
  retireQuestion,
  stageQuestionImport,
  updateQuestion,
} from "./mutations";
import { questionQuerySchema, questionSchema } from "./schema";

type Reference = { questions: { key: string; text: string; statements: string[]; audiences: string[] }[] };
const reference = JSON.parse(
  readFileSync(path.join(process.cwd(), "prisma", "reference", "interview-questions.json"), "utf8"),
) as Reference;

async function setting() {
  const workspace = await createWorkspace();
  const manager = await createMember(workspace.id, "team_manager");
  return { scope: workspace.scope, manager: { userId: manager.userId } };
}

const aQuestion = (fields: Record<string, unknown> = {}) =>
  questionSchema.parse({
    text: "How do you know the front door works for people?",
    statementKeys: ["assessing-needs"],
    audienceKeys: ["team-managers"],
    prompts: "waiting times\nfeedback",
    followUps: "What changed?",
    ...fields,
  });

const events = (action: string) => db.auditEvent.count({ where: { action, entityType: "interview_question" } });

describe("question bank", () => {
  it("loads the starting bank once: 105 questions, then none", async () => {
    const { scope, manager } = await setting();
    expect(await loadStartingBank(scope, manager)).toEqual({ added: reference.questions.length });
    expect(reference.questions.length).toBe(105);
    expect(await loadStartingBank(scope, manager)).toEqual({ added: 0 });
    expect(await countActiveQuestions(scope)).toBe(105);
    expect(await events("question_bank.starting_bank_loaded")).toBe(2);
    const list = await listQuestions(scope, questionQuerySchema.parse({}));
    expect(list.total).toBe(105);
    expect(list.questions).toHaveLength(50);
    // The framework's order: the first page opens with assessing needs, in the bank's own order.
    expect(list.questions[0]!.statementKeys[0]).toBe("assessing-needs");
    expect((await listQuestions(scope, questionQuerySchema.parse({ page: "3" }))).questions).toHaveLength(5);

    // Filters: every word of the search, in any order and case, with the statement and audience.
    const filtered = await listQuestions(
      scope,
      questionQuerySchema.parse({ q: "PEOPLE how", statement: "assessing-needs", audience: "team-managers" }),
    );
    const matching = reference.questions.filter(
      (question) =>
        /people/i.test(question.text) &&
        /how/i.test(question.text) &&
        question.statements.includes("assessing-needs") &&
        question.audiences.includes("team-managers"),
    );
    expect(matching.length).toBeGreaterThan(0);
    expect(filtered.total).toBe(matching.length);

    // Another council starts its own bank; the first council's edits stay its own.
    const other = await setting();
    expect(await loadStartingBank(other.scope, other.manager)).toEqual({ added: 105 });
    expect(await db.interviewQuestion.count()).toBe(210);
  });

  it("adds and changes a question, refusing a stale edit and an unknown statement without writing anything", async () => {
    const { scope, manager } = await setting();
    const { id } = await createQuestion(scope, manager, aQuestion());
    expect(await getQuestion(scope, id)).toMatchObject({
      key: null,
      version: 1,
      prompts: ["waiting times", "feedback"],
      followUps: ["What changed?"],
    });

    await updateQuestion(scope, manager, { ...aQuestion({ text: "Edited once?" }), id, expectedVersion: 1 });
    await expect(
      updateQuestion(scope, manager, { ...aQuestion({ text: "Edited from the old page?" }), id, expectedVersion: 1 }),
    ).rejects.toMatchObject({
      code: "stale",
      message: expect.stringContaining("Someone else changed this question"),
    });
    expect(await getQuestion(scope, id)).toMatchObject({ text: "Edited once?", version: 2 });
    expect(await events("interview_question.updated")).toBe(1);

    await expect(
      updateQuestion(scope, manager, {
        ...aQuestion({ statementKeys: ["assessing-needs", "workforce"] }),
        id,
        expectedVersion: 2,
      }),
    ).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { statementKeys: expect.stringContaining("Select the quality statements from the list") },
    });
    await expect(createQuestion(scope, manager, aQuestion({ statementKeys: ["workforce"] }))).rejects.toMatchObject({
      code: "invalid",
    });
    expect(await db.interviewQuestion.count()).toBe(1);
    expect(await getQuestion(scope, id)).toMatchObject({ statementKeys: ["assessing-needs"], version: 2 });
    expect(await events("interview_question.created")).toBe(1);
  });

  it("retires a question out of session planning and restores it", async () => {
    const { scope, manager } = await setting();
    const { id } = await createQuestion(scope, manager, aQuestion());
    await retireQuestion(scope, manager, { questionId: id });
    expect(await listActiveQuestions(scope)).toEqual([]);
    expect(await countActiveQuestions(scope)).toBe(0);
    expect((await listQuestions(scope, questionQuerySchema.parse({}))).total).toBe(0);
    expect((await listQuestions(scope, questionQuerySchema.parse({ retired: "yes" }))).questions).toMatchObject([
      { id, retiredAt: expect.any(Date) },
    ]);
    await expect(retireQuestion(scope, manager, { questionId: id })).rejects.toMatchObject({ code: "conflict" });

    await restoreQuestion(scope, manager, { questionId: id });
    expect((await listActiveQuestions(scope)).map((question) => question.id)).toEqual([id]);
    expect(await events("interview_question.retired")).toBe(1);
    expect(await events("interview_question.restored")).toBe(1);
  });

  it("offers session planning the questions for any of the statements and the audience", async () => {
    const { scope, manager } = await setting();
    await loadStartingBank(scope, manager);
    const statementKeys = ["safeguarding", "partnerships-and-communities"];
    const expected = (audience?: string) =>
      reference.questions.filter(
        (question) =>
          question.statements.some((key) => statementKeys.includes(key)) &&
          (!audience || question.audiences.includes(audience)),
      ).length;

    const forStatements = await listActiveQuestions(scope, { statementKeys });
    expect(forStatements).toHaveLength(expected());
    expect(forStatements.every((question) => question.statementKeys.some((key) => statementKeys.includes(key)))).toBe(
      true,
    );

    const forPartners = await listActiveQuestions(scope, { statementKeys, audienceKey: "partners" });
    expect(forPartners.length).toBeGreaterThan(0);
    expect(forPartners).toHaveLength(expected("partners"));
    expect(Object.keys(forPartners[0]!).sort()).toEqual([
      "audienceKeys",
      "followUps",
      "id",
      "prompts",
      "statementKeys",
      "text",
    ]);

    expect(await listActiveQuestions(scope, { audienceKey: "elected-members" })).toHaveLength(
      reference.questions.filter((question) => question.audiences.includes("elected-members")).length,
    );
    expect(await listActiveQuestions(scope, { statementKeys: [] })).toHaveLength(105);
  });

  it("imports a file with a bad row only when asked to leave it out", async () => {
    const { scope, manager } = await setting();
    const rows = [
      {
        ID: "",
        Question: "What do carers tell you about assessments?",
        "Quality statements": "Assessing needs",
        Audiences: "Frontline social workers",
        Prompts: "carers' survey | complaints",
        "Follow-up questions": "",
        Retired: "",
      },
      {
        ID: "",
        Question: "How do you plan for winter pressures?",
        "Quality statements": "governance-management-sustainability; Safe systems, pathways and transitions",
        Audiences: "Senior leaders; Partners",
        Prompts: "",
        "Follow-up questions": "Who decides?",
        Retired: "yes",
      },
      {
        ID: "",
        Question: "What is your workforce strategy?",
        "Quality statements": "Workforce",
        Audiences: "Senior leaders",
        Prompts: "",
        "Follow-up questions": "",
        Retired: "",
      },
    ];
    const staged = await stageQuestionImport(scope, manager, { fileName: "questions.csv", rows });
    await expect(
      completeQuestionImport(scope, manager, { importId: staged.id, dropInvalid: false }),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("1 row has problems") });
    expect(await db.interviewQuestion.count()).toBe(0);
    expect(await events("question_bank.imported")).toBe(0);

    expect(await completeQuestionImport(scope, manager, { importId: staged.id, dropInvalid: true })).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      dropped: 1,
    });
    expect(await countActiveQuestions(scope)).toBe(1);
    const winter = await db.interviewQuestion.findFirstOrThrow({
      where: { text: { startsWith: "How do you plan" } },
      select: { statementKeys: true, audienceKeys: true, retiredAt: true },
    });
    expect(winter).toMatchObject({
      statementKeys: ["governance-management-sustainability", "safe-systems-pathways-transitions"],
      audienceKeys: ["senior-leaders", "partners"],
      retiredAt: expect.any(Date),
    });
    expect(
      (await db.questionImport.findUniqueOrThrow({ where: { id: staged.id }, select: { rows: true } })).rows,
    ).toEqual([]);
    await expect(
      completeQuestionImport(scope, manager, { importId: staged.id, dropInvalid: true }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await db.interviewQuestion.count()).toBe(2);
  });

  it("keeps each council's questions its own", async () => {
    const first = await setting();
    const second = await setting();
    const { id } = await createQuestion(first.scope, first.manager, aQuestion());

    expect(await getQuestion(second.scope, id)).toBeNull();
    await expect(
      updateQuestion(second.scope, second.manager, { ...aQuestion({ text: "Taken over?" }), id, expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(retireQuestion(second.scope, second.manager, { questionId: id })).rejects.toMatchObject({
      code: "not_found",
    });

    const row = {
      ID: id,
      Question: "Taken over?",
      "Quality statements": "Assessing needs",
      Audiences: "Team managers",
    };
    const staged = await stageQuestionImport(second.scope, second.manager, { fileName: "theirs.csv", rows: [row] });
    await expect(
      completeQuestionImport(second.scope, second.manager, { importId: staged.id, dropInvalid: false }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(
      await completeQuestionImport(second.scope, second.manager, { importId: staged.id, dropInvalid: true }),
    ).toEqual({ created: 0, updated: 0, unchanged: 0, dropped: 1 });
    // Nor may one council confirm another's staged file.
    const mine = await stageQuestionImport(first.scope, first.manager, {
      fileName: "mine.csv",
      rows: [{ ...row, ID: "" }],
    });
    await expect(
      completeQuestionImport(second.scope, second.manager, { importId: mine.id, dropInvalid: true }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await getQuestion(first.scope, id)).toMatchObject({ text: aQuestion().text, version: 1 });
    expect(await db.interviewQuestion.count()).toBe(1);
  });
});
