import type { BrowserContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import type { Role } from "@/lib/authz/permissions";
import { db } from "@/lib/db/client";
import { createMember, createSession, createWorkspace } from "../../tests/factories";

/**
 * Signs a browser in as a member with a given role without clicking through the sign-in page:
 * real rows (workspace, user, membership, session) and the real encrypted cookie.
 */
export async function plantWorkspace(name: string) {
  process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  // An installed instance, as after first-run setup (the foundation journey runs setup itself first).
  await db.installation.upsert({ where: { id: 1 }, create: { id: 1 }, update: {}, select: { id: true } });
  return createWorkspace(name);
}

export async function signInAs(context: BrowserContext, workspaceId: string, role: Role, email?: string) {
  process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  const member = await createMember(workspaceId, role, { email });
  const sessionId = await createSession(member.userId, workspaceId);
  const token = await encode({ token: { sub: member.userId, sid: sessionId }, secret: process.env.E2E_AUTH_SECRET! });
  const url = new URL(process.env.E2E_BASE_URL!);
  await context.addCookies([
    { name: "next-auth.session-token", value: token, domain: url.hostname, path: "/", httpOnly: true, sameSite: "Lax" },
  ]);
  return member;
}
