import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMember, createWorkspace } from "../../../tests/factories";
import { getEvidenceItem, getSuggestionFacts } from "./data";
import { suggestMapping } from "./domain";
import { acceptSuggestion, createEvidence, dismissSuggestion, updateEvidence } from "./mutations";
import { evidenceItemSchema, suggestionSchema, updateEvidenceItemSchema } from "./schema";

// The text LibreOffice Impress's safeguarding-board.pptx gives (src/lib/text-extraction/fixtures).
const SLIDES = "Safeguarding board update Section 42 enquiries: the word thrombolite is only on this slide.";

async function council() {
  const workspace = await createWorkspace();
  const contributor = await createMember(workspace.id, "contributor");
  const actor = { userId: contributor.userId };
  const viewer = { userId: contributor.userId, maySeeSensitive: true };
  const { id } = await createEvidence(
    workspace.scope,
    actor,
    evidenceItemSchema.parse({
      title: "Board slides",
      kind: "document",
      statementKeys: ["assessing-needs"],
      categories: ["partners"],
    }),
  );
  await db.evidenceItem.update({ where: { id }, data: { extractedText: SLIDES } });
  const suggestions = async () => {
    const facts = (await getSuggestionFacts(workspace.scope, id, viewer))!;
    const categories = [
      { key: "peoples-experience", name: "People's experience" },
      { key: "processes", name: "Processes" },
      { key: "partners", name: "Feedback from partners" },
    ];
    return suggestMapping(facts.text, facts.profiles, categories, facts.leaveOut);
  };
  return { workspace, scope: workspace.scope, actor, viewer, id, suggestions };
}

describe("suggested mapping", () => {
  it("adds a suggestion a person accepts, forgets one they dismiss, and says so in the audit trail", async () => {
    const { workspace, scope, actor, viewer, id, suggestions } = await council();
    const before = await suggestions();
    expect(before.statements[0]).toMatchObject({ key: "safeguarding", name: "Safeguarding" });
    expect(before.categories.map((category) => category.key)).toEqual(["processes"]);
    // Nothing is mapped until someone accepts.
    expect((await getEvidenceItem(scope, id, viewer))!.statements.map((statement) => statement.key)).toEqual([
      "assessing-needs",
    ]);

    await acceptSuggestion(
      scope,
      actor,
      suggestionSchema.parse({ itemId: id, kind: "statement", key: "safeguarding" }),
    );
    await acceptSuggestion(scope, actor, suggestionSchema.parse({ itemId: id, kind: "category", key: "processes" }));
    const mapped = (await getEvidenceItem(scope, id, viewer))!;
    expect(mapped.statements.map((statement) => statement.key)).toEqual(["assessing-needs", "safeguarding"]);
    expect(mapped.categories).toEqual(["partners", "processes"]);
    expect(mapped.version).toBe(3);
    const after = await suggestions();
    expect(after.statements.map((statement) => statement.key)).not.toContain("safeguarding");
    expect(after.categories).toEqual([]);

    const next = after.statements[0]!;
    await dismissSuggestion(scope, actor, suggestionSchema.parse({ itemId: id, kind: "statement", key: next.key }));
    await dismissSuggestion(scope, actor, suggestionSchema.parse({ itemId: id, kind: "statement", key: next.key }));
    expect((await suggestions()).statements.map((statement) => statement.key)).not.toContain(next.key);
    expect((await getEvidenceItem(scope, id, viewer))!.statements).toHaveLength(2);

    const events = await db.auditEvent.findMany({
      where: { workspaceId: workspace.id, action: { startsWith: "evidence.suggestion" } },
      orderBy: { createdAt: "asc" },
      select: { action: true, metadata: true },
    });
    expect(events).toEqual([
      { action: "evidence.suggestion_accepted", metadata: { kind: "statement", key: "safeguarding" } },
      { action: "evidence.suggestion_accepted", metadata: { kind: "category", key: "processes" } },
      { action: "evidence.suggestion_dismissed", metadata: { kind: "statement", key: next.key } },
    ]);
  });

  it("lets an edit form opened before an accepted suggestion save over it only after a reload", async () => {
    const { scope, actor, id } = await council();
    await acceptSuggestion(
      scope,
      actor,
      suggestionSchema.parse({ itemId: id, kind: "statement", key: "safeguarding" }),
    );
    const stale = updateEvidenceItemSchema.parse({
      id,
      expectedVersion: 1,
      title: "Board slides, renamed",
      kind: "document",
      statementKeys: ["assessing-needs"],
      categories: ["partners"],
    });
    await expect(updateEvidence(scope, actor, stale)).rejects.toMatchObject({ code: "stale" });
  });

  it("changes nothing for another council's item or a key the framework does not have", async () => {
    const ours = await council();
    const theirs = await council();
    await expect(
      acceptSuggestion(
        ours.scope,
        ours.actor,
        suggestionSchema.parse({ itemId: theirs.id, kind: "statement", key: "safeguarding" }),
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      dismissSuggestion(
        ours.scope,
        ours.actor,
        suggestionSchema.parse({ itemId: theirs.id, kind: "category", key: "processes" }),
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      acceptSuggestion(
        ours.scope,
        ours.actor,
        suggestionSchema.parse({ itemId: ours.id, kind: "statement", key: "made-up" }),
      ),
    ).rejects.toMatchObject({ code: "invalid" });
    await expect(
      acceptSuggestion(
        ours.scope,
        ours.actor,
        suggestionSchema.parse({ itemId: ours.id, kind: "category", key: "observation" }),
      ),
    ).rejects.toMatchObject({ code: "invalid" });
    expect((await theirs.suggestions()).statements[0]).toMatchObject({ key: "safeguarding" });
    expect(await db.evidenceItem.findUniqueOrThrow({ where: { id: ours.id }, select: { version: true } })).toEqual({
      version: 1,
    });
    expect(suggestionSchema.safeParse({ itemId: ours.id, kind: "theme", key: "safeguarding" }).success).toBe(false);
  });
});
