import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/authz/permissions";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { hashToken } from "@/features/auth/data";
import { INVITATION_DAYS } from "@/features/auth/domain";
import { assertMayChangeMember } from "./policy";
import type { InviteMemberInput } from "./schema";

async function issueInvitation(tx: Tx, scope: WorkspaceScope, membershipId: string, actor: Actor): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  // A new link replaces any earlier one for the same person.
  await tx.invitation.updateMany({ where: { membershipId, acceptedAt: null }, data: { expiresAt: new Date() } });
  await tx.invitation.create({
    data: {
      workspaceId: scope.workspaceId,
      membershipId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      createdById: actor.userId,
    },
    select: { id: true },
  });
  return token;
}

/** Invites a person by e-mail with a role. Returns the invitation token, shown once to the administrator. */
export async function inviteMember(
  scope: WorkspaceScope,
  actor: Actor,
  input: InviteMemberInput,
): Promise<{ token: string; membershipId: string; userId: string }> {
  return db.$transaction((tx) => inviteMemberIn(tx, scope, actor, input));
}

/** The invitation inside a caller's transaction (asking someone new for evidence invites them too). */
export async function inviteMemberIn(
  tx: Tx,
  scope: WorkspaceScope,
  actor: Actor,
  input: InviteMemberInput,
): Promise<{ token: string; membershipId: string; userId: string }> {
  const user =
    (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) ??
    (await tx.user.create({ data: { email: input.email, name: input.name }, select: { id: true } }));
  const existing = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: scope.workspaceId, userId: user.id } },
    select: { status: true },
  });
  if (existing) {
    const message =
      existing.status === "deactivated"
        ? "This person's access was removed. Find them in the list and restore their access instead."
        : "This person is already a member of this workspace or has been invited.";
    throw new AppError("conflict", message, { email: message });
  }
  const membership = await tx.membership.create({
    data: {
      workspaceId: scope.workspaceId,
      userId: user.id,
      role: input.role,
      status: "invited",
      invitedById: actor.userId,
    },
    select: { id: true },
  });
  const token = await issueInvitation(tx, scope, membership.id, actor);
  await recordAuditEvent(tx, {
    scope,
    actor,
    action: "member.invited",
    entityType: "membership",
    entityId: membership.id,
    metadata: { role: input.role },
  });
  return { token, membershipId: membership.id, userId: user.id };
}

/** A fresh invitation link for someone who has not yet accepted. */
export async function renewInvitation(
  scope: WorkspaceScope,
  actor: Actor,
  membershipId: string,
): Promise<{ token: string; email: string; name: string; role: Role }> {
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: membershipId, workspaceId: scope.workspaceId, status: "invited" },
      select: { id: true, role: true, user: { select: { email: true, name: true } } },
    });
    if (!membership)
      throw new AppError("not_found", "That invitation was not found: the person may have accepted it already.");
    const token = await issueInvitation(tx, scope, membership.id, actor);
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "member.invitation_renewed",
      entityType: "membership",
      entityId: membership.id,
    });
    return { token, email: membership.user.email, name: membership.user.name, role: membership.role };
  });
}

async function loadForChange(tx: Tx, scope: WorkspaceScope, membershipId: string) {
  // Lock the workspace's administrator rows so two administrators cannot demote each other at once.
  await tx.$executeRaw`SELECT id FROM "Membership" WHERE "workspaceId" = ${scope.workspaceId}::uuid AND role = 'administrator' FOR UPDATE`;
  const target = await tx.membership.findFirst({
    where: { id: membershipId, workspaceId: scope.workspaceId },
    select: { id: true, userId: true, role: true, status: true },
  });
  if (!target) throw new AppError("not_found");
  const activeAdministrators = await tx.membership.count({
    where: { workspaceId: scope.workspaceId, role: "administrator", status: "active" },
  });
  return { target, activeAdministrators };
}

export async function changeMemberRole(
  scope: WorkspaceScope,
  actor: Actor,
  input: { membershipId: string; role: Role },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { target, activeAdministrators } = await loadForChange(tx, scope, input.membershipId);
    assertMayChangeMember({
      actorUserId: actor.userId,
      targetUserId: target.userId,
      targetIsActiveAdministrator: target.role === "administrator" && target.status === "active",
      removesAdministrator: input.role !== "administrator",
      activeAdministrators,
    });
    if (target.role === input.role) return;
    await tx.membership.update({ where: { id: target.id }, data: { role: input.role }, select: { id: true } });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "member.role_changed",
      entityType: "membership",
      entityId: target.id,
      metadata: { from: target.role, to: input.role },
    });
  });
}

/** Removes a person's access to this workspace at once: their sessions here end. */
export async function deactivateMember(scope: WorkspaceScope, actor: Actor, membershipId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { target, activeAdministrators } = await loadForChange(tx, scope, membershipId);
    assertMayChangeMember({
      actorUserId: actor.userId,
      targetUserId: target.userId,
      targetIsActiveAdministrator: target.role === "administrator" && target.status === "active",
      removesAdministrator: true,
      activeAdministrators,
    });
    if (target.status === "deactivated") return;
    await tx.membership.update({
      where: { id: target.id },
      data: { status: "deactivated", deactivatedAt: new Date() },
      select: { id: true },
    });
    await tx.invitation.updateMany({
      where: { membershipId: target.id, acceptedAt: null },
      data: { expiresAt: new Date() },
    });
    await tx.userSession.updateMany({
      where: { userId: target.userId, workspaceId: scope.workspaceId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "member.deactivated",
      entityType: "membership",
      entityId: target.id,
    });
  });
}

export async function reactivateMember(scope: WorkspaceScope, actor: Actor, membershipId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const target = await tx.membership.findFirst({
      where: { id: membershipId, workspaceId: scope.workspaceId, status: "deactivated" },
      select: { id: true, user: { select: { passwordHash: true } } },
    });
    if (!target) throw new AppError("not_found");
    await tx.membership.update({
      where: { id: target.id },
      // Someone who never set a password goes back to "invited" and needs a new link.
      data: { status: target.user.passwordHash ? "active" : "invited", deactivatedAt: null },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "member.reactivated",
      entityType: "membership",
      entityId: target.id,
    });
  });
}
