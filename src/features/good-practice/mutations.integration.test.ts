import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getEvidenceItem } from "@/features/evidence/data";
import { createMember, createWorkspace } from "../../../tests/factories";
import { sql } from "../../../tests/support/db";
import { getEntry, listEntries, listEntryTeams } from "./data";
import { convertToEvidence, createEntry, updateEntry } from "./mutations";
import { entryEditor } from "./policy";
import { entryQuerySchema, entrySchema } from "./schema";

async function setting() {
  const workspace = await createWorkspace();
  const [lead, contributor, manager, director] = await Promise.all(
    (["readiness_lead", "contributor", "team_manager", "director"] as const).map((role) =>
      createMember(workspace.id, role),
    ),
  );
  const editor = (member: { userId: string }, role: "readiness_lead" | "contributor" | "team_manager" | "director") =>
    entryEditor(member.userId, { role, active: true });
  return {
    scope: workspace.scope,
    lead: { userId: lead!.userId },
    contributor: { userId: contributor!.userId },
    manager: { userId: manager!.userId },
    director: { userId: director!.userId },
    as: {
      lead: editor(lead!, "readiness_lead"),
      contributor: editor(contributor!, "contributor"),
      manager: editor(manager!, "team_manager"),
      director: editor(director!, "director"),
    },
  };
}

const anEntry = (fields: Record<string, unknown> = {}) =>
  entrySchema.parse({
    kind: "good_practice",
    title: "Same-day discharge support",
    description: "Hospital team and reablement met every morning, so people went home the day they were ready.",
    team: "Hospital discharge",
    statementKeys: ["safe-systems-pathways-transitions", "care-provision-integration-continuity"],
    ...fields,
  });

const change = async (scope: Parameters<typeof getEntry>[0], id: string, fields: Record<string, unknown> = {}) => {
  const saved = await getEntry(scope, id);
  return { ...anEntry(fields), id, expectedUpdatedAt: saved!.updatedAt.toISOString() };
};

// Events written in one transaction share its timestamp, so they are compared in name order.
const auditActions = async () =>
  (await db.auditEvent.findMany({ select: { action: true } })).map((event) => event.action).sort();

