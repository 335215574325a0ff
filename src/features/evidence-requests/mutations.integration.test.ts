import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isoDay, ukToday, addDays } from "@/lib/calendar";
import { createMember, createWorkspace } from "../../../tests/factories";
import { startInformationReturn } from "@/features/information-return/mutations";
import { getEvidenceItem } from "@/features/evidence/data";
import { answerRequest, createRequest, declineRequest, withdrawRequest } from "./mutations";
import { listRequests } from "./data";
import { createRequestSchema } from "./schema";

const inAFortnight = isoDay(addDays(ukToday(new Date()), 14));
const file = {
  storageKey: "evidence/test/answer",
  fileName: "Carers feedback.csv",
  contentType: "text/csv",
  size: 120,
  sha256: "a".repeat(64),
  text: "Carers said the assessment was quick",
};

async function setting() {
  const workspace = await createWorkspace();
  const lead = await createMember(workspace.id, "readiness_lead");
  const manager = await createMember(workspace.id, "team_manager");
  return { workspace, scope: workspace.scope, lead: { userId: lead.userId }, manager: { userId: manager.userId } };
}

const ask = (fields: Record<string, string>) =>
  createRequestSchema.parse({
    askWho: "member",
    target: "statement:safeguarding",
    categoryKey: "peoples-experience",
    dueDate: inAFortnight,
    ...fields,
  });

