import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { idle } from "@/lib/actions/result";
import type { Role } from "@/lib/authz/permissions";
import type { CurrentSession } from "@/lib/auth/session";
import { createMember, createWorkspace } from "../../../tests/factories";
import { formData as form, memberSession, redirectOf } from "../../../tests/support/actions";
import { convertGoodPracticeAction, updateGoodPracticeAction } from "./actions";
import { createEntry } from "./mutations";
import { entrySchema } from "./schema";

/**
 * The actions as people use them: the real pipeline (permission, zod, row rule) and database;
 * only the request boundary (who is signed in) and Next's page cache are stood in for.
 */
const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentSession: async () => session.current,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Workspace = Awaited<ReturnType<typeof createWorkspace>>;

async function signedInAs(workspace: Workspace, role: Role) {
  const member = await createMember(workspace.id, role);
  session.current = memberSession(workspace, member, role);
  return member;
}

async function anEntry(workspace: Workspace) {
  const author = await createMember(workspace.id, "team_manager");
  const entry = entrySchema.parse({
    kind: "good_practice",
    title: "Carers' breaks",
    description: "Carers booked breaks online.",
    team: "Carers",
    statementKeys: ["supporting-healthier-lives"],
  });
  return (await createEntry(workspace.scope, { userId: author.userId }, entry)).id;
}

beforeEach(() => {
  session.current = null;
});

describe("adding an entry to the evidence library, through its action", () => {
  it("works for a contributor", async () => {
    const workspace = await createWorkspace();
    const id = await anEntry(workspace);
    await signedInAs(workspace, "contributor");
    expect(
      await redirectOf(convertGoodPracticeAction(idle, form({ entryId: id, categoryKey: "peoples-experience" }))),
    ).toBe(`/good-practice/${id}?saved=converted`);
    expect(
      await db.evidenceItem.count({ where: { workspaceId: workspace.id, categories: { has: "peoples-experience" } } }),
    ).toBe(1);
  });

  it("is refused to a team manager, and nothing is written", async () => {
    const workspace = await createWorkspace();
    const id = await anEntry(workspace);
    await signedInAs(workspace, "team_manager");
    const result = await convertGoodPracticeAction(idle, form({ entryId: id, categoryKey: "peoples-experience" }));
    expect(result).toMatchObject({ status: "error", formError: expect.stringMatching(/do not have permission/) });
    expect(await db.evidenceItem.count()).toBe(0);
    expect(
      (await db.goodPracticeEntry.findUniqueOrThrow({ where: { id }, select: { evidenceItemId: true } }))
        .evidenceItemId,
    ).toBeNull();
  });

  it("sends a second attempt to the entry's page, which links to the item, writing nothing", async () => {
    const workspace = await createWorkspace();
    const id = await anEntry(workspace);
    await signedInAs(workspace, "readiness_lead");
    await redirectOf(convertGoodPracticeAction(idle, form({ entryId: id, categoryKey: "processes" })));
    expect(await redirectOf(convertGoodPracticeAction(idle, form({ entryId: id, categoryKey: "processes" })))).toBe(
      `/good-practice/${id}?saved=already`,
    );
    expect(await db.evidenceItem.count()).toBe(1);
  });
});

describe("changing an entry, through its action", () => {
  const change = async (id: string, title: string) => {
    const { updatedAt } = await db.goodPracticeEntry.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
    return form({
      id,
      expectedUpdatedAt: updatedAt.toISOString(),
      kind: "challenge",
      title,
      description: "Carers could not book breaks online.",
      statementKeys: ["supporting-healthier-lives"],
    });
  };

  it("keeps what was typed and says why when the user may not change it", async () => {
    const workspace = await createWorkspace();
    const id = await anEntry(workspace);
    await signedInAs(workspace, "contributor");
    const result = await updateGoodPracticeAction(idle, await change(id, "Not mine to change"));
    expect(result).toMatchObject({
      status: "error",
      formError: expect.stringContaining("Only the person who recorded this entry"),
      values: { title: "Not mine to change" },
    });
    expect((await db.goodPracticeEntry.findUniqueOrThrow({ where: { id }, select: { title: true } })).title).toBe(
      "Carers' breaks",
    );
  });

  it("lets a readiness lead change anyone's entry", async () => {
    const workspace = await createWorkspace();
    const id = await anEntry(workspace);
    await signedInAs(workspace, "readiness_lead");
    expect(await redirectOf(updateGoodPracticeAction(idle, await change(id, "Carers' breaks: the gaps")))).toBe(
      `/good-practice/${id}?saved=updated`,
    );
    expect(
      await db.goodPracticeEntry.findUniqueOrThrow({ where: { id }, select: { title: true, kind: true } }),
    ).toEqual({ title: "Carers' breaks: the gaps", kind: "challenge" });
  });
});
