import { beforeEach, describe, expect, it, vi } from "vitest";
import JSZip from "jszip";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/authz/permissions";
import type { CurrentSession } from "@/lib/auth/session";
import { createMember, createWorkspace } from "../../../tests/factories";
import { memberSession } from "../../../tests/support/actions";
import { createVisitSession, setSessionEvidence } from "./mutations";
import { visitSessionSchema } from "./schema";
import { exportRunSheet, exportSessionBriefing } from "./routes";

/** The downloads as people use them: the real route wrapper, permission table and database. */
const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentSession: async () => session.current,
}));

type Workspace = Awaited<ReturnType<typeof createWorkspace>>;

async function signedInAs(workspace: Workspace, role: Role) {
  const member = await createMember(workspace.id, role);
  session.current = memberSession(workspace, member, role);
  return { userId: member.userId };
}

const aSession = (title: string) =>
  visitSessionSchema.parse({
    title,
    kind: "interview",
    day: "2026-03-03",
    startTime: "10:00",
    endTime: "11:00",
    statementKeys: [],
  });
const get = (url: string) => new Request(`http://localhost${url}`);

describe("visit downloads", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("streams a day's run sheet as a PDF and records who downloaded it", async () => {
    const workspace = await createWorkspace();
    const lead = await signedInAs(workspace, "readiness_lead");
    await createVisitSession(workspace.scope, lead, aSession("Safeguarding interview"));
    const response = await exportRunSheet(get("/api/visit/run-sheet/2026-03-03"), {
      params: Promise.resolve({ day: "2026-03-03" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe("%PDF");
    expect(
      await db.auditEvent.count({
        where: { workspaceId: workspace.id, action: "visit.run_sheet_pdf_exported", actorUserId: lead.userId },
      }),
    ).toBe(1);
    const bad = await exportRunSheet(get("/api/visit/run-sheet/2026-02-31"), {
      params: Promise.resolve({ day: "2026-02-31" }),
    });
    expect(bad.status).toBe(404);
  });

  it("gives a session's briefing pack with its evidence, and another council's session as not found", async () => {
    const workspace = await createWorkspace();
    const other = await createWorkspace();
    const otherLead = await createMember(other.id, "readiness_lead");
    const theirs = await createVisitSession(other.scope, { userId: otherLead.userId }, aSession("Their session"));
    const manager = await signedInAs(workspace, "team_manager");
    const lead = await createMember(workspace.id, "readiness_lead");
    const { id } = await createVisitSession(workspace.scope, { userId: lead.userId }, aSession("Carers focus group"));
    const item = await db.evidenceItem.create({
      data: {
        workspaceId: workspace.id,
        title: "Carers survey 2025",
        kind: "document",
        categories: [],
        createdById: lead.userId,
      },
      select: { id: true },
    });
    await setSessionEvidence(workspace.scope, { userId: lead.userId }, { sessionId: id, evidenceItemIds: [item.id] });

    const response = await exportSessionBriefing(get(`/api/visit/sessions/${id}/briefing`), {
      params: Promise.resolve({ id }),
    });
    expect(response.status).toBe(200);
    const xml = await (
      await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()))
    )
      .file("word/document.xml")!
      .async("string");
    expect(xml).toContain("Carers survey 2025");
    expect(xml).toContain("Carers focus group");
    expect(
      await db.auditEvent.count({
        where: { entityId: id, action: "visit.briefing_docx_exported", actorUserId: manager.userId },
      }),
    ).toBe(1);

    const refused = await exportSessionBriefing(get(`/api/visit/sessions/${theirs.id}/briefing`), {
      params: Promise.resolve({ id: theirs.id }),
    });
    expect(refused.status).toBe(404);
  });

  it("refuses a signed-in member whose role may not see the visit", async () => {
    const workspace = await createWorkspace();
    await signedInAs(workspace, "viewer");
    const response = await exportRunSheet(get("/api/visit/run-sheet/2026-03-03"), {
      params: Promise.resolve({ day: "2026-03-03" }),
    });
    expect(response.status).toBe(403);
  });
});
