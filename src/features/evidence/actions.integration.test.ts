import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { idle } from "@/lib/actions/result";
import type { CurrentSession } from "@/lib/auth/session";
import { addDays, isoDay, ukToday } from "@/lib/calendar";
import { createMember, createWorkspace } from "../../../tests/factories";
import { formData as form, memberSession } from "../../../tests/support/actions";
import { createEvidenceAction } from "./actions";
import { listStatementEvidence } from "./data";
import { createEvidence } from "./mutations";
import { evidenceItemSchema } from "./schema";

/**
 * Adding evidence as people do, through the real pipeline and database; only who is signed in and
 * Next's page cache are stood in for.
 */
const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentSession: async () => session.current,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

beforeEach(() => {
  session.current = null;
});

const fields = (extra: Record<string, string>) => ({
  title: "Carers' survey 2026",
  kind: "feedback_or_survey",
  statementKeys: "assessing-needs",
  categories: "peoples-experience",
  ...extra,
});

describe("impossible evidence dates", () => {
  it("are refused with a message on the field, what was typed kept, and nothing written", async () => {
    const workspace = await createWorkspace();
    const member = await createMember(workspace.id, "contributor");
    session.current = memberSession(workspace, member, "contributor");
    const tomorrow = isoDay(addDays(ukToday(new Date()), 1));

    const future = await createEvidenceAction(idle, form(fields({ evidenceDate: tomorrow })));
    expect(future).toMatchObject({
      status: "error",
      fieldErrors: {
        evidenceDate: "The date the evidence is from cannot be in the future: enter today's date or earlier",
      },
      values: { title: "Carers' survey 2026", evidenceDate: tomorrow },
    });

    const reviewFirst = await createEvidenceAction(
      idle,
      form(fields({ evidenceDate: "2026-03-14", reviewBy: "2026-01-31" })),
    );
    expect(reviewFirst).toMatchObject({
      status: "error",
      fieldErrors: { reviewBy: "The review-by date must be on or after the date the evidence is from" },
    });
    expect(await db.evidenceItem.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });
});

describe("a statement's evidence", () => {
  it("lists the items linked to it by title, newest evidence first, and not others' or hidden ones", async () => {
    const workspace = await createWorkspace();
    const other = await createWorkspace();
    const member = await createMember(workspace.id, "contributor");
    const actor = { userId: member.userId };
    const add = (scope: typeof workspace.scope, title: string, extra: Record<string, unknown> = {}) =>
      createEvidence(
        scope,
        actor,
        evidenceItemSchema.parse({
          title,
          kind: "document",
          statementKeys: ["safeguarding"],
          categories: ["processes"],
          ...extra,
        }),
      );
    const older = await add(workspace.scope, "Section 42 audit 2025", { evidenceDate: "2025-06-01" });
    const newer = await add(workspace.scope, "Section 42 audit 2026", { evidenceDate: "2026-06-01" });
    await add(workspace.scope, "Named safeguarding case review", { containsPersonalData: "yes" });
    await add(workspace.scope, "Assessment waiting times", { statementKeys: ["assessing-needs"] });
    await add(other.scope, "Another council's audit");

    const seen = await listStatementEvidence(workspace.scope, "safeguarding", {
      userId: member.userId,
      maySeeSensitive: false,
    });
    expect(seen.items.map((item) => [item.id, item.title])).toEqual([
      [newer.id, "Section 42 audit 2026"],
      [older.id, "Section 42 audit 2025"],
    ]);
    expect(seen.total).toBe(2);
    const all = await listStatementEvidence(workspace.scope, "safeguarding", {
      userId: member.userId,
      maySeeSensitive: true,
    });
    expect(all.total).toBe(3);
  });
});
