import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addDays, isoDay, ukToday } from "@/lib/calendar";
import type { CurrentSession } from "@/lib/auth/session";
import { keptInputFrom } from "@/lib/http/kept-input";
import { createMember, createWorkspace } from "../../../tests/factories";
import { memberSession } from "../../../tests/support/actions";
import { createRequest } from "./mutations";
import { createRequestSchema } from "./schema";
import { uploadRequestAnswer } from "./routes";

/**
 * Answering a request with a file is a plain form post to a route handler, which sends the person
 * back to the request page. What they typed (the title and note may name people) must come back to
 * the form without passing through the address, where it would stay in history, proxy logs and
 * the Referer of the next link followed.
 */
const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentSession: async () => session.current,
}));

const OWN = "http://localhost:3000";
let storageDir = "";
beforeAll(async () => {
  storageDir = await mkdtemp(path.join(os.tmpdir(), "request-routes-"));
  process.env.STORAGE_DIR = storageDir;
});
afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

async function openRequest() {
  const workspace = await createWorkspace();
  const lead = await createMember(workspace.id, "readiness_lead");
  const manager = await createMember(workspace.id, "team_manager");
  const { id } = await createRequest(
    workspace.scope,
    { userId: lead.userId },
    createRequestSchema.parse({
      askWho: "member",
      assigneeId: manager.userId,
      target: "statement:safeguarding",
      categoryKey: "peoples-experience",
      dueDate: isoDay(addDays(ukToday(new Date()), 14)),
    }),
    { mayInvite: false },
  );
  session.current = memberSession(workspace, manager, "team_manager");
  return id;
}

function answer(id: string, fields: Record<string, string>, file: File) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set("file", file);
  return uploadRequestAnswer(
    new Request(`${OWN}/api/uploads/requests/${id}`, { method: "POST", body: form, headers: { origin: OWN } }),
    {
      params: Promise.resolve({ id }),
    },
  );
}

const typed = {
  title: "Mrs Okafor's carers assessment review",
  note: "Pages 3–4 cover the safeguarding plan agreed with her son",
  containsPersonalData: "yes",
};

describe("a refused answer upload", () => {
  it("sends the person back without what they typed in the address, and keeps it for the form", async () => {
    const id = await openRequest();
    const response = await answer(
      id,
      typed,
      new File(["MZ this is a program"], "review.pdf", { type: "application/pdf" }),
    );
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe(`/requests/${id}`);
    expect([...location.searchParams.keys()]).toEqual(["answer-error"]);
    expect(decodeURIComponent(location.href)).not.toMatch(/Okafor|safeguarding plan/);

    const cookies = response.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) {
      expect(cookie).toMatch(new RegExp(`Path=/requests/${id};`));
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Max-Age=\d+/);
    }
    expect(keptInputFrom(cookies.map((cookie) => cookie.split(";")[0]!))).toEqual(typed);
  });

  it("keeps a long note in any script whole", async () => {
    const id = await openRequest();
    const long = { title: "评估".repeat(100), note: "护理评估记录".repeat(166) + "护理评估" };
    const response = await answer(id, long, new File([""], "empty.txt", { type: "text/plain" }));
    const cookies = response.headers.getSetCookie();
    for (const cookie of cookies) expect(cookie.split(";")[0]!.length).toBeLessThanOrEqual(4096);
    expect(keptInputFrom(cookies.map((cookie) => cookie.split(";")[0]!))).toEqual(long);
  });

  it("forgets what was kept once the answer is uploaded", async () => {
    const id = await openRequest();
    const response = await answer(
      id,
      { title: "Carers feedback" },
      new File(["Question,Answer\nQuick?,Yes\n"], "feedback.csv", { type: "text/csv" }),
    );
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get("location")!).search).not.toMatch(/title|note/);
    const cookies = response.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) expect(cookie).toMatch(/Max-Age=0/);
  });
});
