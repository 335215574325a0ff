import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit";
import { firstCycle } from "@/features/cycles/domain";
import { AppError } from "@/lib/errors";
import { hashNewPassword, verifyPassword } from "@/lib/auth/password";
import { countFailedSignIns, findUserForSignIn } from "@/lib/auth/data";
import { createUserSession, recordSignInAttempt } from "@/lib/auth/mutations";
import { Prisma } from "@/generated/prisma/client";
import { hashToken } from "./data";
import { isSignInThrottled, SIGN_IN_WINDOW_MINUTES } from "./domain";
import type { AcceptInvitationInput, SetupInput } from "./schema";

type Started = { userId: string; sessionId: string };

/**
 * First run: the council's workspace and its first administrator, signed in at once. The
 * Installation row's fixed key makes this happen once only, even if two people try together.
 */
export async function completeSetup(
  input: SetupInput,
  context: { maxHours: number; ipAddress: string },
): Promise<Started> {
  const passwordHash = await hashNewPassword(input.password, [input.email, input.name, input.councilName]);
  try {
    return await db.$transaction(async (tx) => {
      await tx.installation.create({ data: { id: 1 }, select: { id: true } });
      const framework = await tx.frameworkVersion.findFirst({ orderBy: { loadedAt: "desc" }, select: { id: true } });
      if (!framework) throw new Error("The CQC framework reference data has not been loaded");
      const workspace = await tx.workspace.create({
        data: { name: input.councilName, frameworkVersionId: framework.id, cycles: { create: firstCycle(new Date()) } },
        select: { id: true },
      });
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash },
        select: { id: true },
      });
      const membership = await tx.membership.create({
        data: { workspaceId: workspace.id, userId: user.id, role: "administrator", status: "active" },
        select: { id: true },
      });
      const audit = { workspaceId: workspace.id, actorUserId: user.id, ipAddress: context.ipAddress };
      await recordAuditEvent(tx, {
        ...audit,
        action: "workspace.created",
        entityType: "workspace",
        entityId: workspace.id,
      });
      await recordAuditEvent(tx, {
        ...audit,
        action: "member.joined",
        entityType: "membership",
        entityId: membership.id,
        metadata: { role: "administrator" },
      });
      const sessionId = await createUserSession(tx, {
        userId: user.id,
        workspaceId: workspace.id,
        maxHours: context.maxHours,
      });
      await recordAuditEvent(tx, {
        ...audit,
        action: "auth.signed_in",
        entityType: "session",
        entityId: sessionId,
        metadata: { method: "setup" },
      });
      return { userId: user.id, sessionId };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "This service has already been set up. Sign in instead.");
    }
    throw error;
  }
}

const WRONG_DETAILS = "Enter a correct e-mail address and password";

/**
 * Password sign-in. Every failure gives the same message whether or not the account exists.
 * Only people with an active membership may sign in.
 */
export async function signInWithPassword(
  input: { email: string; password: string },
  context: { maxHours: number; ipAddress: string },
): Promise<Started> {
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MINUTES * 60_000);
  if (isSignInThrottled(await countFailedSignIns(input.email, context.ipAddress, since))) {
    throw new AppError(
      "rate_limited",
      `Too many failed sign-in attempts. Wait ${SIGN_IN_WINDOW_MINUTES} minutes, then try again.`,
    );
  }
  const user = await findUserForSignIn(input.email);
  const passwordOk = await verifyPassword(user?.passwordHash, input.password);
  const membership = user?.memberships[0];

  if (!user || !passwordOk || !membership) {
    await db.$transaction(async (tx) => {
      await recordSignInAttempt(tx, { email: input.email, ipAddress: context.ipAddress, succeeded: false });
      await recordAuditEvent(tx, {
        workspaceId: null,
        actorUserId: user?.id ?? null,
        action: "auth.sign_in_failed",
        entityType: "session",
        ipAddress: context.ipAddress,
      });
    });
    throw new AppError("invalid", WRONG_DETAILS);
  }

  return db.$transaction(async (tx) => {
    await recordSignInAttempt(tx, { email: input.email, ipAddress: context.ipAddress, succeeded: true });
    const sessionId = await createUserSession(tx, {
      userId: user.id,
      workspaceId: membership.workspaceId,
      maxHours: context.maxHours,
    });
    await recordAuditEvent(tx, {
      workspaceId: membership.workspaceId,
      actorUserId: user.id,
      action: "auth.signed_in",
      entityType: "session",
      entityId: sessionId,
      metadata: { method: "password" },
      ipAddress: context.ipAddress,
    });
    return { userId: user.id, sessionId };
  });
}

const INVITATION_GONE =
  "This invitation has expired or has already been used. Ask your administrator to invite you again.";

/** Claims an invitation once: the conditional update is the lock, so a link works a single time. */
async function claimInvitation(tx: Prisma.TransactionClient, token: string) {
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, workspaceId: true, membershipId: true, membership: { select: { userId: true, role: true } } },
  });
  if (!invitation) throw new AppError("not_found", INVITATION_GONE);
  const claimed = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: new Date() } },
    data: { acceptedAt: new Date() },
  });
  const activated = await tx.membership.updateMany({
    where: { id: invitation.membershipId, status: "invited" },
    data: { status: "active" },
  });
  if (claimed.count !== 1 || activated.count !== 1) throw new AppError("not_found", INVITATION_GONE);
  return invitation;
}

/** A new person accepts: sets their name and password, joins the workspace, and is signed in. */
export async function acceptInvitation(
  input: AcceptInvitationInput,
  context: { maxHours: number; ipAddress: string },
): Promise<Started> {
  const passwordHash = await hashNewPassword(input.password, [input.name]);
  return db.$transaction(async (tx) => {
    const invitation = await claimInvitation(tx, input.token);
    const userId = invitation.membership.userId;
    const updated = await tx.user.updateMany({
      where: { id: userId, passwordHash: null },
      data: { name: input.name, passwordHash },
    });
    if (updated.count !== 1) {
      throw new AppError(
        "conflict",
        "You already have an account. Sign in first, then open the invitation link again.",
      );
    }
    const audit = { workspaceId: invitation.workspaceId, actorUserId: userId, ipAddress: context.ipAddress };
    await recordAuditEvent(tx, {
      ...audit,
      action: "member.joined",
      entityType: "membership",
      entityId: invitation.membershipId,
      metadata: { role: invitation.membership.role },
    });
    const sessionId = await createUserSession(tx, {
      userId,
      workspaceId: invitation.workspaceId,
      maxHours: context.maxHours,
    });
    await recordAuditEvent(tx, {
      ...audit,
      action: "auth.signed_in",
      entityType: "session",
      entityId: sessionId,
      metadata: { method: "invitation" },
    });
    return { userId, sessionId };
  });
}

/** Someone who already has an account (in another council's workspace) joins this one too. */
export async function joinWorkspace(input: {
  token: string;
  userId: string;
  sessionId: string;
}): Promise<{ workspaceId: string }> {
  return db.$transaction(async (tx) => {
    const invitation = await claimInvitation(tx, input.token);
    if (invitation.membership.userId !== input.userId) {
      throw new AppError("forbidden", "This invitation is for someone else. Sign out, then open the link again.");
    }
    await tx.userSession.update({
      where: { id: input.sessionId },
      data: { workspaceId: invitation.workspaceId },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      workspaceId: invitation.workspaceId,
      actorUserId: input.userId,
      action: "member.joined",
      entityType: "membership",
      entityId: invitation.membershipId,
      metadata: { role: invitation.membership.role },
    });
    return { workspaceId: invitation.workspaceId };
  });
}
