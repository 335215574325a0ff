import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMember, createWorkspace, TEST_PASSWORD } from "../../../tests/factories";
import { inviteMember } from "@/features/users/mutations";
import { acceptInvitation, completeSetup, joinWorkspace, signInWithPassword } from "./mutations";
import { MAX_FAILURES_PER_EMAIL } from "./domain";

const context = { maxHours: 12, ipAddress: "203.0.113.9" };
const setupInput = {
  councilName: "Eastvale Borough Council",
  name: "Sam Patel",
  email: "sam@eastvale.example",
  password: "correct horse battery staple",
  confirmPassword: "correct horse battery staple",
};

describe("first-run setup", () => {
  it("creates the workspace, its administrator and a session, and records it all in the audit trail", async () => {
    const started = await completeSetup(setupInput, context);
    const membership = await db.membership.findFirstOrThrow({
      select: { role: true, status: true, workspace: { select: { name: true } } },
    });
    expect(membership).toEqual({
      role: "administrator",
      status: "active",
      workspace: { name: "Eastvale Borough Council" },
    });
    expect(await db.userSession.count({ where: { id: started.sessionId, userId: started.userId } })).toBe(1);
    const actions = (await db.auditEvent.findMany({ orderBy: { createdAt: "asc" }, select: { action: true } })).map(
      (event) => event.action,
    );
    expect(actions).toEqual(["workspace.created", "member.joined", "auth.signed_in"]);
  });

  it("happens once only, even when two people submit at the same moment", async () => {
    const results = await Promise.allSettled([
      completeSetup(setupInput, context),
      completeSetup({ ...setupInput, councilName: "Another Council", email: "other@elsewhere.example" }, context),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect((refused as PromiseRejectedResult).reason.message).toMatch(/already been set up/);
    expect(await db.workspace.count()).toBe(1);
    expect(await db.user.count()).toBe(1);
    await expect(completeSetup(setupInput, context)).rejects.toThrow(/already been set up/);
  });
});

describe("password sign-in", () => {
  it("starts a session for an active member with the right password", async () => {
    const workspace = await createWorkspace();
    const member = await createMember(workspace.id, "director");
    const started = await signInWithPassword({ email: member.email, password: TEST_PASSWORD }, context);
    const session = await db.userSession.findUniqueOrThrow({
      where: { id: started.sessionId },
      select: { userId: true, workspaceId: true },
    });
    expect(session).toEqual({ userId: member.userId, workspaceId: workspace.id });
  });

  it("gives the same message for a wrong password and an unknown e-mail, and records both", async () => {
    const workspace = await createWorkspace();
    const member = await createMember(workspace.id, "director");
    const wrongPassword = signInWithPassword({ email: member.email, password: "not the password" }, context);
    const unknown = signInWithPassword({ email: "nobody@council.example", password: TEST_PASSWORD }, context);
    await expect(wrongPassword).rejects.toThrow("Enter a correct e-mail address and password");
    await expect(unknown).rejects.toThrow("Enter a correct e-mail address and password");
    expect(await db.signInAttempt.count({ where: { succeeded: false } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "auth.sign_in_failed" } })).toBe(2);
    expect(await db.userSession.count()).toBe(0);
  });

  it("refuses someone whose access was removed, with the same message", async () => {
    const workspace = await createWorkspace();
    const member = await createMember(workspace.id, "contributor", { status: "deactivated" });
    await expect(signInWithPassword({ email: member.email, password: TEST_PASSWORD }, context)).rejects.toThrow(
      "Enter a correct e-mail address and password",
    );
  });

  it(`locks an e-mail address for a while after ${MAX_FAILURES_PER_EMAIL} failures, even with the right password`, async () => {
    const workspace = await createWorkspace();
    const member = await createMember(workspace.id, "viewer");
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++) {
      await expect(
        signInWithPassword(
          { email: member.email, password: "guess" },
          { ...context, ipAddress: `198.51.100.${attempt}` },
        ),
      ).rejects.toThrow();
    }
    await expect(signInWithPassword({ email: member.email, password: TEST_PASSWORD }, context)).rejects.toThrow(
      /Too many failed sign-in attempts/,
    );
    // An address that does not exist is locked the same way, so the lock reveals nothing.
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++) {
      await expect(
        signInWithPassword({ email: "ghost@council.example", password: "guess" }, context),
      ).rejects.toThrow();
    }
    await expect(signInWithPassword({ email: "ghost@council.example", password: "guess" }, context)).rejects.toThrow(
      /Too many/,
    );
  });

  it("limits failures from one address across many accounts", async () => {
    for (let attempt = 0; attempt < 25; attempt++) {
      await expect(
        signInWithPassword({ email: `person${attempt}@council.example`, password: "guess" }, context),
      ).rejects.toThrow(/correct e-mail/);
    }
    const workspace = await createWorkspace();
    const member = await createMember(workspace.id, "viewer");
    await expect(signInWithPassword({ email: member.email, password: TEST_PASSWORD }, context)).rejects.toThrow(
      /Too many/,
    );
    expect(
      await signInWithPassword(
        { email: member.email, password: TEST_PASSWORD },
        { ...context, ipAddress: "192.0.2.77" },
      ),
    ).toHaveProperty("sessionId");
  });
});

