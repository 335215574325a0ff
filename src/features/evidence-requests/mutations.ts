import { db, type Tx } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { PERMISSIONS, type Role } from "@/lib/authz/permissions";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { inviteMemberIn } from "@/features/users/mutations";
import { insertEvidence, insertEvidenceFile, type StoredFile } from "@/features/evidence/mutations";
import { isFileableCategory } from "@/features/evidence/domain";
import type { NoticeKind } from "./domain";
import type { AnswerFields, CreateRequestInput } from "./schema";
import { assertMayAnswerRequest, assertMayWithdrawRequest } from "./policy";

const ANSWERING_ROLES: readonly Role[] = PERMISSIONS["evidence-request:respond"];

/** The colleague asked: a member who may answer, or someone new, invited as a contributor. */
async function resolveAssignee(
  tx: Tx,
  scope: WorkspaceScope,
  actor: Actor,
  input: CreateRequestInput,
  mayInvite: boolean,
) {
  if (input.askWho === "member") {
    const membership = await tx.membership.findFirst({
      where: {
        workspaceId: scope.workspaceId,
        userId: input.assigneeId,
        status: { in: ["active", "invited"] },
        role: { in: [...ANSWERING_ROLES] },
      },
      select: { userId: true },
    });
    if (!membership)
      throw new AppError("invalid", "Choose a colleague from the list", {
        assigneeId: "Choose a colleague from the list",
      });
    return { userId: membership.userId, invitationToken: null };
  }
  if (!mayInvite)
    throw new AppError("forbidden", "Only a readiness lead can ask someone new. Choose a colleague from the list.", {
      askWho: "Choose a colleague from the list",
    });
  const email = input.email!;
  const existing = await tx.membership.findFirst({
    where: { workspaceId: scope.workspaceId, user: { email } },
    select: { userId: true, status: true, role: true },
  });
  if (existing) {
    if (existing.status === "deactivated" || !ANSWERING_ROLES.includes(existing.role)) {
      const message =
        "This person cannot be asked for evidence. Ask your administrator about their access, or choose someone else.";
      throw new AppError("invalid", message, { email: message });
    }
    return { userId: existing.userId, invitationToken: null };
  }
  const invited = await inviteMemberIn(tx, scope, actor, { email, name: input.name, role: "contributor" });
  return { userId: invited.userId, invitationToken: invited.token };
}

async function resolveTarget(tx: Tx, scope: WorkspaceScope, input: CreateRequestInput) {
  const framework = await tx.frameworkVersion.findFirstOrThrow({
    where: { workspaces: { some: { id: scope.workspaceId } } },
    select: { evidenceCategories: { select: { key: true, usedForLocalAuthorities: true } } },
  });
  if (
    !framework.evidenceCategories.some((category) => category.key === input.categoryKey && isFileableCategory(category))
  ) {
    throw new AppError("invalid", "Select the kind of evidence you need", {
      categoryKey: "Select the kind of evidence you need",
    });
  }
  const [kind, value] = input.target.split(":") as ["statement" | "item", string];
  const notFound = new AppError("invalid", "Select what the evidence is for", {
    target: "Select what the evidence is for",
  });
  if (kind === "statement") {
    const statement = await tx.qualityStatement.findFirst({
      where: { key: value, frameworkVersion: { workspaces: { some: { id: scope.workspaceId } } } },
      select: { id: true },
    });
    if (!statement) throw notFound;
    return { qualityStatementId: statement.id, informationReturnItemId: null };
  }
  const item = await tx.informationReturnItem.findFirst({
    where: { id: value, workspaceId: scope.workspaceId },
    select: { id: true },
  });
  if (!item) throw notFound;
  return { qualityStatementId: null, informationReturnItemId: item.id };
}

