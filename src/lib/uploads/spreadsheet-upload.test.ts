import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentSession } from "@/lib/auth/session";
import { createSpreadsheetUploadRoute, MAX_SPREADSHEET_BYTES, readSpreadsheetUpload } from "./spreadsheet-upload";

/** The shared body of the four spreadsheet import routes; only who is signed in is stood in for. */
const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentSession: async () => session.current }));

const APP = "http://localhost:3000";
beforeEach(() => {
  vi.stubEnv("APP_URL", APP);
  vi.stubEnv("DATABASE_URL", "postgresql://localhost/unused");
  vi.stubEnv("AUTH_SECRET", "x".repeat(32));
  session.current = null;
});

function post(fields: Record<string, File | string>, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return new Request(`${APP}/api/uploads/thing`, { method: "POST", body: form, headers: { origin: APP, ...headers } });
}
const csv = (text: string, name = "register.csv") => new File([text], name, { type: "text/csv" });

describe("reading a spreadsheet upload", () => {
  it("gives the rows of a CSV file under the form's field, with the file name made safe", async () => {
    const read = await readSpreadsheetUpload(
      post({ register: csv("Title,Owner\nCarers' strategy,Sam\n", "../Register 2026.csv") }),
      "register",
    );
    expect(read).toEqual({
      upload: { fileName: "Register 2026.csv", rows: [{ Title: "Carers' strategy", Owner: "Sam" }] },
    });
  });

  it("refuses a missing, empty, oversized or unreadable file with the reason the page explains", async () => {
    expect(await readSpreadsheetUpload(post({ other: csv("A\n1") }), "register")).toEqual({ refused: "no_file" });
    expect(await readSpreadsheetUpload(post({ register: "text" }), "register")).toEqual({ refused: "no_file" });
    expect(await readSpreadsheetUpload(post({ register: csv("") }), "register")).toEqual({ refused: "no_file" });
    const big = csv("A\n" + "1\n".repeat(MAX_SPREADSHEET_BYTES / 2));
    expect(await readSpreadsheetUpload(post({ register: big }), "register")).toEqual({ refused: "too_large" });
    expect(
      await readSpreadsheetUpload(
        post({ register: csv("A\n1") }, { "content-length": String(6 * 1024 * 1024) }),
        "register",
      ),
    ).toEqual({ refused: "too_large" });
    expect(await readSpreadsheetUpload(post({ register: csv("A\n1", "register.txt") }), "register")).toEqual({
      refused: "wrong_type",
    });
    const notAForm = new Request(`${APP}/api/uploads/thing`, { method: "POST", body: "register=1" });
    expect(await readSpreadsheetUpload(notAForm, "register")).toEqual({ refused: "no_file" });
  });
});

describe("a spreadsheet upload route", () => {
  const staged: unknown[] = [];
  const route = createSpreadsheetUploadRoute({
    permission: "evidence:create",
    field: "register",
    page: "/evidence/import",
    stage: async ({ member }, upload) => {
      staged.push({ workspaceId: member.workspaceId, ...upload });
      return { id: "0190f5d2-0000-7000-8000-000000000001" };
    },
  });
  const signIn = (role: "contributor" | "viewer") => {
    const scope = { workspaceId: "w1" } as never;
    session.current = {
      sessionId: "s1",
      user: { id: "u1", email: "u1@example.org", name: "U" },
      memberships: [],
      member: { membershipId: "m1", role, workspaceId: "w1", workspaceName: "Council", active: true, scope },
    };
  };

  it("stages what it read and goes to the preview, or back to the upload page with the reason", async () => {
    signIn("contributor");
    const done = await route(post({ register: csv("Title\nCarers' strategy") }), undefined);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`${APP}/evidence/import/0190f5d2-0000-7000-8000-000000000001`);
    expect(staged).toEqual([{ workspaceId: "w1", fileName: "register.csv", rows: [{ Title: "Carers' strategy" }] }]);
    const refused = await route(post({ register: csv("A\n1", "register.txt") }), undefined);
    expect(refused.headers.get("location")).toBe(`${APP}/evidence/import?error=wrong_type`);
    expect(staged).toHaveLength(1);
  });

  it("answers as every route does to a role without the permission, and stages nothing", async () => {
    signIn("viewer");
    expect((await route(post({ register: csv("Title\nA") }), undefined)).status).toBe(403);
    expect(staged).toHaveLength(1);
  });
});