describe("invitations", () => {
  async function invite(email = "new.person@council.example") {
    const workspace = await createWorkspace("Eastvale Borough Council");
    const admin = await createMember(workspace.id, "administrator");
    const { token, membershipId } = await inviteMember(
      workspace.scope,
      { userId: admin.userId },
      { email, name: "New Person", role: "team_manager" },
    );
    return { workspace, token, membershipId };
  }

  it("lets the invited person set a password once, then signs them in with the role they were given", async () => {
    const { token, membershipId } = await invite();
    const input = {
      token,
      name: "New Person",
      password: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    };
    const started = await acceptInvitation(input, context);
    expect(
      await db.membership.findUniqueOrThrow({ where: { id: membershipId }, select: { status: true, role: true } }),
    ).toEqual({
      status: "active",
      role: "team_manager",
    });
    expect(
      await signInWithPassword({ email: "new.person@council.example", password: "a brand new passphrase" }, context),
    ).toHaveProperty("userId", started.userId);
    await expect(acceptInvitation(input, context)).rejects.toThrow(/expired or has already been used/);
  });

  it("refuses an expired invitation and changes nothing", async () => {
    const { token, membershipId } = await invite();
    await db.invitation.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(
      acceptInvitation(
        { token, name: "New Person", password: "a brand new passphrase", confirmPassword: "a brand new passphrase" },
        context,
      ),
    ).rejects.toThrow(/expired/);
    expect(await db.membership.findUniqueOrThrow({ where: { id: membershipId }, select: { status: true } })).toEqual({
      status: "invited",
    });
    expect(
      await db.user.findFirstOrThrow({
        where: { email: "new.person@council.example" },
        select: { passwordHash: true },
      }),
    ).toEqual({ passwordHash: null });
  });

  it("adds a second council's workspace to someone who already has an account, keeping their password", async () => {
    const first = await createWorkspace("Westfield County Council");
    const existing = await createMember(first.id, "director", { email: "shared.person@council.example" });
    const { token, workspace } = await invite("shared.person@council.example");
    await expect(
      acceptInvitation(
        { token, name: "X", password: "another passphrase!", confirmPassword: "another passphrase!" },
        context,
      ),
    ).rejects.toThrow(/already have an account/);
    const sessionId = (await signInWithPassword({ email: existing.email, password: TEST_PASSWORD }, context)).sessionId;
    await joinWorkspace({ token, userId: existing.userId, sessionId });
    const roles = await db.membership.findMany({
      where: { userId: existing.userId },
      orderBy: { role: "asc" },
      select: { role: true, status: true, workspaceId: true },
    });
    expect(roles).toEqual([
      { role: "director", status: "active", workspaceId: first.id },
      { role: "team_manager", status: "active", workspaceId: workspace.id },
    ]);
  });
});
