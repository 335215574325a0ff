import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getCurrentCycle } from "@/features/cycles/data";
import { db } from "@/lib/db/client";
import { addDays, isoDay, ukToday } from "@/lib/calendar";
import { createMember, createWorkspace } from "../../../tests/factories";
import {
  getAction,
  getFollowUpForAction,
  listActions,
  listActionsForFollowUps,
  listActionsForStatement,
  listSourceOptions,
  countActionsByStatus,
} from "./data";
import { addProgressNote, createImprovementAction, updateImprovementAction } from "./mutations";
import { actionSchema, planQuerySchema, progressNoteSchema, updateActionSchema } from "./schema";

type Workspace = Awaited<ReturnType<typeof createWorkspace>>;

/** A council with one of each thing an action can come from. */
async function council() {
  const workspace = await createWorkspace();
  const lead = await createMember(workspace.id, "readiness_lead");
  const manager = await createMember(workspace.id, "team_manager");
  const areaId = randomUUID();
  const statement = await db.qualityStatement.findFirstOrThrow({
    where: { key: "safeguarding", frameworkVersion: { workspaces: { some: { id: workspace.id } } } },
    select: { id: true },
  });
  const cycle = await getCurrentCycle(workspace.scope);
  await db.statementAssessment.create({
    data: {
      workspaceId: workspace.id,
      cycleId: cycle.id,
      qualityStatementId: statement.id,
      version: 1,
      content: { strengths: [], improvements: [{ id: areaId, text: "Safeguarding enquiries take too long to start" }] },
    },
  });
  const question = await db.caseAuditQuestion.create({
    data: {
      workspaceId: workspace.id,
      text: "Was the carer offered an assessment?",
      statementKey: "assessing-needs",
      position: 0,
    },
    select: { id: true },
  });
  const session = await db.prepSession.create({
    data: {
      workspaceId: workspace.id,
      title: "Front door workshop",
      team: "Front door",
      format: "workshop",
      startsAt: new Date(),
      facilitatorId: manager.userId,
    },
    select: { id: true },
  });
  const followUp = await db.prepFollowUp.create({
    data: {
      sessionId: session.id,
      text: "Staff unsure how to escalate a delayed enquiry",
      createdById: manager.userId,
    },
    select: { id: true },
  });
  const evidence = await db.evidenceItem.create({
    data: {
      workspaceId: workspace.id,
      title: "Escalation guidance, version 2",
      kind: "document",
      createdById: lead.userId,
    },
    select: { id: true },
  });
  return {
    workspace,
    scope: workspace.scope,
    lead: { userId: lead.userId, prep: { userId: lead.userId, seesAll: true } },
    manager,
    areaId,
    questionId: question.id,
    sessionId: session.id,
    followUpId: followUp.id,
    evidenceId: evidence.id,
  };
}

const today = ukToday(new Date());
const anAction = (fields: Record<string, string | string[]> = {}) =>
  actionSchema.parse({
    title: "Start safeguarding enquiries within 2 days",
    ownerName: "Alex Chen",
    dueDate: isoDay(addDays(today, 30)),
    statementKeys: ["safeguarding"],
    ...fields,
  });

async function countWritten(workspace: Workspace) {
  const [actions, events] = await Promise.all([
    db.improvementAction.count({ where: { workspaceId: workspace.id } }),
    db.auditEvent.count({ where: { workspaceId: workspace.id, entityType: "improvement_action" } }),
  ]);
  return { actions, events };
}

