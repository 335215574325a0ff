import { describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db/client";
import type { CurrentSession } from "@/lib/auth/session";
import type { Role } from "@/lib/authz/permissions";
import { addDays, isoDay, ukToday } from "@/lib/calendar";
import { createMember, createWorkspace } from "../../../tests/factories";
import { memberSession } from "../../../tests/support/actions";
import { addProgressNote, createImprovementAction } from "./mutations";
import { PLAN_COLUMNS } from "./documents/plan-workbook";
import { exportImprovementPlan } from "./routes";
import { actionSchema, progressNoteSchema } from "./schema";

// Only the request boundary is stood in for: who is signed in.
const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentSession: async () => session.current,
}));

async function signedIn(role: Role) {
  const workspace = await createWorkspace();
  const member = await createMember(workspace.id, role);
  session.current = memberSession(workspace, member, role);
  return { workspace, actor: { userId: member.userId, prep: null } };
}

const download = () => exportImprovementPlan(new Request("http://localhost:3000/api/improvement-plan/export"), {});
const today = ukToday(new Date());

describe("improvement plan export", () => {
  it("downloads every action with its latest note as a workbook ExcelJS opens, and records the export", async () => {
    const { workspace, actor } = await signedIn("readiness_lead");
    const late = await createImprovementAction(
      workspace.scope,
      actor,
      actionSchema.parse({
        title: '=HYPERLINK("http://x")',
        ownerName: "Alex Chen",
        dueDate: isoDay(addDays(today, -3)),
        statementKeys: ["safeguarding", "assessing-needs"],
        rag: "red",
      }),
    );
    await addProgressNote(workspace.scope, actor, progressNoteSchema.parse({ actionId: late.id, note: "First note" }));
    await addProgressNote(
      workspace.scope,
      actor,
      progressNoteSchema.parse({ actionId: late.id, note: "Latest note", status: "in_progress" }),
    );
    await createImprovementAction(
      workspace.scope,
      actor,
      actionSchema.parse({
        title: "Refresh the carers' offer",
        ownerName: "Jo Smith",
        dueDate: isoDay(addDays(today, 20)),
        statementKeys: ["supporting-healthier-lives"],
        tags: "Unpaid carers, =cmd",
      }),
    );

    const response = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="improvement-plan-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = workbook.getWorksheet("Improvement plan")!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...PLAN_COLUMNS]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.rowCount).toBe(3);
    expect(sheet.autoFilter).toBeTruthy();
    const cell = (row: number, column: (typeof PLAN_COLUMNS)[number]) =>
      sheet.getRow(row).getCell(PLAN_COLUMNS.indexOf(column) + 1).value;
    // Oldest due date first; formula-like text stays text.
    expect(cell(2, "Action")).toBe('\'=HYPERLINK("http://x")');
    expect(cell(2, "Quality statements")).toMatch(/Assessing needs; .*Safeguarding/);
    expect(cell(2, "Due date")).toEqual(addDays(today, -3));
    expect(cell(2, "Days overdue")).toBe(3);
    expect(cell(2, "Status")).toBe("In progress");
    expect(cell(2, "RAG")).toBe("Red: off track");
    expect(cell(2, "Latest progress note")).toBe("Latest note");
    expect(cell(3, "Action")).toBe("Refresh the carers' offer");
    expect(cell(3, "Latest progress note")).toBeNull();
    expect(cell(3, "Tags")).toBe("Unpaid carers, =cmd");
    expect(cell(2, "Tags")).toBeNull();
    expect(
      await db.auditEvent.findFirst({
        where: { workspaceId: workspace.id, action: "improvement_plan.exported" },
        select: { metadata: true },
      }),
    ).toEqual({ metadata: { actions: 2 } });
  });

  it("is refused to a role the permission table does not allow", async () => {
    await signedIn("contributor");
    expect((await download()).status).toBe(403);
  });
});
