import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMember, createSession, createWorkspace } from "../../../tests/factories";
import { changeMemberRole, deactivateMember, inviteMember, reactivateMember, renewInvitation } from "./mutations";

async function workspaceWithAdmin() {
  const workspace = await createWorkspace();
  const admin = await createMember(workspace.id, "administrator");
  return { workspace, admin, actor: { userId: admin.userId } };
}

describe("inviting people", () => {
  it("creates an invited membership with the chosen role and an audit event naming the role only", async () => {
    const { workspace, actor } = await workspaceWithAdmin();
    const { membershipId, token } = await inviteMember(workspace.scope, actor, {
      email: "ana@council.example",
      name: "Ana",
      role: "readiness_lead",
    });
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(
      await db.membership.findUniqueOrThrow({ where: { id: membershipId }, select: { role: true, status: true } }),
    ).toEqual({
      role: "readiness_lead",
      status: "invited",
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "member.invited" },
      select: { entityId: true, metadata: true, actorUserId: true },
    });
    expect(event).toEqual({ entityId: membershipId, metadata: { role: "readiness_lead" }, actorUserId: actor.userId });
    // Only the token's hash is stored.
    expect(await db.invitation.count({ where: { tokenHash: token } })).toBe(0);
  });

  it("refuses to invite someone twice, with the message on the e-mail field", async () => {
    const { workspace, actor } = await workspaceWithAdmin();
    await inviteMember(workspace.scope, actor, { email: "ana@council.example", name: "Ana", role: "viewer" });
    await expect(
      inviteMember(workspace.scope, actor, { email: "ana@council.example", name: "Ana", role: "viewer" }),
    ).rejects.toMatchObject({
      code: "conflict",
      fieldErrors: { email: expect.stringMatching(/already a member/) },
    });
  });

  it("replaces an earlier link when a new one is made", async () => {
    const { workspace, actor } = await workspaceWithAdmin();
    const { membershipId } = await inviteMember(workspace.scope, actor, {
      email: "ana@council.example",
      name: "Ana",
      role: "viewer",
    });
    await renewInvitation(workspace.scope, actor, membershipId);
    const open = await db.invitation.count({ where: { membershipId, expiresAt: { gt: new Date() } } });
    expect(open).toBe(1);
  });
});

describe("changing roles and access", () => {
  it("changes a member's role and records from and to", async () => {
    const { workspace, actor } = await workspaceWithAdmin();
    const member = await createMember(workspace.id, "viewer");
    await changeMemberRole(workspace.scope, actor, { membershipId: member.membershipId, role: "director" });
    expect(
      await db.membership.findUniqueOrThrow({ where: { id: member.membershipId }, select: { role: true } }),
    ).toEqual({ role: "director" });
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { action: "member.role_changed" }, select: { metadata: true } }),
    ).toEqual({
      metadata: { from: "viewer", to: "director" },
    });
  });

  it("never leaves a workspace without an administrator, and nobody changes their own access", async () => {
    const { workspace, admin, actor } = await workspaceWithAdmin();
    await expect(
      changeMemberRole(workspace.scope, actor, { membershipId: admin.membershipId, role: "viewer" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(deactivateMember(workspace.scope, actor, admin.membershipId)).rejects.toMatchObject({
      code: "forbidden",
    });

    const second = await createMember(workspace.id, "administrator");
    // The second administrator may demote the first while another administrator remains…
    await changeMemberRole(
      workspace.scope,
      { userId: second.userId },
      { membershipId: admin.membershipId, role: "contributor" },
    );
    // …but the last one cannot then be removed by anyone.
    const third = await createMember(workspace.id, "administrator", { status: "deactivated" });
    await expect(
      deactivateMember(workspace.scope, { userId: third.userId }, second.membershipId),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("ends the person's sessions in this workspace at once when their access is removed", async () => {
    const { workspace, actor } = await workspaceWithAdmin();
    const member = await createMember(workspace.id, "contributor");
    const sessionId = await createSession(member.userId, workspace.id);
    await deactivateMember(workspace.scope, actor, member.membershipId);
    expect(await db.userSession.findUniqueOrThrow({ where: { id: sessionId }, select: { revokedAt: true } })).toEqual({
      revokedAt: expect.any(Date),
    });
    expect(
      await db.membership.findUniqueOrThrow({ where: { id: member.membershipId }, select: { status: true } }),
    ).toEqual({ status: "deactivated" });

    await reactivateMember(workspace.scope, actor, member.membershipId);
    expect(
      await db.membership.findUniqueOrThrow({ where: { id: member.membershipId }, select: { status: true } }),
    ).toEqual({ status: "active" });
  });
});

describe("workspace isolation", () => {
  it("an administrator of one council cannot touch another council's members, by any id", async () => {
    const { workspace, actor } = await workspaceWithAdmin();
    const other = await createWorkspace("Another Council");
    const stranger = await createMember(other.id, "contributor");
    await expect(
      changeMemberRole(workspace.scope, actor, { membershipId: stranger.membershipId, role: "administrator" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(deactivateMember(workspace.scope, actor, stranger.membershipId)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(renewInvitation(workspace.scope, actor, stranger.membershipId)).rejects.toMatchObject({
      code: "not_found",
    });
    expect(
      await db.membership.findUniqueOrThrow({
        where: { id: stranger.membershipId },
        select: { role: true, status: true },
      }),
    ).toEqual({
      role: "contributor",
      status: "active",
    });
  });
});
