"use server";

import { redirect } from "next/navigation";
import { createPublicAction, createSignedInAction } from "@/lib/actions/create-action";
import { clientAddress } from "@/lib/auth/request";
import { clearSessionCookie, writeSessionCookie } from "@/lib/auth/session";
import { revokeUserSession, setSessionWorkspace } from "@/lib/auth/mutations";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { acceptInvitation, completeSetup, joinWorkspace, signInWithPassword } from "./mutations";
import {
  acceptInvitationSchema,
  emptySchema,
  joinWorkspaceSchema,
  safeNextPath,
  setupSchema,
  signInSchema,
  switchWorkspaceSchema,
} from "./schema";

export const setupAction = createPublicAction({
  name: "setupAction",
  reason: "first-run setup; refused for good once the Installation row exists",
  schema: setupSchema,
  async handler(input) {
    const started = await completeSetup(input, { maxHours: env().SESSION_MAX_HOURS, ipAddress: await clientAddress() });
    await writeSessionCookie(started.sessionId, started.userId);
    redirect("/?welcome=1");
  },
});

export const signInAction = createPublicAction({
  name: "signInAction",
  reason: "password sign-in; rate-limited per e-mail and per address",
  schema: signInSchema,
  async handler(input) {
    const started = await signInWithPassword(input, {
      maxHours: env().SESSION_MAX_HOURS,
      ipAddress: await clientAddress(),
    });
    await writeSessionCookie(started.sessionId, started.userId);
    redirect(safeNextPath(input.next));
  },
});

export const acceptInvitationAction = createPublicAction({
  name: "acceptInvitationAction",
  reason: "the invitation token is the credential; single use and expiring",
  schema: acceptInvitationSchema,
  async handler(input) {
    const started = await acceptInvitation(input, {
      maxHours: env().SESSION_MAX_HOURS,
      ipAddress: await clientAddress(),
    });
    await writeSessionCookie(started.sessionId, started.userId);
    redirect("/?welcome=1");
  },
});

export const joinWorkspaceAction = createSignedInAction({
  name: "joinWorkspaceAction",
  schema: joinWorkspaceSchema,
  async handler(input, { actor, session }) {
    await joinWorkspace({ token: input.token, userId: actor.userId, sessionId: session.sessionId });
    redirect("/?welcome=1");
  },
});

export const signOutAction = createSignedInAction({
  name: "signOutAction",
  schema: emptySchema,
  async handler(_input, { actor, session }) {
    await revokeUserSession(session.sessionId, actor.userId, session.member?.workspaceId ?? null);
    await clearSessionCookie();
    redirect("/sign-in?signed-out=1");
  },
});

export const switchWorkspaceAction = createSignedInAction({
  name: "switchWorkspaceAction",
  schema: switchWorkspaceSchema,
  async handler(input, { session }) {
    // Only a workspace the user is an active member of, read fresh by the session gate.
    if (!session.memberships.some((membership) => membership.workspaceId === input.workspaceId)) {
      throw new AppError("not_found");
    }
    await setSessionWorkspace(session.sessionId, input.workspaceId);
    redirect("/");
  },
});