describe("asking for evidence", () => {
  it("asks a colleague for a statement; they answer with a file that becomes a mapped draft evidence item", async () => {
    const { scope, lead, manager } = await setting();
    const { id, invitationToken } = await createRequest(
      scope,
      lead,
      ask({ assigneeId: manager.userId, message: "Section 42 feedback" }),
      { mayInvite: true },
    );
    expect(invitationToken).toBeNull();

    const { evidenceItemId } = await answerRequest(scope, manager, {
      requestId: id,
      fields: { title: "Safeguarding feedback", note: "Q2", containsPersonalData: false },
      file,
    });
    const item = await getEvidenceItem(scope, evidenceItemId, { userId: lead.userId, maySeeSensitive: true });
    expect(item).toMatchObject({
      title: "Safeguarding feedback",
      description: "Q2",
      storedStatus: "draft",
      ownerId: manager.userId,
      categories: ["peoples-experience"],
      statements: [{ key: "safeguarding" }],
    });
    expect(await db.evidenceFile.count({ where: { itemId: evidenceItemId } })).toBe(1);
    // The file's text is searchable.
    expect(
      (await db.evidenceItem.findUniqueOrThrow({ where: { id: evidenceItemId }, select: { extractedText: true } }))
        .extractedText,
    ).toContain("assessment was quick");
    expect(
      await db.evidenceRequest.findUniqueOrThrow({ where: { id }, select: { status: true, evidenceItemId: true } }),
    ).toEqual({ status: "answered", evidenceItemId });
    const actions = (
      await db.auditEvent.findMany({ where: { workspaceId: scope.workspaceId }, select: { action: true } })
    ).map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "evidence_request.created",
        "evidence.created",
        "evidence.file_uploaded",
        "evidence_request.answered",
      ]),
    );

    // Answered once: a second answer changes nothing.
    await expect(
      answerRequest(scope, manager, {
        requestId: id,
        fields: { title: "Again", note: "", containsPersonalData: false },
        file: { ...file, storageKey: "evidence/test/again" },
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await db.evidenceItem.count()).toBe(1);
  });

  it("lets only the person asked answer or decline, and only the asker or a lead withdraw", async () => {
    const { workspace, scope, lead, manager } = await setting();
    const contributor = { userId: (await createMember(workspace.id, "contributor")).userId };
    const { id } = await createRequest(scope, contributor, ask({ assigneeId: manager.userId }), { mayInvite: false });
    await expect(declineRequest(scope, lead, { requestId: id, reason: "Not mine" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      answerRequest(scope, contributor, {
        requestId: id,
        fields: { title: "Mine", note: "", containsPersonalData: false },
        file,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(withdrawRequest(scope, manager, { requestId: id, manages: false })).rejects.toMatchObject({
      code: "forbidden",
    });

    await declineRequest(scope, manager, { requestId: id, reason: "The hospital team holds this: ask Jo Smith." });
    expect(
      await db.evidenceRequest.findUniqueOrThrow({ where: { id }, select: { status: true, declineReason: true } }),
    ).toEqual({ status: "declined", declineReason: "The hospital team holds this: ask Jo Smith." });
    await expect(withdrawRequest(scope, lead, { requestId: id, manages: true })).rejects.toMatchObject({
      code: "conflict",
    });

    const second = await createRequest(scope, contributor, ask({ assigneeId: manager.userId }), { mayInvite: false });
    await withdrawRequest(scope, lead, { requestId: second.id, manages: true });
    expect(
      (await db.evidenceRequest.findUniqueOrThrow({ where: { id: second.id }, select: { status: true } })).status,
    ).toBe("withdrawn");
  });

  it("invites someone new by e-mail as a contributor, only for those allowed to invite", async () => {
    const { workspace, scope, lead } = await setting();
    const input = ask({ askWho: "new", name: "Jo Smith", email: "Jo.Smith@Northmoor.gov.uk" });
    const contributor = { userId: (await createMember(workspace.id, "contributor")).userId };
    await expect(createRequest(scope, contributor, input, { mayInvite: false })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await db.user.count({ where: { email: "jo.smith@northmoor.gov.uk" } })).toBe(0);

    const { id, invitationToken } = await createRequest(scope, lead, input, { mayInvite: true });
    expect(invitationToken).toMatch(/^[\w-]{40,}$/);
    const membership = await db.membership.findFirstOrThrow({
      where: { workspaceId: workspace.id, user: { email: "jo.smith@northmoor.gov.uk" } },
      select: { role: true, status: true, userId: true },
    });
    expect(membership).toMatchObject({ role: "contributor", status: "invited" });
    expect(
      (await db.evidenceRequest.findUniqueOrThrow({ where: { id }, select: { assigneeId: true } })).assigneeId,
    ).toBe(membership.userId);

    // Asking the same address again asks the same person, without a second invitation.
    const again = await createRequest(scope, lead, input, { mayInvite: true });
    expect(again.invitationToken).toBeNull();
    expect(await db.invitation.count({ where: { workspaceId: workspace.id } })).toBe(1);
  });

  it("refuses a viewer, yourself, another council's return item, and a category CQC does not use for councils", async () => {
    const { workspace, scope, lead } = await setting();
    const viewer = await createMember(workspace.id, "viewer");
    await expect(
      createRequest(scope, lead, ask({ assigneeId: viewer.userId }), { mayInvite: true }),
    ).rejects.toMatchObject({ fieldErrors: { assigneeId: "Choose a colleague from the list" } });
    await expect(
      createRequest(scope, lead, ask({ assigneeId: lead.userId }), { mayInvite: true }),
    ).rejects.toMatchObject({ code: "invalid" });

    const other = await createWorkspace("Another Council");
    const otherLead = await createMember(other.id, "readiness_lead");
    await startInformationReturn(other.scope, { userId: otherLead.userId });
    const theirs = await db.informationReturnItem.findFirstOrThrow({
      where: { workspaceId: other.id },
      select: { id: true },
    });
    const manager = await createMember(workspace.id, "contributor");
    await expect(
      createRequest(scope, lead, ask({ assigneeId: manager.userId, target: `item:${theirs.id}` }), { mayInvite: true }),
    ).rejects.toMatchObject({ fieldErrors: { target: "Select what the evidence is for" } });
    await expect(
      createRequest(scope, lead, ask({ assigneeId: manager.userId, categoryKey: "not-a-category" }), {
        mayInvite: true,
      }),
    ).rejects.toMatchObject({ fieldErrors: { categoryKey: "Select the kind of evidence you need" } });
    expect(await db.evidenceRequest.count()).toBe(0);
  });

  it("answers an information return item: the evidence is linked to it and mapped to its statements", async () => {
    const { scope, lead, manager } = await setting();
    await startInformationReturn(scope, lead);
    const returnItem = await db.informationReturnItem.findFirstOrThrow({
      where: { workspaceId: scope.workspaceId, statementKeys: { isEmpty: false } },
      select: { id: true, statementKeys: true },
    });
    const { id } = await createRequest(
      scope,
      lead,
      ask({ assigneeId: manager.userId, target: `item:${returnItem.id}`, categoryKey: "processes" }),
      { mayInvite: true },
    );
    const { evidenceItemId } = await answerRequest(scope, manager, {
      requestId: id,
      fields: { title: "Policy", note: "", containsPersonalData: true },
      file,
    });
    expect(await db.informationReturnEvidence.count({ where: { itemId: returnItem.id, evidenceItemId } })).toBe(1);
    const item = await getEvidenceItem(scope, evidenceItemId, { userId: lead.userId, maySeeSensitive: true });
    expect(item!.statements.map((statement) => statement.key).sort()).toEqual([...returnItem.statementKeys].sort());
    expect(item!.containsPersonalData).toBe(true);

    // Each sees the requests they are part of; a lead sees all.
    const seenByManager = await listRequests(scope, { userId: manager.userId, seesAll: false, manages: false });
    expect(seenByManager.map((request) => request.id)).toEqual([id]);
    const stranger = {
      userId: (await createMember(scope.workspaceId, "contributor")).userId,
      seesAll: false,
      manages: false,
    };
    expect(await listRequests(scope, stranger)).toEqual([]);
  });
});
