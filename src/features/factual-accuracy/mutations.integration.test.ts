import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMember, createWorkspace } from "../../../tests/factories";
import { getPoint, listEvidenceChoices, listPoints } from "./data";
import { addPoint, setOutcome, updatePoint } from "./mutations";
import { outcomeSchema, pointSchema, updatePointSchema } from "./schema";

const everything = { userId: "", maySeeSensitive: true };
const noPersonalData = { userId: "", maySeeSensitive: false };

async function evidence(
  workspaceId: string,
  createdById: string,
  title: string,
  fields: { status?: "draft" | "ready" | "approved"; containsPersonalData?: boolean } = {},
) {
  return db.evidenceItem.create({
    data: {
      workspaceId,
      title,
      kind: "document",
      createdById,
      status: fields.status ?? "ready",
      containsPersonalData: fields.containsPersonalData ?? false,
    },
    select: { id: true },
  });
}

async function setting() {
  const workspace = await createWorkspace();
  const lead = await createMember(workspace.id, "readiness_lead");
  const waiting = await evidence(workspace.id, lead.userId, "Waiting times report");
  const survey = await evidence(workspace.id, lead.userId, "Carers survey 2026", { status: "approved" });
  return { workspace, scope: workspace.scope, lead: { userId: lead.userId }, waiting, survey };
}

const aPoint = (fields: Record<string, unknown> = {}) =>
  pointSchema.parse({
    reference: "Page 12, paragraph 3",
    draftText: "Waits for assessment average 12 weeks.",
    correction: "The average is 6 weeks (Q2 2026).",
    ...fields,
  });

describe("factual accuracy points", () => {
  it("adds a point with evidence, edits it, and refuses an edit from an older version", async () => {
    const { scope, lead, workspace, waiting, survey } = await setting();
    const { id } = await addPoint(scope, lead, everything, aPoint({ evidenceIds: [waiting.id, waiting.id] }));
    expect(await getPoint(scope, id)).toMatchObject({ evidenceIds: [waiting.id], outcome: "pending", version: 1 });

    await updatePoint(
      scope,
      lead,
      everything,
      updatePointSchema.parse({
        ...aPoint(),
        id,
        expectedVersion: "1",
        evidenceIds: [waiting.id, survey.id],
        correction: "Six weeks",
      }),
    );
    expect(await getPoint(scope, id)).toMatchObject({ correction: "Six weeks", version: 2 });
    expect((await getPoint(scope, id))!.evidenceIds.sort()).toEqual([waiting.id, survey.id].sort());

    // Someone else's tab still has version 1.
    await expect(
      updatePoint(
        scope,
        lead,
        everything,
        updatePointSchema.parse({ ...aPoint(), id, expectedVersion: "1", correction: "Old text" }),
      ),
    ).rejects.toMatchObject({ code: "stale" });
    await expect(
      setOutcome(scope, lead, outcomeSchema.parse({ id, expectedVersion: "1", outcome: "accepted" })),
    ).rejects.toMatchObject({ code: "stale" });
    expect((await getPoint(scope, id))!.correction).toBe("Six weeks");

    await setOutcome(
      scope,
      lead,
      outcomeSchema.parse({
        id,
        expectedVersion: "2",
        outcome: "partly_accepted",
        outcomeNote: "CQC changed the figure, not the wording",
      }),
    );
    expect(await getPoint(scope, id)).toMatchObject({
      outcome: "partly_accepted",
      outcomeNote: "CQC changed the figure, not the wording",
      version: 3,
    });

    const trail = await db.auditEvent.findMany({
      where: { workspaceId: workspace.id, action: { startsWith: "factual_accuracy." } },
      orderBy: { createdAt: "asc" },
      select: { action: true, entityId: true, metadata: true },
    });
    expect(trail).toEqual([
      { action: "factual_accuracy.point_added", entityId: id, metadata: { evidence: 1 } },
      { action: "factual_accuracy.point_updated", entityId: id, metadata: { evidence: 2 } },
      { action: "factual_accuracy.outcome_set", entityId: id, metadata: { outcome: "partly_accepted" } },
    ]);
    // What the council wrote stays out of the audit log.
    expect(JSON.stringify(trail)).not.toContain("weeks");
  });

  it("refuses evidence from another council, drafts, and items the user may not see", async () => {
    const { scope, lead, workspace, waiting } = await setting();
    const other = await setting();
    const draft = await evidence(workspace.id, lead.userId, "Draft strategy", { status: "draft" });
    const personal = await evidence(workspace.id, lead.userId, "Case file extract", { containsPersonalData: true });

    for (const [viewer, evidenceIds] of [
      [everything, [waiting.id, other.waiting.id]],
      [everything, [draft.id]],
      [noPersonalData, [personal.id]],
    ] as const) {
      await expect(addPoint(scope, lead, viewer, aPoint({ evidenceIds }))).rejects.toMatchObject({
        code: "invalid",
        fieldErrors: { evidenceIds: expect.any(String) },
      });
    }
    expect(await listPoints(scope)).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: { startsWith: "factual_accuracy." } } })).toBe(0);

    // Another council's point is simply not found.
    const { id } = await addPoint(other.scope, other.lead, everything, aPoint());
    await expect(updatePoint(scope, lead, everything, { ...aPoint(), id, expectedVersion: 1 })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      setOutcome(scope, lead, { id, expectedVersion: 1, outcome: "accepted", outcomeNote: "" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await getPoint(scope, id)).toBeNull();
    expect(await getPoint(other.scope, id)).toMatchObject({ outcome: "pending", version: 1 });
  });

  it("keeps evidence an editor cannot see when they save", async () => {
    const { scope, lead, workspace, waiting } = await setting();
    const personal = await evidence(workspace.id, lead.userId, "Case file extract", { containsPersonalData: true });
    const { id } = await addPoint(scope, lead, everything, aPoint({ evidenceIds: [personal.id] }));
    await updatePoint(
      scope,
      lead,
      noPersonalData,
      updatePointSchema.parse({ ...aPoint(), id, expectedVersion: "1", evidenceIds: [waiting.id] }),
    );
    expect((await getPoint(scope, id))!.evidenceIds.sort()).toEqual([personal.id, waiting.id].sort());
  });

  it("offers ready and approved evidence by title, and keeps chosen items on offer", async () => {
    const { scope, lead, workspace, waiting, survey } = await setting();
    const draft = await evidence(workspace.id, lead.userId, "Draft strategy", { status: "draft" });
    const other = await setting();
    const all = await listEvidenceChoices(scope, everything, undefined, []);
    expect(all.choices.map((item) => item.id).sort()).toEqual([waiting.id, survey.id].sort());
    const filtered = await listEvidenceChoices(scope, everything, "CARERS", [waiting.id]);
    expect(filtered.choices.map((item) => item.title)).toEqual(["Waiting times report", "Carers survey 2026"]);
    expect(
      (await listEvidenceChoices(scope, everything, undefined, [draft.id, other.waiting.id])).choices.map(
        (item) => item.id,
      ),
    ).not.toContain(other.waiting.id);
  });
});
