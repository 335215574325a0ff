import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMember, createWorkspace } from "../../../tests/factories";
import { seedDemo } from "../../../prisma/demo";
import { systemScope } from "@/lib/authz/scope";
import { createEvidence } from "@/features/evidence/mutations";
import { evidenceItemSchema } from "@/features/evidence/schema";
import { countQueries } from "../../../tests/support/count-queries";
import { getDashboardFacts, listEvidenceCitations } from "./data";
import { buildDashboard, selfAssessmentDocumentFrom } from "./domain";

describe("the dashboard", () => {
  it("shows the demo council's position, and the board pack and Word document agree with it", async () => {
    await seedDemo();
    const workspace = await db.workspace.findFirstOrThrow({ select: { id: true, name: true } });
    const scope = systemScope(workspace.id);
    const viewer = { userId: "nobody", maySeeSensitive: true };
    const now = new Date("2026-11-25T10:00:00Z");
    const facts = await getDashboardFacts(scope, viewer, now);
    const dashboard = buildDashboard(facts, { councilName: workspace.name, now });
    expect(dashboard.pack.rating).toMatchObject({ label: null, scored: 8, total: 9 });
    expect(dashboard.pack.trend.map((point) => point.name)).toEqual(["Baseline", "Before notification", "Now"]);
    expect(dashboard.gaps).toContainEqual(
      expect.objectContaining({ statementKey: "safeguarding", categoryKey: "peoples-experience" }),
    );
    expect(dashboard.pack.cases).toMatchObject({
      recorded: 120,
      longList: 50,
      selected: 10,
      engaged: 6,
      audited: 10,
      logsSignedOff: 2,
    });
    expect(dashboard.pack.informationReturn).toMatchObject({ total: 24, submitted: 6, ready: 5 });
    expect(dashboard.pack.evidenceRequests.open).toBe(3);
    expect(dashboard.pack.risks.length).toBeGreaterThan(0);
    // Nothing can be said about the next band while a statement is unscored.
    expect(dashboard.pack.waysUp).toBeNull();
    const scored = structuredClone(facts);
    for (const statement of scored.summaries.themes.flatMap((theme) => theme.statements)) statement.score ??= 2;
    const waysUp = buildDashboard(scored, { councilName: workspace.name, now }).pack.waysUp;
    expect(waysUp?.ways).toHaveLength(3);
    expect(waysUp?.pointsNeeded).toBeGreaterThan(0);
    // Every change offered says which statement moves, from what to what, and why it is near or far.
    for (const change of waysUp!.ways.flat())
      expect(change).toMatch(/^\d\. .+ from [1-3] to [2-4]: its evidence categor(y scores|ies) /);
    // The coverage table puts the statements with most gaps first.
    const gapsIn = (row: (typeof dashboard.coverageRows)[number]) =>
      row.counts.filter((cell) => cell.items === 0).length;
    expect(dashboard.coverageRows.map(gapsIn)).toEqual([...dashboard.coverageRows.map(gapsIn)].sort((a, b) => b - a));
    expect(gapsIn(dashboard.coverageRows[0]!)).toBeGreaterThan(0);

    const document = selfAssessmentDocumentFrom(
      {
        summaries: facts.summaries,
        scoreLabels: facts.scoring.scores,
        categories: facts.framework.evidenceCategories,
        citations: await listEvidenceCitations(scope, viewer),
      },
      { councilName: workspace.name, now },
    );
    expect(document.rating).toEqual(dashboard.pack.rating);
    expect(document.themes.flatMap((theme) => theme.statements)).toHaveLength(9);
    expect(document.themes[0]!.statements[0]!.evidence.length).toBeGreaterThan(0);
  });

  it("reads with the same number of queries however much data the council has", async () => {
    const workspace = await createWorkspace("Growing Council");
    const lead = await createMember(workspace.id, "readiness_lead");
    const viewer = { userId: lead.userId, maySeeSensitive: true };
    const now = new Date();
    const small = await countQueries(() => getDashboardFacts(workspace.scope, viewer, now));
    for (let index = 0; index < 40; index++) {
      await createEvidence(
        workspace.scope,
        { userId: lead.userId },
        evidenceItemSchema.parse({
          title: `Item ${index}`,
          kind: "document",
          statementKeys: ["safeguarding", "assessing-needs"],
          categories: ["processes", "partners"],
        }),
      );
    }
    const large = await countQueries(() => getDashboardFacts(workspace.scope, viewer, now));
    expect(small.queries).toBeGreaterThan(5);
    expect(large.queries).toBe(small.queries);
  });
});
