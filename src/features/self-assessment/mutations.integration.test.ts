import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMember, createWorkspace } from "../../../tests/factories";
import { getStatementAssessment, listRevisions, listSnapshots, listStatementSummaries } from "./data";
import { addComment, createSnapshot, restoreRevision, reviewStatement, saveStatement } from "./mutations";
import { saveStatementSchema } from "./schema";

async function setting() {
  const workspace = await createWorkspace();
  const lead = await createMember(workspace.id, "readiness_lead");
  const contributor = await createMember(workspace.id, "contributor");
  return {
    workspace,
    scope: workspace.scope,
    lead: { userId: lead.userId },
    contributor: { userId: contributor.userId },
  };
}

const form = (fields: Record<string, string>) =>
  saveStatementSchema.parse({ statementKey: "safeguarding", expectedVersion: "0", ...fields });

describe("saving a statement", () => {
  it("stores every save as a revision and moves a new statement to in progress", async () => {
    const { scope, contributor } = await setting();
    await saveStatement(
      scope,
      contributor,
      form({ "strengths.0.text": "Enquiries start within 2 days", howWeKnow: "Audit" }),
    );
    await saveStatement(
      scope,
      contributor,
      form({
        expectedVersion: "1",
        "strengths.0.text": "Enquiries start within 2 days",
        score: "3",
        scoreRationale: "Good standard",
      }),
    );
    const assessment = await getStatementAssessment(scope, "safeguarding");
    expect(assessment).toMatchObject({ status: "in_progress", version: 2 });
    expect(assessment.content.score).toBe(3);
    expect(assessment.content.strengths).toEqual([{ id: expect.any(String), text: "Enquiries start within 2 days" }]);
    const revisions = await listRevisions(scope, "safeguarding");
    expect(revisions.map((revision) => [revision.version, revision.kind])).toEqual([
      [2, "save"],
      [1, "save"],
    ]);
    expect(revisions[1]!.content.howWeKnow).toBe("Audit");
  });

  it("refuses a save made from an older version, keeps both texts, and changes nothing current", async () => {
    const { scope, lead, contributor } = await setting();
    await saveStatement(scope, lead, form({ howWeKnow: "Lead's text" }));
    // The contributor opened version 0 too, and saves after the lead.
    await expect(saveStatement(scope, contributor, form({ howWeKnow: "Contributor's text" }))).rejects.toMatchObject({
      code: "stale",
    });
    const assessment = await getStatementAssessment(scope, "safeguarding");
    expect(assessment).toMatchObject({ version: 1, content: { howWeKnow: "Lead's text" } });
    const kept = (await listRevisions(scope, "safeguarding")).find((revision) => revision.kind === "conflict");
    expect(kept).toMatchObject({ version: null, content: { howWeKnow: "Contributor's text" } });
    expect(
      await db.auditEvent.count({
        where: { action: "statement.conflict_kept", actorUserId: contributor.userId, entityId: "safeguarding" },
      }),
    ).toBe(1);
  });

  it("does not touch another council's self-assessment", async () => {
    const { scope, contributor } = await setting();
    const other = await createWorkspace("Another Council");
    await saveStatement(other.scope, contributor, form({ howWeKnow: "Theirs" }));
    expect((await getStatementAssessment(scope, "safeguarding")).version).toBe(0);
  });
});