describe("the good practice log", () => {
  it("records an entry with its statements in the framework's order, and finds it by its filters", async () => {
    const { scope, manager } = await setting();
    const { id } = await createEntry(scope, manager, anEntry());
    await createEntry(
      scope,
      manager,
      anEntry({
        kind: "challenge",
        title: "Waiting for OT assessments",
        team: "Occupational therapy",
        statementKeys: [],
      }),
    );

    expect(await getEntry(scope, id)).toMatchObject({
      kind: "good_practice",
      title: "Same-day discharge support",
      team: "Hospital discharge",
      statementKeys: ["care-provision-integration-continuity", "safe-systems-pathways-transitions"],
      authorId: manager.userId,
      author: "Test team_manager",
      evidenceItemId: null,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "good_practice.created", entityId: id },
      select: { entityType: true, actorUserId: true, metadata: true },
    });
    expect(event).toEqual({
      entityType: "good_practice",
      actorUserId: manager.userId,
      metadata: { kind: "good_practice", statements: 2 },
    });

    const bySafeSystems = await listEntries(
      scope,
      entryQuerySchema.parse({ statement: "safe-systems-pathways-transitions" }),
    );
    expect(bySafeSystems.entries.map((entry) => entry.id)).toEqual([id]);
    expect(
      (await listEntries(scope, entryQuerySchema.parse({ kind: "challenge" }))).entries.map((entry) => entry.title),
    ).toEqual(["Waiting for OT assessments"]);
    expect(
      (await listEntries(scope, entryQuerySchema.parse({ team: "Hospital discharge", converted: "no" }))).total,
    ).toBe(1);
    expect((await listEntries(scope, entryQuerySchema.parse({ converted: "yes" }))).total).toBe(0);
    expect(await listEntryTeams(scope)).toEqual(["Hospital discharge", "Occupational therapy"]);
  });

  it("refuses a quality statement that is not in the framework, writing nothing", async () => {
    const { scope, manager } = await setting();
    await expect(
      createEntry(scope, manager, anEntry({ statementKeys: ["safeguarding", "not-a-statement"] })),
    ).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { statementKeys: "Select quality statements from the list" },
    });
    expect(await db.goodPracticeEntry.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("is changed only by its author or a readiness lead, never over someone else's newer save", async () => {
    const { scope, manager, as } = await setting();
    const { id } = await createEntry(scope, manager, anEntry());

    await expect(
      updateEntry(scope, as.contributor, await change(scope, id, { title: "Not mine" })),
    ).rejects.toMatchObject({ code: "forbidden", message: expect.stringContaining("Only the person who recorded") });
    await expect(updateEntry(scope, as.director, await change(scope, id, { title: "Not mine" }))).rejects.toMatchObject(
      { code: "forbidden" },
    );
    expect((await getEntry(scope, id))!.title).toBe("Same-day discharge support");

    const opened = await change(scope, id);
    await updateEntry(
      scope,
      as.manager,
      await change(scope, id, { title: "Same-day discharge", statementKeys: ["safeguarding"] }),
    );
    await updateEntry(
      scope,
      as.lead,
      await change(scope, id, { title: "Same-day discharge (checked)", statementKeys: ["safeguarding"] }),
    );
    expect(await getEntry(scope, id)).toMatchObject({
      title: "Same-day discharge (checked)",
      statementKeys: ["safeguarding"],
    });
    // A form opened before those saves does not overwrite them.
    await expect(updateEntry(scope, as.manager, { ...opened, title: "Old text" })).rejects.toMatchObject({
      code: "stale",
    });
    expect((await getEntry(scope, id))!.title).toBe("Same-day discharge (checked)");
    expect(await auditActions()).toEqual(["good_practice.created", "good_practice.updated", "good_practice.updated"]);
  });

  it("becomes a draft evidence item mapped to its statements and the chosen category, linked to the entry", async () => {
    const { scope, manager, contributor, lead } = await setting();
    const { id } = await createEntry(scope, manager, anEntry());
    const { evidenceItemId } = await convertToEvidence(scope, contributor, {
      entryId: id,
      statementKeys: [],
      categoryKey: "processes",
      title: "",
    });

    const item = await getEvidenceItem(scope, evidenceItemId, { userId: lead.userId, maySeeSensitive: true });
    expect(item).toMatchObject({
      title: "Same-day discharge support",
      storedStatus: "draft",
      kind: "case_study",
      ownerId: contributor.userId,
      sourceTeam: "Hospital discharge",
      categories: ["processes"],
    });
    expect(item!.statements.map((statement) => statement.key).sort()).toEqual([
      "care-provision-integration-continuity",
      "safe-systems-pathways-transitions",
    ]);
    expect(item!.description).toMatch(/^Hospital team and reablement met every morning/);
    expect(item!.description).toContain("Recorded in the good practice log as good practice on");
    expect(item!.description).toContain("Team: Hospital discharge.");

    const entry = await getEntry(scope, id);
    expect(entry).toMatchObject({ evidenceItemId });
    expect(entry!.convertedAt).toBeInstanceOf(Date);
    expect(
      (await listEntries(scope, entryQuerySchema.parse({ converted: "yes" }))).entries.map((row) => row.evidenceItemId),
    ).toEqual([evidenceItemId]);
    const converted = await db.auditEvent.findFirstOrThrow({
      where: { action: "good_practice.converted" },
      select: { entityType: true, entityId: true, actorUserId: true, metadata: true },
    });
    expect(converted).toEqual({
      entityType: "good_practice",
      entityId: id,
      actorUserId: contributor.userId,
      metadata: { evidenceItemId, category: "processes" },
    });
    expect(await auditActions()).toEqual(["evidence.created", "good_practice.converted", "good_practice.created"]);
  });

  it("takes the title given for the evidence library", async () => {
    const { scope, manager, lead } = await setting();
    const { id } = await createEntry(scope, manager, anEntry());
    const { evidenceItemId } = await convertToEvidence(scope, lead, {
      entryId: id,
      statementKeys: [],
      categoryKey: "peoples-experience",
      title: "Discharge: people home the day they are ready",
    });
    expect(
      (await db.evidenceItem.findUniqueOrThrow({ where: { id: evidenceItemId }, select: { title: true } })).title,
    ).toBe("Discharge: people home the day they are ready");
  });

  it("writes the evidence item and the link together, or neither", async () => {
    const { scope, manager, contributor } = await setting();
    const { id } = await createEntry(scope, manager, anEntry());
    // Make the last step (linking the entry) fail, after the evidence item has been inserted.
    await sql(
      `CREATE FUNCTION refuse_link() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'link refused'; END $$`,
    );
    await sql(
      `CREATE TRIGGER refuse_link BEFORE UPDATE ON "GoodPracticeEntry" FOR EACH ROW EXECUTE FUNCTION refuse_link()`,
    );
    try {
      await expect(
        convertToEvidence(scope, contributor, { entryId: id, statementKeys: [], categoryKey: "processes", title: "" }),
      ).rejects.toThrow(/link refused/);
    } finally {
      await sql(`DROP TRIGGER refuse_link ON "GoodPracticeEntry"`);
      await sql(`DROP FUNCTION refuse_link()`);
    }
    expect(await db.evidenceItem.count()).toBe(0);
    expect(await db.evidenceItemStatement.count()).toBe(0);
    expect((await getEntry(scope, id))!.evidenceItemId).toBeNull();
    expect(await auditActions()).toEqual(["good_practice.created"]);
  });

  it("is added once: a second attempt, even at the same moment, is refused and writes nothing", async () => {
    const { scope, manager, contributor, lead } = await setting();
    const { id } = await createEntry(scope, manager, anEntry());
    const attempts = await Promise.allSettled([
      convertToEvidence(scope, contributor, { entryId: id, statementKeys: [], categoryKey: "processes", title: "" }),
      convertToEvidence(scope, lead, { entryId: id, statementKeys: [], categoryKey: "partners", title: "" }),
    ]);
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    expect(attempts.find((attempt) => attempt.status === "rejected")).toMatchObject({
      reason: { code: "conflict", message: "This entry is already in the evidence library." },
    });
    expect(await db.evidenceItem.count()).toBe(1);

    const events = await db.auditEvent.count();
    await expect(
      convertToEvidence(scope, lead, { entryId: id, statementKeys: [], categoryKey: "processes", title: "" }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await db.evidenceItem.count()).toBe(1);
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("cannot be changed once it is in the evidence library, even by its author or a lead", async () => {
    const { scope, manager, contributor, as } = await setting();
    const { id } = await createEntry(scope, manager, anEntry());
    await convertToEvidence(scope, contributor, {
      entryId: id,
      statementKeys: [],
      categoryKey: "processes",
      title: "",
    });
    for (const editor of [as.manager, as.lead]) {
      await expect(updateEntry(scope, editor, await change(scope, id, { title: "Too late" }))).rejects.toMatchObject({
        code: "conflict",
        message: expect.stringContaining("already in the evidence library, so it can no longer be changed here"),
      });
    }
    expect((await getEntry(scope, id))!.title).toBe("Same-day discharge support");
  });

  it("asks for quality statements when the entry names none, and refuses a category CQC does not use for councils", async () => {
    const { scope, manager, lead } = await setting();
    const none = await createEntry(scope, manager, anEntry({ statementKeys: [] }));
    await expect(
      convertToEvidence(scope, lead, { entryId: none.id, statementKeys: [], categoryKey: "processes", title: "" }),
    ).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { statementKeys: expect.stringContaining("Select the quality statements it supports") },
    });
    await expect(
      convertToEvidence(scope, lead, {
        entryId: none.id,
        statementKeys: ["not-a-statement"],
        categoryKey: "processes",
        title: "",
      }),
    ).rejects.toMatchObject({ code: "invalid" });
    expect((await getEntry(scope, none.id))!.statementKeys).toEqual([]);
    const some = await createEntry(scope, manager, anEntry());
    await expect(
      convertToEvidence(scope, lead, { entryId: some.id, statementKeys: [], categoryKey: "observation", title: "" }),
    ).rejects.toMatchObject({ fieldErrors: { categoryKey: "Select the evidence category" } });
    expect(await db.evidenceItem.count()).toBe(0);
    expect((await getEntry(scope, some.id))!.evidenceItemId).toBeNull();

    // Chosen while adding it: the item supports them, and the entry now names them too.
    const { evidenceItemId } = await convertToEvidence(scope, lead, {
      entryId: none.id,
      statementKeys: ["safeguarding", "assessing-needs"],
      categoryKey: "processes",
      title: "",
    });
    expect((await getEntry(scope, none.id))!.statementKeys).toEqual(["assessing-needs", "safeguarding"]);
    const item = await db.evidenceItem.findUniqueOrThrow({
      where: { id: evidenceItemId },
      select: { statements: { select: { qualityStatement: { select: { key: true } } } } },
    });
    expect(item.statements.map((link) => link.qualityStatement.key).sort()).toEqual([
      "assessing-needs",
      "safeguarding",
    ]);
  });

  it("keeps each council's entries to itself: another council's entry is not found", async () => {
    const { scope, manager } = await setting();
    const { id } = await createEntry(scope, manager, anEntry());
    const other = await createWorkspace("Another Council");
    const otherLead = await createMember(other.id, "readiness_lead");
    const otherEditor = entryEditor(otherLead.userId, { role: "readiness_lead", active: true });

    expect(await getEntry(other.scope, id)).toBeNull();
    expect((await listEntries(other.scope, entryQuerySchema.parse({}))).total).toBe(0);
    await expect(
      updateEntry(other.scope, otherEditor, { ...(await change(scope, id)), title: "Taken over" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      convertToEvidence(
        other.scope,
        { userId: otherLead.userId },
        { entryId: id, statementKeys: [], categoryKey: "processes", title: "" },
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await db.evidenceItem.count()).toBe(0);
    expect(await getEntry(scope, id)).toMatchObject({ title: "Same-day discharge support", evidenceItemId: null });
  });
});
