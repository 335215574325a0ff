import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { assertMayRunSession, type SessionViewer } from "@/features/preparation/policy";
import { isCompletePulse, pulseLinkState, PULSE_MESSAGES } from "./domain";
import type { CreatePulseLinkInput } from "./schema";

const DAY = 86_400_000;

/**
 * Makes a link staff open without an account to answer the session's pulse. Only someone who may
 * run the session (its facilitator, or the readiness lead) makes one; another manager's session,
 * or another council's, is "not found". The audit event never holds the token.
 */
export async function createPulseLink(
  scope: WorkspaceScope,
  actor: Actor,
  viewer: SessionViewer,
  input: CreatePulseLinkInput,
  now: Date = new Date(),
): Promise<{ id: string; token: string }> {
  return db.$transaction(async (tx) => {
    const session = await tx.prepSession.findFirst({
      where: { id: input.sessionId, workspaceId: scope.workspaceId },
      select: { facilitatorId: true },
    });
    assertMayRunSession(viewer, session);
    const token = randomBytes(32).toString("base64url");
    const link = await tx.pulseLink.create({
      data: {
        sessionId: input.sessionId,
        moment: input.moment,
        token,
        expiresAt: new Date(now.getTime() + input.days * DAY),
        maxAnswers: input.maxAnswers,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      scope,
      actor,
      action: "pulse_link.created",
      entityType: "pulse_link",
      entityId: link.id,
      metadata: { sessionId: input.sessionId, moment: input.moment, days: input.days, maxAnswers: input.maxAnswers },
    });
    return { id: link.id, token };
  });
}

/** Stops a link taking answers. Closing a closed link changes nothing. Returns its session, to go back to. */
export async function closePulseLink(
  scope: WorkspaceScope,
  actor: Actor,
  viewer: SessionViewer,
  linkId: string,
): Promise<{ sessionId: string }> {
  return db.$transaction(async (tx) => {
    const link = await tx.pulseLink.findFirst({
      where: { id: linkId, session: { workspaceId: scope.workspaceId } },
      select: { sessionId: true, session: { select: { facilitatorId: true } } },
    });
    if (!link) throw new AppError("not_found");
    assertMayRunSession(viewer, link.session);
    const { count } = await tx.pulseLink.updateMany({
      where: { id: linkId, closedAt: null },
      data: { closedAt: new Date() },
    });
    if (count === 1) {
      await recordAuditEvent(tx, {
        scope,
        actor,
        action: "pulse_link.closed",
        entityType: "pulse_link",
        entityId: linkId,
        metadata: { sessionId: link.sessionId },
      });
    }
    return { sessionId: link.sessionId };
  });
}

const refusal = (state: "closed" | "expired" | "full") =>
  state === "full" ? new AppError("conflict", PULSE_MESSAGES.full) : new AppError("conflict", PULSE_MESSAGES.closed);

/**
 * Stores one anonymous answer through a link's token. The link's count goes up by one in a single
 * conditional UPDATE (open, not expired, under its limit), so answers sent at the same moment can
 * never pass the limit, and the answer is written in the same transaction: a refused or failed
 * answer leaves nothing behind.
 *
 * Deliberately no audit event, no log line and no timestamp: an event per answer would put a time
 * beside each answer's session and moment, and with the order of answers that could tie a score
 * to whoever was seen answering at that minute. The answer row has no user, address or time, and
 * a random (v4) id.
 */
export async function submitPulse(
  token: string,
  scores: Record<string, number>,
  now: Date = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const link = await tx.pulseLink.findUnique({
      where: { token },
      select: {
        id: true,
        sessionId: true,
        moment: true,
        closedAt: true,
        expiresAt: true,
        answerCount: true,
        maxAnswers: true,
        session: {
          select: {
            workspace: {
              select: {
                frameworkVersion: { select: { themes: { orderBy: { number: "asc" }, select: { key: true } } } },
              },
            },
          },
        },
      },
    });
    if (!link) throw new AppError("not_found", PULSE_MESSAGES.unknown);
    const state = pulseLinkState(link, now);
    if (state !== "open") throw refusal(state);
    const keys = link.session.workspace.frameworkVersion.themes.map((theme) => theme.key);
    if (!isCompletePulse(scores, keys)) throw new AppError("invalid", PULSE_MESSAGES.changed);

    const { count } = await tx.pulseLink.updateMany({
      where: {
        id: link.id,
        closedAt: null,
        expiresAt: { gt: now },
        answerCount: { lt: tx.pulseLink.fields.maxAnswers },
      },
      data: { answerCount: { increment: 1 } },
    });
    if (count !== 1) {
      // Closed, expired or filled by someone else between the read and the update.
      const current = await tx.pulseLink.findUniqueOrThrow({
        where: { id: link.id },
        select: { closedAt: true, expiresAt: true, answerCount: true, maxAnswers: true },
      });
      const after = pulseLinkState(current, now);
      throw refusal(after === "open" ? "full" : after);
    }
    await tx.pulseAnswer.create({
      data: {
        sessionId: link.sessionId,
        moment: link.moment,
        scores: Object.fromEntries(keys.map((key) => [key, scores[key]!])),
      },
      select: { id: true },
    });
  });
}
