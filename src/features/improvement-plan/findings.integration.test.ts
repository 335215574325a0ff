import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { createMember, createWorkspace } from "../../../tests/factories";
import { getCqcResult, listFrameworkStatements } from "@/features/cqc-result/data";
import { joinFindings, parseCqcReport } from "@/features/cqc-result/domain";
import { recordCqcResult } from "@/features/cqc-result/mutations";
import { cqcResultSchema } from "@/features/cqc-result/schema";
import { getAction } from "./data";
import { createActionsFromFindings } from "./mutations";
import { actionsFromFindingsSchema } from "./schema";

const report = readFileSync(path.join(__dirname, "..", "cqc-result", "fixtures", "report-pages.txt"), "utf8");

async function councilWithResult() {
  const workspace = await createWorkspace();
  const lead = await createMember(workspace.id, "readiness_lead");
  const statements = await listFrameworkStatements(workspace.scope);
  const parsed = parseCqcReport(report, statements);
  const form: Record<string, string> = {
    publishedOn: parsed.publishedOn!,
    rating: parsed.rating!,
    percent: String(parsed.percent),
    reportUrl: parsed.reportUrl!,
  };
  for (const statement of statements) {
    form[`score-${statement.key}`] = String(parsed.scores[statement.key]);
    form[`findings-${statement.key}`] = joinFindings(parsed.findings[statement.key] ?? []);
  }
  await recordCqcResult(workspace.scope, { userId: lead.userId }, cqcResultSchema.parse(form));
  const result = (await getCqcResult(workspace.scope))!;
  return { workspace, scope: workspace.scope, lead: { userId: lead.userId }, result };
}

const created = (workspaceId: string) =>
  db.improvementAction.count({ where: { workspaceId, cqcFindingId: { not: null } } });

describe("improvement actions from CQC's findings", () => {
  it("makes one action per ticked finding, linked to it and its statement, in one go", async () => {
    const c = await councilWithResult();
    const waits = c.result.findings["assessing-needs"]![0]!;
    const enquiries = c.result.findings.safeguarding![0]!;
    const { ids } = await createActionsFromFindings(
      c.scope,
      c.lead,
      actionsFromFindingsSchema.parse({
        findingIds: [waits.id, enquiries.id],
        ownerId: c.lead.userId,
        dueDate: "2027-03-31",
      }),
    );
    expect(ids).toHaveLength(2);
    const actions = await Promise.all(ids.map((id) => getAction(c.scope, id)));
    expect(actions.map((action) => action!.statementKeys)).toEqual([["assessing-needs"], ["safeguarding"]]);
    expect(actions[0]).toMatchObject({
      title:
        "People waited too long for a Care Act assessment: 640 people were waiting in June 2025, some for over six months.",
      description: waits.text,
      status: "not_started",
    });
    expect(actions[1]!.sourceDetail).toEqual({
      label: "Finding in CQC's report",
      text: enquiries.text,
      href: "/cqc-result",
    });
    expect(
      await db.auditEvent.count({
        where: { workspaceId: c.workspace.id, action: "improvement_action.created", entityId: { in: ids } },
      }),
    ).toBe(2);
  });

  it("makes none when any finding is another council's, or the owner is not a member", async () => {
    const c = await councilWithResult();
    const other = await councilWithResult();
    const mine = c.result.findings["assessing-needs"]![0]!.id;
    const theirs = other.result.findings.safeguarding![0]!.id;
    const attempt = async (fields: Record<string, unknown>) => {
      try {
        await createActionsFromFindings(
          c.scope,
          c.lead,
          actionsFromFindingsSchema.parse({ ownerId: c.lead.userId, dueDate: "2027-03-31", ...fields }),
        );
      } catch (error) {
        if (isAppError(error)) return error.fieldErrors;
        throw error;
      }
      throw new Error("expected a refusal");
    };
    expect(await attempt({ findingIds: [mine, theirs] })).toEqual({
      findingIds: "Select findings from the list: one of those chosen is no longer in CQC's result",
    });
    expect(await attempt({ findingIds: [mine], ownerId: other.lead.userId })).toEqual({
      ownerId: "Select the owner from the list",
    });
    expect(await created(c.workspace.id)).toBe(0);
    expect(await created(other.workspace.id)).toBe(0);
  });

  it("asks for at least one finding", () => {
    const parsed = actionsFromFindingsSchema.safeParse({ ownerName: "A partner", dueDate: "2027-03-31" });
    expect(parsed.error?.issues[0]?.message).toBe("Select at least one finding to turn into an action");
  });
});