describe("improvement actions", () => {
  it("is created from each kind of source, with the link stored and an audit event", async () => {
    const c = await council();
    const sources = [
      `improvement:safeguarding:${c.areaId}`,
      `audit:${c.questionId}`,
      `session:${c.sessionId}`,
      `follow-up:${c.followUpId}`,
    ];
    for (const source of sources) {
      const { id } = await createImprovementAction(c.scope, c.lead, anAction({ source }));
      const saved = await getAction(c.scope, id);
      expect(saved!.sourceDetail!.href).toMatch(/^\/(self-assessment|preparation\/sessions)\//);
      expect(saved!.sourceDetail!.text).not.toBeNull();
    }
    const rows = await db.improvementAction.findMany({
      where: { workspaceId: c.workspace.id },
      orderBy: { createdAt: "asc" },
      select: {
        improvementId: true,
        improvementStatementKey: true,
        caseAuditQuestionId: true,
        prepSessionId: true,
        prepFollowUpId: true,
      },
    });
    expect(rows).toEqual([
      {
        improvementId: c.areaId,
        improvementStatementKey: "safeguarding",
        caseAuditQuestionId: null,
        prepSessionId: null,
        prepFollowUpId: null,
      },
      {
        improvementId: null,
        improvementStatementKey: null,
        caseAuditQuestionId: c.questionId,
        prepSessionId: null,
        prepFollowUpId: null,
      },
      {
        improvementId: null,
        improvementStatementKey: null,
        caseAuditQuestionId: null,
        prepSessionId: c.sessionId,
        prepFollowUpId: null,
      },
      {
        improvementId: null,
        improvementStatementKey: null,
        caseAuditQuestionId: null,
        prepSessionId: null,
        prepFollowUpId: c.followUpId,
      },
    ]);
    expect(await countWritten(c.workspace)).toEqual({ actions: 4, events: 4 });
  });

  it("takes a session or follow-up as a source only from someone who may open it, as the form offers them", async () => {
    const c = await council();
    const otherManager = await createMember(c.workspace.id, "team_manager");
    const asManager = (userId: string) => ({ userId, prep: { userId, seesAll: false } });
    const fromSession = [`session:${c.sessionId}`, `follow-up:${c.followUpId}`];
    for (const source of fromSession) {
      // Another team manager's session is not in their list, and not accepted when sent anyway.
      await expect(
        createImprovementAction(c.scope, asManager(otherManager.userId), anAction({ source })),
      ).rejects.toMatchObject({ fieldErrors: { source: expect.stringContaining("from the list") } });
      // Nor from someone without preparation access at all.
      await expect(
        createImprovementAction(c.scope, { userId: c.lead.userId, prep: null }, anAction({ source })),
      ).rejects.toMatchObject({ code: "invalid" });
    }
    expect(await countWritten(c.workspace)).toEqual({ actions: 0, events: 0 });

    // The session's own manager may; the lead (who sees every session) links one for them.
    await createImprovementAction(
      c.scope,
      asManager(c.manager.userId),
      anAction({ source: `follow-up:${c.followUpId}` }),
    );
    const { id } = await createImprovementAction(c.scope, c.lead, anAction({ source: `session:${c.sessionId}` }));
    // The other manager may still edit that action keeping its source, but not move it to a session they cannot open.
    const edit = (source: string, version: number) =>
      updateActionSchema.parse({ ...anAction(), title: "Edited", source, id, expectedVersion: version });
    await updateImprovementAction(c.scope, asManager(otherManager.userId), edit(`session:${c.sessionId}`, 1));
    await expect(
      updateImprovementAction(c.scope, asManager(otherManager.userId), edit(`follow-up:${c.followUpId}`, 2)),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await getAction(c.scope, id)).toMatchObject({ title: "Edited", version: 2 });
  });

  it("refuses a source, owner or evidence from another council, writing nothing", async () => {
    const ours = await council();
    const theirs = await council();
    const foreign = [
      `improvement:safeguarding:${theirs.areaId}`,
      `audit:${theirs.questionId}`,
      `session:${theirs.sessionId}`,
      `follow-up:${theirs.followUpId}`,
    ];
    for (const source of foreign) {
      await expect(createImprovementAction(ours.scope, ours.lead, anAction({ source }))).rejects.toMatchObject({
        code: "invalid",
        fieldErrors: { source: expect.stringContaining("from the list") },
      });
    }
    await expect(
      createImprovementAction(ours.scope, ours.lead, anAction({ ownerId: theirs.manager.userId, ownerName: "" })),
    ).rejects.toMatchObject({ fieldErrors: { ownerId: "Select the owner from the list" } });
    expect(await countWritten(ours.workspace)).toEqual({ actions: 0, events: 0 });

    const { id } = await createImprovementAction(ours.scope, ours.lead, anAction());
    await expect(
      addProgressNote(
        ours.scope,
        ours.lead,
        progressNoteSchema.parse({
          actionId: id,
          note: "Done",
          status: "done",
          completionEvidenceId: theirs.evidenceId,
        }),
      ),
    ).rejects.toMatchObject({ fieldErrors: { completionEvidenceId: "Select the evidence from the list" } });
    expect(await db.improvementActionUpdate.count({ where: { actionId: id } })).toBe(0);
    // And their council cannot read or change ours: it is simply not found.
    expect(await getAction(theirs.scope, id)).toBeNull();
    await expect(
      addProgressNote(theirs.scope, theirs.lead, progressNoteSchema.parse({ actionId: id, note: "Sneaky" })),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses a stale edit and writes nothing", async () => {
    const c = await council();
    const { id } = await createImprovementAction(c.scope, c.lead, anAction());
    const edit = (title: string, expectedVersion: number) =>
      updateActionSchema.parse({
        title,
        ownerName: "Alex Chen",
        dueDate: isoDay(addDays(today, 40)),
        statementKeys: ["safeguarding"],
        rag: "amber",
        id,
        expectedVersion,
      });
    await updateImprovementAction(c.scope, c.lead, edit("First change", 1));
    const before = await countWritten(c.workspace);
    await expect(
      updateImprovementAction(c.scope, c.lead, edit("Second change from an old form", 1)),
    ).rejects.toMatchObject({ code: "stale" });
    expect(await countWritten(c.workspace)).toEqual(before);
    expect(await getAction(c.scope, id)).toMatchObject({ title: "First change", rag: "amber", version: 2 });
  });

  it("moves status and RAG with a progress note; done records when, and the evidence", async () => {
    const c = await council();
    const { id } = await createImprovementAction(c.scope, c.lead, anAction());
    await addProgressNote(
      c.scope,
      c.lead,
      progressNoteSchema.parse({ actionId: id, note: "Triage rota agreed", status: "in_progress", rag: "amber" }),
    );
    expect(await getAction(c.scope, id)).toMatchObject({ status: "in_progress", rag: "amber", completedAt: null });
    await expect(
      addProgressNote(
        c.scope,
        c.lead,
        progressNoteSchema.parse({ actionId: id, note: "Guidance out", completionEvidenceId: c.evidenceId }),
      ),
    ).rejects.toMatchObject({
      fieldErrors: { completionEvidenceId: expect.stringContaining("marking the action as done") },
    });

    const now = new Date("2026-11-25T10:00:00Z");
    await addProgressNote(
      c.scope,
      c.lead,
      progressNoteSchema.parse({
        actionId: id,
        note: "Guidance published",
        status: "done",
        rag: "green",
        completionEvidenceId: c.evidenceId,
      }),
      { maySeeSensitive: false, now },
    );
    const done = await getAction(c.scope, id);
    expect(done).toMatchObject({
      status: "done",
      rag: "green",
      completedAt: now,
      completionEvidence: { id: c.evidenceId, title: "Escalation guidance, version 2" },
    });
    // Newest first, each with the status and RAG it moved to.
    expect(done!.updates.map((update) => [update.note, update.status, update.rag])).toEqual([
      ["Guidance published", "done", "green"],
      ["Triage rota agreed", "in_progress", "amber"],
    ]);
    // Reopening clears the completion.
    await addProgressNote(
      c.scope,
      c.lead,
      progressNoteSchema.parse({ actionId: id, note: "Audit found gaps", status: "in_progress" }),
    );
    expect(await getAction(c.scope, id)).toMatchObject({
      status: "in_progress",
      completedAt: null,
      completionEvidence: null,
    });
    expect(await db.auditEvent.count({ where: { entityId: id, action: "improvement_action.progress_noted" } })).toBe(3);
  });

  it("lists the action on the quality statement's page under the area it came from", async () => {
    const c = await council();
    const { id } = await createImprovementAction(
      c.scope,
      c.lead,
      anAction({ source: `improvement:safeguarding:${c.areaId}`, ownerId: c.manager.userId, ownerName: "" }),
    );
    const other = await createImprovementAction(
      c.scope,
      c.lead,
      anAction({ title: "Refresh training", statementKeys: ["safeguarding", "assessing-needs"] }),
    );
    const page = await listActionsForStatement(c.scope, "safeguarding");
    expect(page.areas).toHaveLength(1);
    expect(page.areas[0]).toMatchObject({
      id: c.areaId,
      text: "Safeguarding enquiries take too long to start",
      actions: [{ id, owner: "Test team_manager", status: "not_started", rag: "green" }],
    });
    expect(page.other.map((action) => action.id)).toEqual([other.id]);
    const elsewhere = await listActionsForStatement(c.scope, "assessing-needs");
    expect(elsewhere.areas).toEqual([]);
    expect(elsewhere.other.map((action) => action.id)).toEqual([other.id]);
  });

  it("makes a follow-up an action once only", async () => {
    const c = await council();
    expect(await getFollowUpForAction(c.scope, c.followUpId)).toMatchObject({
      text: "Staff unsure how to escalate a delayed enquiry",
      actionId: null,
    });
    const { id } = await createImprovementAction(c.scope, c.lead, anAction({ source: `follow-up:${c.followUpId}` }));
    await expect(
      createImprovementAction(c.scope, c.lead, anAction({ source: `follow-up:${c.followUpId}` })),
    ).rejects.toMatchObject({ fieldErrors: { source: expect.stringContaining("already an action") } });
    expect(await countWritten(c.workspace)).toEqual({ actions: 1, events: 1 });
    expect(await getFollowUpForAction(c.scope, c.followUpId)).toMatchObject({ actionId: id });
    expect((await listActionsForFollowUps(c.scope, [c.followUpId])).get(c.followUpId)).toEqual({
      id,
      title: "Start safeguarding enquiries within 2 days",
    });
  });

  it("filters to overdue actions and sorts by RAG, counting by status", async () => {
    const c = await council();
    const late = await createImprovementAction(
      c.scope,
      c.lead,
      anAction({ title: "Late", dueDate: isoDay(addDays(today, -3)), rag: "green" }),
    );
    const lateDone = await createImprovementAction(
      c.scope,
      c.lead,
      anAction({ title: "Late but done", dueDate: isoDay(addDays(today, -3)), status: "done" }),
    );
    const soon = await createImprovementAction(c.scope, c.lead, anAction({ title: "Soon", rag: "red" }));
    const now = new Date();
    expect((await listActions(c.scope, planQuerySchema.parse({ overdue: "yes" }), now)).map((row) => row.id)).toEqual([
      late.id,
    ]);
    expect(
      (await listActions(c.scope, planQuerySchema.parse({ overdue: "yes", status: "not_started" }), now)).map(
        (row) => row.id,
      ),
    ).toEqual([late.id]);
    expect(await listActions(c.scope, planQuerySchema.parse({ overdue: "yes", status: "done" }), now)).toEqual([]);
    expect((await listActions(c.scope, planQuerySchema.parse({ status: "done" }), now)).map((row) => row.id)).toEqual([
      lateDone.id,
    ]);
    expect((await listActions(c.scope, planQuerySchema.parse({ sort: "rag" }), now)).map((row) => row.id)).toEqual([
      soon.id,
      late.id,
      lateDone.id,
    ]);
    expect(
      (await listActions(c.scope, planQuerySchema.parse({ sort: "due", dir: "desc" }), now)).map((row) => row.title),
    ).toEqual(["Soon", "Late", "Late but done"]);
    expect(await countActionsByStatus(c.scope)).toEqual({ not_started: 2, in_progress: 0, done: 1, cancelled: 0 });
    expect((await getAction(c.scope, lateDone.id))!.completedAt).not.toBeNull();
  });

  it("keeps an action's tags and lists the actions with a tag whatever its capitals, only in its own council", async () => {
    const c = await council();
    const other = await council();
    await createImprovementAction(other.scope, other.lead, anAction({ title: "Theirs", tags: "Unpaid carers" }));
    const carers = await createImprovementAction(
      c.scope,
      c.lead,
      anAction({
        title: "Carers' assessments within 28 days",
        tags: "Unpaid carers, Hospital discharge, unpaid CARERS",
      }),
    );
    const discharge = await createImprovementAction(
      c.scope,
      c.lead,
      anAction({ title: "Discharge", tags: "hospital discharge" }),
    );
    await createImprovementAction(c.scope, c.lead, anAction({ title: "Untagged" }));
    expect((await getAction(c.scope, carers.id))!.tags).toEqual(["Unpaid carers", "Hospital discharge"]);

    const tagged = async (tag: string) =>
      (await listActions(c.scope, planQuerySchema.parse({ tag }), new Date())).map((row) => row.title).sort();
    expect(await tagged("unpaid carers")).toEqual(["Carers' assessments within 28 days"]);
    expect(await tagged(" HOSPITAL DISCHARGE ")).toEqual(["Carers' assessments within 28 days", "Discharge"]);
    expect(await tagged("transitions")).toEqual([]);
    // No tag, or one too long to be a tag, lists the whole plan.
    expect(await tagged("")).toHaveLength(3);
    expect(await tagged("x".repeat(51))).toHaveLength(3);

    // Editing replaces them; removing them all leaves none.
    await updateImprovementAction(
      c.scope,
      c.lead,
      updateActionSchema.parse({
        title: "Discharge",
        ownerName: "Alex Chen",
        dueDate: isoDay(addDays(today, 30)),
        statementKeys: ["safeguarding"],
        tags: "",
        id: discharge.id,
        expectedVersion: 1,
      }),
    );
    expect((await getAction(c.scope, discharge.id))!.tags).toEqual([]);
    expect(await tagged("hospital discharge")).toEqual(["Carers' assessments within 28 days"]);
  });

  it("offers sessions and follow-ups as sources only as the preparation rules allow, and never a follow-up already made an action", async () => {
    const c = await council();
    const other = await createMember(c.workspace.id, "team_manager");
    const lead = { userId: c.lead.userId, seesAll: true };
    expect((await listSourceOptions(c.scope, { prep: lead })).sessions.map((item) => item.id)).toEqual([c.sessionId]);
    expect(
      (await listSourceOptions(c.scope, { prep: { userId: c.manager.userId, seesAll: false } })).followUps.map(
        (item) => item.id,
      ),
    ).toEqual([c.followUpId]);
    expect(await listSourceOptions(c.scope, { prep: { userId: other.userId, seesAll: false } })).toMatchObject({
      sessions: [],
      followUps: [],
    });
    expect(await listSourceOptions(c.scope, { prep: null })).toMatchObject({
      sessions: [],
      followUps: [],
      areas: [{ id: c.areaId, statementKey: "safeguarding" }],
      questions: [{ id: c.questionId }],
    });

    const { id } = await createImprovementAction(c.scope, c.lead, anAction({ source: `follow-up:${c.followUpId}` }));
    expect((await listSourceOptions(c.scope, { prep: lead })).followUps).toEqual([]);
    // Editing that action keeps its own follow-up in the list, whoever edits it.
    const keep = (await getAction(c.scope, id))!.source;
    expect((await listSourceOptions(c.scope, { prep: null, keep })).followUps.map((item) => item.id)).toEqual([
      c.followUpId,
    ]);
  });
});
