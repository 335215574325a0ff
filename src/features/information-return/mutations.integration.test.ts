import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMember, createWorkspace } from "../../../tests/factories";
import { createEvidence } from "@/features/evidence/mutations";
import { evidenceItemSchema } from "@/features/evidence/schema";
import { getInformationReturn, getInformationReturnItem, getPackContents } from "./data";
import {
  linkEvidence,
  setNotificationDate,
  startInformationReturn,
  unlinkEvidence,
  updateInformationReturnItem,
} from "./mutations";

async function setting() {
  const workspace = await createWorkspace();
  const lead = await createMember(workspace.id, "readiness_lead");
  return { scope: workspace.scope, actor: { userId: lead.userId } };
}

describe("the information return workbench", () => {
  it("starts from the standard list once, with every item due three weeks after notification", async () => {
    const { scope, actor } = await setting();
    expect(await startInformationReturn(scope, actor)).toEqual({ added: 24 });
    await expect(startInformationReturn(scope, actor)).rejects.toMatchObject({ code: "conflict" });
    await setNotificationDate(scope, actor, "2026-11-02");
    const { items } = await getInformationReturn(scope);
    expect(items).toHaveLength(24);
    expect(items.every((item) => item.due?.toISOString().startsWith("2026-11-23"))).toBe(true);
  });

  it("assigns, dates and links evidence with a pointer, and only within the council", async () => {
    const { scope, actor } = await setting();
    await startInformationReturn(scope, actor);
    const [first] = (await getInformationReturn(scope)).items;
    const evidence = await createEvidence(
      scope,
      actor,
      evidenceItemSchema.parse({
        title: "Strategy 2026",
        kind: "document",
        statementKeys: ["governance-management-sustainability"],
        categories: ["processes"],
      }),
    );
    await updateInformationReturnItem(scope, actor, {
      id: first!.id,
      ownerId: actor.userId,
      status: "in_progress",
      dueDate: "2026-11-16",
      notes: "Ask finance",
    });
    await linkEvidence(scope, actor, { itemId: first!.id, evidenceItemId: evidence.id, pointer: "section 3" });
    const item = await getInformationReturnItem(scope, first!.id, { maySeeSensitive: true });
    expect(item).toMatchObject({
      status: "in_progress",
      notes: "Ask finance",
      evidence: [{ id: evidence.id, pointer: "section 3" }],
    });
    expect(item!.due?.toISOString().startsWith("2026-11-16")).toBe(true);
    expect((await getPackContents(scope))[0]!.evidence).toHaveLength(1);

    const other = await createWorkspace("Another Council");
    const theirs = await createEvidence(
      other.scope,
      actor,
      evidenceItemSchema.parse({
        title: "Not yours",
        kind: "document",
        statementKeys: ["safeguarding"],
        categories: ["processes"],
      }),
    );
    await expect(
      linkEvidence(scope, actor, { itemId: first!.id, evidenceItemId: theirs.id, pointer: "" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await unlinkEvidence(scope, actor, { itemId: first!.id, evidenceItemId: evidence.id });
    expect(await db.informationReturnEvidence.count()).toBe(0);
  });
});