/** Records a request (inviting the person when they are new). Notices are sent after it commits. */
export async function createRequest(
  scope: WorkspaceScope,
  actor: Actor,
  input: CreateRequestInput,
  options: { mayInvite: boolean },
): Promise<{ id: string; invitationToken: string | null }> {
  return db.$transaction(async (tx) => {
    const target = await resolveTarget(tx, scope, input);
    const assignee = await resolveAssignee(tx, scope, actor, input, options.mayInvite);
    if (assignee.userId === actor.userId) {
      throw new AppError("invalid", "You cannot ask yourself. Choose a colleague.", {
        [input.askWho === "member" ? "assigneeId" : "email"]: "You cannot ask yourself. Choose a colleague.",
      });
    }
    const request = await tx.evidenceRequest.create({
      data: {
        workspaceId: scope.workspaceId,
        requestedById: actor.userId,
        assigneeId: assignee.userId,
        ...target,
        categoryKey: input.categoryKey,
        dueDate: new Date(`${input.dueDate}T00:00:00Z`),
        message: input.message,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "evidence_request.created",
      entityType: "evidence_request",
      entityId: request.id,
      metadata: {
        assigneeId: assignee.userId,
        invited: assignee.invitationToken !== null,
        dueDate: input.dueDate,
      },
    });
    return { id: request.id, invitationToken: assignee.invitationToken };
  });
}

/** Locks a request of this workspace for the rest of the transaction and reads it fresh. */
async function lockRequest(tx: Tx, scope: WorkspaceScope, requestId: string) {
  const [row] = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "EvidenceRequest" WHERE id = ${requestId}::uuid AND "workspaceId" = ${scope.workspaceId}::uuid FOR UPDATE`;
  if (!row) throw new AppError("not_found");
  return tx.evidenceRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      assigneeId: true,
      requestedById: true,
      status: true,
      categoryKey: true,
      qualityStatement: { select: { key: true } },
      informationReturnItem: { select: { id: true, statementKeys: true } },
    },
  });
}

export async function declineRequest(
  scope: WorkspaceScope,
  actor: Actor,
  input: { requestId: string; reason: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    assertMayAnswerRequest(actor.userId, await lockRequest(tx, scope, input.requestId));
    await tx.evidenceRequest.update({
      where: { id: input.requestId },
      data: { status: "declined", declineReason: input.reason, respondedAt: new Date() },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "evidence_request.declined",
      entityType: "evidence_request",
      entityId: input.requestId,
    });
  });
}

export async function withdrawRequest(
  scope: WorkspaceScope,
  actor: Actor,
  input: { requestId: string; manages: boolean },
): Promise<void> {
  await db.$transaction(async (tx) => {
    assertMayWithdrawRequest(
      { userId: actor.userId, manages: input.manages },
      await lockRequest(tx, scope, input.requestId),
    );
    await tx.evidenceRequest.update({
      where: { id: input.requestId },
      data: { status: "withdrawn" },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "evidence_request.withdrawn",
      entityType: "evidence_request",
      entityId: input.requestId,
    });
  });
}

/**
 * Answers a request with a file already in storage: a new evidence item (a draft owned by the
 * person who answered, mapped to what was asked for), its first file version, and the request
 * marked answered, all in one transaction. The caller removes the stored object if this fails.
 */
export async function answerRequest(
  scope: WorkspaceScope,
  actor: Actor,
  input: { requestId: string; fields: AnswerFields; file: StoredFile },
): Promise<{ evidenceItemId: string }> {
  return db.$transaction(async (tx) => {
    const request = await lockRequest(tx, scope, input.requestId);
    assertMayAnswerRequest(actor.userId, request);
    const returnItem = request.informationReturnItem;
    const { id: evidenceItemId } = await insertEvidence(
      tx,
      scope,
      actor,
      {
        title: input.fields.title,
        description: input.fields.note,
        kind: "document",
        url: null,
        ownerId: actor.userId,
        sourceTeam: "",
        evidenceDate: null,
        reviewBy: null,
        containsPersonalData: input.fields.containsPersonalData,
        status: "draft",
        statementKeys: request.qualityStatement ? [request.qualityStatement.key] : (returnItem?.statementKeys ?? []),
        categories: [request.categoryKey],
        tags: [],
        iStatementKeys: [],
        returnItemIds: returnItem ? [returnItem.id] : [],
      },
      "request",
    );
    await insertEvidenceFile(tx, scope, actor, { ...input.file, itemId: evidenceItemId });
    await tx.evidenceRequest.update({
      where: { id: input.requestId },
      data: { status: "answered", evidenceItemId, respondedAt: new Date() },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "evidence_request.answered",
      entityType: "evidence_request",
      entityId: input.requestId,
      metadata: { evidenceItemId },
    });
    return { evidenceItemId };
  });
}

/**
 * Claims the one notice of this kind for a request. Only the caller that inserts the row sends it,
 * so two app instances checking at once never send the same reminder twice.
 */
export async function claimNotice(requestId: string, kind: NoticeKind, channel: "email" | "in_app"): Promise<boolean> {
  const { count } = await db.evidenceRequestNotice.createMany({
    data: [{ requestId, kind, channel }],
    skipDuplicates: true,
  });
  return count === 1;
}

/** An e-mail that could not be sent is shown in the app instead. */
export async function fallBackToInApp(requestId: string, kind: NoticeKind): Promise<void> {
  await db.evidenceRequestNotice.updateMany({ where: { requestId, kind }, data: { channel: "in_app" } });
}
