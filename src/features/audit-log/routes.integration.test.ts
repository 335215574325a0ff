import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import type { CurrentSession } from "@/lib/auth/session";
import { ROLES, type Role } from "@/lib/authz/permissions";
import { createMember, createWorkspace } from "../../../tests/factories";
import { memberSession } from "../../../tests/support/actions";
import { AUDIT_PAGE_SIZE, auditEventsForExport, getAuditFilterOptions, listAuditEvents } from "./data";
import { AUDIT_CSV_COLUMNS, exportAuditTrail } from "./routes";
import { parseAuditQuery } from "./schema";

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
  return { workspace, userId: member.userId };
}

type Event = {
  action: string;
  entityType?: string;
  actor?: string | null;
  at: string;
  metadata?: object;
  entityId?: string;
};

async function record(scope: WorkspaceScope, events: Event[]) {
  await db.auditEvent.createMany({
    data: events.map((event) => ({
      workspaceId: scope.workspaceId,
      actorUserId: event.actor ?? null,
      action: event.action,
      entityType: event.entityType ?? event.action.split(".")[0]!,
      entityId: event.entityId ?? null,
      metadata: event.metadata,
      createdAt: new Date(event.at),
    })),
  });
}

const list = async (scope: WorkspaceScope, query: Record<string, string>) =>
  (await listAuditEvents(scope, parseAuditQuery(query))).events.map((event) => event.action);
const exportCsv = (query = "") => exportAuditTrail(new Request(`${APP}/api/admin/audit/export${query}`), {});

describe("reading the audit trail", () => {
  it("lists only this workspace's events, newest first, with who did them", async () => {
    const { workspace, userId } = await signedIn("administrator");
    const other = await createWorkspace();
    await record(workspace.scope, [
      { action: "case.viewed", actor: userId, at: "2026-05-01T09:00:00Z", metadata: { page: "case" } },
      { action: "auth.sign_in_failed", at: "2026-05-02T09:00:00Z" },
    ]);
    await record(other.scope, [{ action: "case.created", at: "2026-05-03T09:00:00Z" }]);

    const { events, total } = await listAuditEvents(workspace.scope, parseAuditQuery({}));
    expect(total).toBe(2);
    expect(events.map((event) => [event.action, event.actorName])).toEqual([
      ["auth.sign_in_failed", null],
      ["case.viewed", "Test administrator"],
    ]);
    const options = await getAuditFilterOptions(workspace.scope);
    expect(options).toEqual({
      actionFamilies: ["auth.", "case."],
      entityTypes: ["auth", "case"],
      actors: [{ id: userId, name: "Test administrator" }],
    });
  });

  it("filters by a family of actions, which is not a longer name sharing its start", async () => {
    const { workspace } = await signedIn("administrator");
    await record(workspace.scope, [
      { action: "case.viewed", at: "2026-05-01T09:00:00Z" },
      { action: "case.created", at: "2026-05-01T10:00:00Z" },
      { action: "case_tracking.set_up", at: "2026-05-01T11:00:00Z" },
      { action: "member.invited", at: "2026-05-01T12:00:00Z" },
    ]);
    expect(await list(workspace.scope, { action: "case." })).toEqual(["case.created", "case.viewed"]);
    expect(await list(workspace.scope, { action: "case.viewed" })).toEqual(["case.viewed"]);
    expect(await list(workspace.scope, { entityType: "member" })).toEqual(["member.invited"]);
  });

  it("filters by who did it", async () => {
    const { workspace, userId } = await signedIn("administrator");
    const lead = await createMember(workspace.id, "readiness_lead");
    await record(workspace.scope, [
      { action: "evidence.created", actor: lead.userId, at: "2026-05-01T09:00:00Z" },
      { action: "member.invited", actor: userId, at: "2026-05-01T10:00:00Z" },
      { action: "auth.sign_in_failed", at: "2026-05-01T11:00:00Z" },
    ]);
    expect(await list(workspace.scope, { actor: lead.userId })).toEqual(["evidence.created"]);
  });

  it("counts dates as London days, in summer time and out of it", async () => {
    const { workspace } = await signedIn("administrator");
    await record(workspace.scope, [
      { action: "x.before", at: "2026-06-30T22:59:00Z" }, // 11:59pm on 30 June in London
      { action: "x.first", at: "2026-06-30T23:00:00Z" }, // midnight starting 1 July in London
      { action: "x.late", at: "2026-07-01T22:30:00Z" }, // 11:30pm on 1 July in London
      { action: "x.after", at: "2026-07-01T23:30:00Z" }, // 12:30am on 2 July in London
      { action: "x.winter", at: "2026-12-01T23:30:00Z" }, // 11:30pm on 1 December (GMT)
    ]);
    expect(await list(workspace.scope, { from: "2026-07-01", to: "2026-07-01" })).toEqual(["x.late", "x.first"]);
    expect(await list(workspace.scope, { to: "2026-06-30" })).toEqual(["x.before"]);
    expect(await list(workspace.scope, { from: "2026-07-02", to: "2026-11-30" })).toEqual(["x.after"]);
    expect(await list(workspace.scope, { from: "2026-12-01", to: "2026-12-01" })).toEqual(["x.winter"]);
  });

  it("shows 100 events a page", async () => {
    const { workspace } = await signedIn("administrator");
    const start = Date.parse("2026-03-01T00:00:00Z");
    await record(
      workspace.scope,
      Array.from({ length: AUDIT_PAGE_SIZE + 1 }, (_, index) => ({
        action: `x.n${index}`,
        at: new Date(start + index * 60_000).toISOString(),
      })),
    );
    const first = await listAuditEvents(workspace.scope, parseAuditQuery({}));
    expect(first.total).toBe(AUDIT_PAGE_SIZE + 1);
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.events[0]!.action).toBe(`x.n${AUDIT_PAGE_SIZE}`);
    expect(await list(workspace.scope, { page: "2" })).toEqual(["x.n0"]);
  });

  it("streams every matching event for the export across pages, even many in the same instant", async () => {
    const { workspace } = await signedIn("administrator");
    await record(workspace.scope, [
      ...Array.from({ length: 1100 }, () => ({ action: "case.viewed", at: "2026-04-01T12:00:00Z" })),
      { action: "case.created", at: "2026-04-02T12:00:00Z" },
      { action: "member.invited", at: "2026-04-03T12:00:00Z" },
    ]);
    const ids: string[] = [];
    const actions: string[] = [];
    for await (const event of auditEventsForExport(workspace.scope, parseAuditQuery({ action: "case." }))) {
      ids.push(event.id);
      actions.push(event.action);
    }
    expect(ids).toHaveLength(1101);
    expect(new Set(ids).size).toBe(1101);
    expect(actions[0]).toBe("case.created");
  });
});