describe("the review path", () => {
  it("goes from draft to review to agreed; an agreed statement is read-only until reopened with a reason", async () => {
    const { scope, lead, contributor } = await setting();
    await saveStatement(scope, contributor, form({ howWeKnow: "Draft" }));
    await expect(
      reviewStatement(scope, lead, { statementKey: "safeguarding", step: "submit", expectedVersion: 1, reason: "" }),
    ).rejects.toThrow(/Choose a score/);
    await saveStatement(
      scope,
      contributor,
      form({ expectedVersion: "1", score: "2", scoreRationale: "Some shortfalls" }),
    );
    await reviewStatement(scope, lead, {
      statementKey: "safeguarding",
      step: "submit",
      expectedVersion: 2,
      reason: "",
    });
    await reviewStatement(scope, lead, { statementKey: "safeguarding", step: "agree", expectedVersion: 3, reason: "" });
    expect((await getStatementAssessment(scope, "safeguarding")).status).toBe("agreed");

    await expect(
      saveStatement(scope, contributor, form({ expectedVersion: "4", howWeKnow: "Late edit" })),
    ).rejects.toThrow(/read-only/);
    await reviewStatement(scope, lead, {
      statementKey: "safeguarding",
      step: "reopen",
      expectedVersion: 4,
      reason: "New audit results",
    });
    const reopened = await getStatementAssessment(scope, "safeguarding");
    expect(reopened.status).toBe("in_progress");
    const latest = (await listRevisions(scope, "safeguarding"))[0]!;
    expect(latest).toMatchObject({ kind: "reopen", note: "New audit results" });
    const events = (
      await db.auditEvent.findMany({
        where: { entityType: "quality_statement" },
        orderBy: { createdAt: "asc" },
        select: { action: true },
      })
    ).map((event) => event.action);
    expect(events).toEqual([
      "statement.saved",
      "statement.saved",
      "statement.submitted",
      "statement.agreed",
      "statement.reopened",
    ]);
  });

  it("keeps comments on the statement", async () => {
    const { scope, lead } = await setting();
    await addComment(scope, lead, { statementKey: "safeguarding", body: "Add the board's audit" });
    expect((await getStatementAssessment(scope, "safeguarding")).comments).toMatchObject([
      { body: "Add the board's audit", author: "Test readiness_lead" },
    ]);
  });
});

describe("restoring a revision", () => {
  it("makes the old text current again as a new version, keeping everything in between", async () => {
    const { scope, contributor } = await setting();
    await saveStatement(scope, contributor, form({ howWeKnow: "First" }));
    await saveStatement(scope, contributor, form({ expectedVersion: "1", howWeKnow: "Second" }));
    const first = (await listRevisions(scope, "safeguarding")).find((revision) => revision.version === 1)!;
    await restoreRevision(scope, contributor, {
      statementKey: "safeguarding",
      revisionId: first.id,
      expectedVersion: 2,
    });
    expect(await getStatementAssessment(scope, "safeguarding")).toMatchObject({
      version: 3,
      content: { howWeKnow: "First" },
    });
    expect((await listRevisions(scope, "safeguarding")).map((revision) => revision.kind)).toEqual([
      "restore",
      "save",
      "save",
    ]);
  });
});

describe("snapshots", () => {
  it("freeze statements and rating, and read the same after the framework's bands change", async () => {
    const { scope, workspace, lead } = await setting();
    const keys = (await listStatementSummaries(scope)).themes.flatMap((theme) =>
      theme.statements.map((statement) => statement.key),
    );
    for (const statementKey of keys) {
      await saveStatement(
        scope,
        lead,
        saveStatementSchema.parse({ statementKey, expectedVersion: "0", score: "3", scoreRationale: "Good" }),
      );
    }
    await createSnapshot(scope, lead, { name: "Baseline", takenOn: "2026-11-24" });
    await expect(createSnapshot(scope, lead, { name: "Baseline", takenOn: "2026-11-25" })).rejects.toMatchObject({
      code: "conflict",
      fieldErrors: { name: expect.any(String) },
    });

    const frameworkVersionId = (
      await db.workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: { frameworkVersionId: true } })
    ).frameworkVersionId;
    const original = await db.frameworkVersion.findUniqueOrThrow({
      where: { id: frameworkVersionId },
      select: { scoring: true },
    });
    try {
      // Even if the stored bands were different, the snapshot keeps what it recorded.
      await db.frameworkVersion.update({
        where: { id: frameworkVersionId },
        data: { scoring: { ...(original.scoring as object), bands: [] } },
      });
      const [snapshot] = await listSnapshots(scope);
      expect(snapshot).toMatchObject({ name: "Baseline", rating: { kind: "complete", percent: 75, rating: "Good" } });
      expect(snapshot!.statements).toHaveLength(9);
    } finally {
      await db.frameworkVersion.update({
        where: { id: frameworkVersionId },
        data: { scoring: original.scoring as object },
      });
    }
  });
});
