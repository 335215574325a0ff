import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { CurrentSession } from "@/lib/auth/session";
import type { Role } from "@/lib/authz/permissions";
import { createMember, createWorkspace } from "../../../tests/factories";
import { memberSession } from "../../../tests/support/actions";
import { listActiveQuestions } from "./data";
import { QUESTION_COLUMNS } from "./domain";
import { completeQuestionImport, createQuestion, loadStartingBank } from "./mutations";
import { exportQuestionBank, uploadQuestionImport } from "./routes";
import { questionSchema } from "./schema";

// Only the request boundary is stood in for: who is signed in.
const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentSession: async () => session.current,
}));

const APP = "http://localhost:3000";

async function signedIn(role: Role) {
  const workspace = await createWorkspace();
  const member = await createMember(workspace.id, role);
  session.current = memberSession(workspace, member, role);
  return { scope: workspace.scope, actor: { userId: member.userId } };
}

const exportCsv = (query = "") =>
  exportQuestionBank(new Request(`${APP}/api/preparation/questions/export${query}`), {});

function upload(csv: string, name = "questions.csv") {
  const form = new FormData();
  form.set("questions", new File([csv], name, { type: "text/csv" }));
  return uploadQuestionImport(
    new Request(`${APP}/api/uploads/question-import`, { method: "POST", body: form, headers: { origin: APP } }),
    {},
  );
}

describe("question bank export and import", () => {
  it("exports the filtered list as CSV that imports back, changing only the edited question", async () => {
    const { scope, actor } = await signedIn("team_manager");
    await loadStartingBank(scope, actor);
    const formula = await createQuestion(
      scope,
      actor,
      questionSchema.parse({
        text: '=HYPERLINK("x")?',
        statementKeys: ["safeguarding"],
        audienceKeys: ["partners"],
        prompts: "",
        followUps: "",
      }),
    );

    const response = await exportCsv("?statement=safeguarding&audience=partners");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="question-bank-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    // A byte-order mark first, so Excel reads the file as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString("utf8");
    expect(csv.startsWith(`\uFEFF${QUESTION_COLUMNS.join(",")}\n`)).toBe(true);
    // The formula-like question is kept as text for Excel.
    expect(csv).toContain(`'=HYPERLINK(""x"")?`);
    const expected = await listActiveQuestions(scope, { statementKeys: ["safeguarding"], audienceKey: "partners" });
    expect(expected.length).toBeGreaterThan(1);
    for (const question of expected) expect(csv).toContain(question.id);
    expect(await db.auditEvent.count({ where: { action: "question_bank.exported" } })).toBe(1);

    const edited = expected.find((question) => question.id !== formula.id)!;
    const changed = csv.replace(edited.text, "How do partners raise a safeguarding concern with you?");
    const staged = await upload(changed);
    expect(staged.status).toBe(303);
    const importId = /\/preparation\/questions\/import\/([0-9a-f-]{36})$/.exec(
      staged.headers.get("location") ?? "",
    )?.[1];
    expect(importId).toBeDefined();

    const result = await completeQuestionImport(scope, actor, { importId: importId!, dropInvalid: false });
    expect(result).toEqual({ created: 0, updated: 1, unchanged: expected.length - 1, dropped: 0 });
    expect(await db.interviewQuestion.count()).toBe(106);
    const after = await db.interviewQuestion.findMany({
      where: { id: { in: expected.map((question) => question.id) } },
      select: { id: true, text: true, version: true },
    });
    for (const question of after) {
      if (question.id === edited.id)
        expect(question).toMatchObject({ text: "How do partners raise a safeguarding concern with you?", version: 2 });
      else expect(question.version).toBe(1);
    }
    expect(after.find((question) => question.id === formula.id)!.text).toBe('=HYPERLINK("x")?');
  });

  it("sends a file it cannot read back to the upload page with the reason", async () => {
    await signedIn("readiness_lead");
    const response = await upload("not,a\nquestion file", "questions.txt");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${APP}/preparation/questions/import?error=wrong_type`);
    expect(await db.questionImport.count()).toBe(0);
  });

  it("refuses an upload from a role that does not keep the bank", async () => {
    await signedIn("contributor");
    expect((await upload("ID,Question\n,Why?")).status).toBe(403);
    expect((await exportCsv()).status).toBe(200);
    await signedIn("viewer");
    expect((await exportCsv()).status).toBe(403);
  });
});
