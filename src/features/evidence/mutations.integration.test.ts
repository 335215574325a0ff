import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMember, createWorkspace } from "../../../tests/factories";
import { countCoverage, getEvidenceItem, listEvidence } from "./data";
import { createEvidence, updateEvidence } from "./mutations";
import { linkEvidence, startInformationReturn } from "@/features/information-return/mutations";
import { evidenceItemSchema, evidenceQuerySchema } from "./schema";

async function setting() {
  const workspace = await createWorkspace();
  const contributor = await createMember(workspace.id, "contributor");
  return {
    workspace,
    scope: workspace.scope,
    actor: { userId: contributor.userId },
    viewer: { userId: contributor.userId, maySeeSensitive: true },
  };
}

const item = (fields: Record<string, unknown> = {}) =>
  evidenceItemSchema.parse({
    title: "Section 42 audit 2026",
    kind: "document",
    statementKeys: ["safeguarding"],
    categories: ["processes"],
    ...fields,
  });

const query = (fields: Record<string, string> = {}) => evidenceQuerySchema.parse(fields);

describe("the evidence library", () => {
  it("adds an item mapped to statements and categories, and records it in the audit trail", async () => {
    const { scope, actor, viewer } = await setting();
    const { id } = await createEvidence(
      scope,
      actor,
      item({ statementKeys: ["safeguarding", "assessing-needs"], tags: "audit, board", ownerId: actor.userId }),
    );
    const saved = await getEvidenceItem(scope, id, viewer);
    expect(saved).toMatchObject({
      title: "Section 42 audit 2026",
      categories: ["processes"],
      tags: ["audit", "board"],
      status: "draft",
      version: 1,
    });
    expect(saved!.statements.map((statement) => statement.key)).toEqual(["assessing-needs", "safeguarding"]);
    expect(await db.auditEvent.count({ where: { action: "evidence.created", entityId: id } })).toBe(1);
  });

  it("maps an item to I statements and information return items, keeping pointers of links it keeps", async () => {
    const { scope, actor, viewer } = await setting();
    await startInformationReturn(scope, actor);
    const [first, second, third] = await db.informationReturnItem.findMany({
      where: { workspaceId: scope.workspaceId },
      orderBy: { position: "asc" },
      take: 3,
      select: { id: true },
    });
    const { id } = await createEvidence(
      scope,
      actor,
      item({ iStatementKeys: ["I2", "I1"], returnItemIds: [first!.id, second!.id] }),
    );
    await linkEvidence(scope, actor, { itemId: first!.id, evidenceItemId: id, pointer: "pages 4-6" });

    await updateEvidence(scope, actor, {
      ...item({ iStatementKeys: ["I1"], returnItemIds: [first!.id, third!.id] }),
      id,
      expectedVersion: 1,
    });
    const saved = await getEvidenceItem(scope, id, viewer);
    expect(saved!.iStatements.map((statement) => statement.key)).toEqual(["I1"]);
    expect(saved!.returnItems.map((returnItem) => [returnItem.id, returnItem.pointer])).toEqual([
      [first!.id, "pages 4-6"],
      [third!.id, ""],
    ]);

    const other = await createWorkspace("Another Council");
    const otherLead = await createMember(other.id, "readiness_lead");
    await startInformationReturn(other.scope, { userId: otherLead.userId });
    const theirs = await db.informationReturnItem.findFirstOrThrow({
      where: { workspaceId: other.id },
      select: { id: true },
    });
    await expect(createEvidence(scope, actor, item({ returnItemIds: [theirs.id] }))).rejects.toMatchObject({
      fieldErrors: { returnItemIds: expect.any(String) },
    });
    await expect(createEvidence(scope, actor, item({ iStatementKeys: ["I99"] }))).rejects.toMatchObject({
      fieldErrors: { iStatementKeys: expect.any(String) },
    });
  });

  it("refuses statements and categories that are not in the framework, and writes nothing", async () => {
    const { scope, actor } = await setting();
    await expect(createEvidence(scope, actor, item({ statementKeys: ["not-a-statement"] }))).rejects.toMatchObject({
      fieldErrors: { statementKeys: expect.any(String) },
    });
    await expect(createEvidence(scope, actor, item({ categories: ["observation"] }))).rejects.toMatchObject({
      fieldErrors: { categories: expect.any(String) },
    });
    expect(await db.evidenceItem.count()).toBe(0);
  });

  it("finds items by full-text search, filters, sorts and pages in SQL", async () => {
    const { scope, actor, viewer } = await setting();
    await createEvidence(
      scope,
      actor,
      item({
        title: "Carers' survey results",
        description: "Unpaid carers told us about respite",
        statementKeys: ["assessing-needs"],
        categories: ["peoples-experience"],
      }),
    );
    await createEvidence(scope, actor, item({ title: "Adults safeguarding board report" }));
    await createEvidence(scope, actor, item({ title: "Old audit", reviewBy: "2020-01-01", status: "approved" }));
    // Stemming: "carer" finds "carers'".
    expect((await listEvidence(scope, query({ q: "carer respite" }), viewer)).items.map((row) => row.title)).toEqual([
      "Carers' survey results",
    ]);
    expect(
      (await listEvidence(scope, query({ statement: "safeguarding", sort: "title" }), viewer)).items.map(
        (row) => row.title,
      ),
    ).toEqual(["Adults safeguarding board report", "Old audit"]);
    const outOfDate = await listEvidence(scope, query({ status: "out_of_date" }), viewer);
    expect(outOfDate.items.map((row) => [row.title, row.status])).toEqual([["Old audit", "out_of_date"]]);
    expect((await listEvidence(scope, query({ status: "approved" }), viewer)).total).toBe(0);
  });

  it("filters by tag whatever its capitals, as a thematic review's lens links to it", async () => {
    const { scope, actor, viewer } = await setting();
    await createEvidence(scope, actor, item({ title: "Carers' survey results", tags: "Unpaid carers, survey" }));
    await createEvidence(scope, actor, item({ title: "Carers' centre contract", tags: "commissioning" }));
    const tagged = await listEvidence(scope, query({ tag: "unpaid carers" }), viewer);
    expect(tagged.items.map((row) => row.title)).toEqual(["Carers' survey results"]);
    expect((await listEvidence(scope, query({ tag: "unpaid" }), viewer)).total).toBe(0);
  });

  it("pages 25 at a time", async () => {
    const { scope, actor, viewer } = await setting();
    for (let index = 0; index < 27; index++)
      await createEvidence(scope, actor, item({ title: `Item ${String(index).padStart(2, "0")}` }));
    const first = await listEvidence(scope, query({ sort: "title" }), viewer);
    const second = await listEvidence(scope, query({ sort: "title", page: "2" }), viewer);
    expect(first.total).toBe(27);
    expect(first.items).toHaveLength(25);
    expect(second.items.map((row) => row.title)).toEqual(["Item 25", "Item 26"]);
  });

  it("hides evidence with personal data from roles that may not see it, everywhere", async () => {
    const { scope, actor } = await setting();
    const { id } = await createEvidence(scope, actor, item({ title: "Named case notes", containsPersonalData: "yes" }));
    const restricted = { userId: actor.userId, maySeeSensitive: false };
    expect(await getEvidenceItem(scope, id, restricted)).toBeNull();
    expect((await listEvidence(scope, query(), restricted)).total).toBe(0);
    expect((await countCoverage(scope, restricted)).size).toBe(0);
    expect((await countCoverage(scope, { ...restricted, maySeeSensitive: true })).get("safeguarding|processes")).toBe(
      1,
    );
  });

  it("keeps councils apart: another council's item is simply not found", async () => {
    const { scope, actor, viewer } = await setting();
    const other = await createWorkspace("Another Council");
    const { id } = await createEvidence(other.scope, actor, item());
    expect(await getEvidenceItem(scope, id, viewer)).toBeNull();
    await expect(
      updateEvidence(scope, actor, { ...item({ title: "Hijacked" }), id, expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await db.evidenceItem.findUniqueOrThrow({ where: { id }, select: { title: true } })).title).toBe(
      "Section 42 audit 2026",
    );
  });

  it("refuses an update made from an older version", async () => {
    const { scope, actor, viewer } = await setting();
    const { id } = await createEvidence(scope, actor, item());
    await updateEvidence(scope, actor, {
      ...item({ title: "First change", statementKeys: ["partnerships-and-communities"] }),
      id,
      expectedVersion: 1,
    });
    await expect(
      updateEvidence(scope, actor, { ...item({ title: "Late change" }), id, expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "stale" });
    const saved = await getEvidenceItem(scope, id, viewer);
    expect(saved).toMatchObject({ title: "First change", version: 2 });
    expect(saved!.statements.map((statement) => statement.key)).toEqual(["partnerships-and-communities"]);
  });
});