describe("exporting the audit trail", () => {
  it("gives the filtered events as CSV and records the export with its filters", async () => {
    const { workspace, userId } = await signedIn("administrator");
    const other = await createWorkspace();
    await record(workspace.scope, [
      {
        action: "case.viewed",
        actor: userId,
        at: "2026-07-01T22:30:00Z",
        entityId: "=1+2",
        metadata: { page: "case", fields: ["team", "stage"] },
      },
      { action: "case.created", at: "2026-06-30T10:00:00Z", entityId: "case-0" },
      { action: "member.invited", actor: userId, at: "2026-07-01T10:00:00Z" },
    ]);
    await record(other.scope, [{ action: "case.viewed", at: "2026-07-01T10:00:00Z", entityId: "elsewhere" }]);

    const response = await exportCsv("?action=case.&from=2026-07-01&to=2026-07-01");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="audit-trail-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    // A byte-order mark first, so Excel reads the file as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trim().split("\n");
    expect(lines[0]).toBe(AUDIT_CSV_COLUMNS.join(","));
    // The one case event on 1 July in London (11:30pm, UK time), its formula-like id kept as text.
    expect(lines.slice(1)).toEqual([
      `2026-07-01 23:30,Test administrator,${userId},case.viewed,case,'=1+2,"page: case; fields: team, stage"`,
    ]);

    const exported = await db.auditEvent.findMany({
      where: { action: "audit.exported" },
      select: { workspaceId: true, actorUserId: true, metadata: true },
    });
    expect(exported).toEqual([
      {
        workspaceId: workspace.id,
        actorUserId: userId,
        metadata: { action: "case.", from: "2026-07-01", to: "2026-07-01" },
      },
    ]);
  });

  it("is refused to anyone but an administrator, and nothing is recorded", async () => {
    for (const role of ROLES.filter((role) => role !== "administrator")) {
      const { workspace } = await signedIn(role);
      await record(workspace.scope, [{ action: "case.viewed", at: "2026-07-01T10:00:00Z" }]);
      const response = await exportCsv();
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain("case.viewed");
    }
    expect(await db.auditEvent.count({ where: { action: "audit.exported" } })).toBe(0);
  });
});
