import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { createMember, createSession, createWorkspace } from "../../../tests/factories";

// The request boundary: the cookie jar. Everything behind it (token, session row, memberships) is real.
const jar = vi.hoisted(() => ({ value: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: () => (jar.value ? { value: jar.value } : undefined),
    set: () => undefined,
    delete: () => undefined,
  }),
  headers: async () => new Headers(),
}));
vi.mock("react", async (importOriginal) => ({
  ...(await importOriginal<typeof import("react")>()),
  cache: <T>(fn: T) => fn,
}));

const { getCurrentSession } = await import("./session");

async function signedIn(sessionId: string, userId: string) {
  jar.value = await encode({ token: { sub: userId, sid: sessionId }, secret: process.env.AUTH_SECRET! });
}

describe("the session gate", () => {
  beforeEach(() => {
    jar.value = undefined;
  });

  it("turns a valid cookie into the member, their role and their workspace's scope", async () => {
    const workspace = await createWorkspace("Eastvale Borough Council");
    const member = await createMember(workspace.id, "director");
    await signedIn(await createSession(member.userId, workspace.id), member.userId);
    const session = await getCurrentSession();
    expect(session?.member).toMatchObject({
      role: "director",
      workspaceId: workspace.id,
      workspaceName: "Eastvale Borough Council",
    });
    expect(session?.member?.scope.workspaceId).toBe(workspace.id);
  });

  it("sees a role change on the very next request", async () => {
    const workspace = await createWorkspace();
    const member = await createMember(workspace.id, "viewer");
    await signedIn(await createSession(member.userId, workspace.id), member.userId);
    await db.membership.update({ where: { id: member.membershipId }, data: { role: "readiness_lead" } });
    expect((await getCurrentSession())?.member?.role).toBe("readiness_lead");
  });

  it("refuses a revoked, expired or idle session, and a forged or missing cookie", async () => {
    const workspace = await createWorkspace();
    const member = await createMember(workspace.id, "viewer");
    const sessionId = await createSession(member.userId, workspace.id);
    await signedIn(sessionId, member.userId);
    expect(await getCurrentSession()).not.toBeNull();

    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    expect(await getCurrentSession()).toBeNull();
    await db.userSession.update({
      where: { id: sessionId },
      data: { lastSeenAt: new Date(), expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await getCurrentSession()).toBeNull();
    await db.userSession.update({
      where: { id: sessionId },
      data: { expiresAt: new Date(Date.now() + 3600_000), revokedAt: new Date() },
    });
    expect(await getCurrentSession()).toBeNull();

    jar.value = "not-a-token";
    expect(await getCurrentSession()).toBeNull();
    jar.value = await encode({
      token: { sub: member.userId, sid: sessionId },
      secret: "a different secret that is long enough to use",
    });
    expect(await getCurrentSession()).toBeNull();
  });

  it("leaves a deactivated member signed in to nothing", async () => {
    const workspace = await createWorkspace();
    const member = await createMember(workspace.id, "contributor");
    await signedIn(await createSession(member.userId, workspace.id), member.userId);
    await db.membership.update({ where: { id: member.membershipId }, data: { status: "deactivated" } });
    const session = await getCurrentSession();
    expect(session?.member ?? null).toBeNull();
  });

  it("shows a member of two councils only the workspace their session is in", async () => {
    const first = await createWorkspace("First Council");
    const second = await createWorkspace("Second Council");
    const member = await createMember(first.id, "director", { email: "both@council.example" });
    await createMember(second.id, "viewer", { email: "both@council.example" });
    await signedIn(await createSession(member.userId, second.id), member.userId);
    const session = await getCurrentSession();
    expect(session?.member).toMatchObject({ workspaceId: second.id, role: "viewer" });
    expect(session?.memberships.map((membership) => membership.workspaceName)).toEqual([
      "First Council",
      "Second Council",
    ]);
  });
});
