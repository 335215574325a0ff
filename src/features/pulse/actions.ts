"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction, createPublicAction } from "@/lib/actions/create-action";
import type { FieldErrors } from "@/lib/actions/result";
import { AppError } from "@/lib/errors";
import { sessionViewer } from "@/features/preparation/policy";
import { getPulseFormByToken } from "./data";
import { closePulseLink, createPulseLink, submitPulse } from "./mutations";
import { SlidingWindowLimiter } from "@/lib/rate-limit";
import { PULSE_ANSWERS_PER_MINUTE, PULSE_MESSAGES } from "./domain";
import { closePulseLinkSchema, createPulseLinkSchema, pulseFormSchema, pulseSubmissionSchema } from "./schema";

// Per link, in this instance's memory: see PULSE_ANSWERS_PER_MINUTE for why not per address.
const pulseAnswerLimiter = new SlidingWindowLimiter({ limit: PULSE_ANSWERS_PER_MINUTE, windowMs: 60_000 });

export const createPulseLinkAction = createAction({
  name: "createPulseLinkAction",
  permission: "preparation:run",
  schema: createPulseLinkSchema,
  async handler(input, { scope, actor, member }) {
    await createPulseLink(scope, actor, sessionViewer(actor.userId, member), input);
    revalidatePath(`/preparation/sessions/${input.sessionId}`);
    redirect(`/preparation/sessions/${input.sessionId}?saved=pulse-link`);
  },
});

export const closePulseLinkAction = createAction({
  name: "closePulseLinkAction",
  permission: "preparation:run",
  schema: closePulseLinkSchema,
  async handler(input, { scope, actor, member }) {
    const { sessionId } = await closePulseLink(scope, actor, sessionViewer(actor.userId, member), input.linkId);
    revalidatePath(`/preparation/sessions/${sessionId}`);
    redirect(`/preparation/sessions/${sessionId}?saved=pulse-link-closed`);
  },
});

/**
 * Staff answer without an account. The static schema lets through only the token and a dozen
 * short answers; the link's own themes then decide what a complete answer is. Nothing here reads
 * the session cookie, the user or the client's address, and nothing is logged about the answer.
 */
export const submitPulseAction = createPublicAction({
  name: "submitPulseAction",
  reason:
    "token-scoped anonymous confidence pulse: the link's token is the credential and only adds one answer to its session's pulse while the link is open and under its limit; rate-limited per link; no user or address is read or kept",
  schema: pulseSubmissionSchema,
  async handler(input) {
    const form = await getPulseFormByToken(input.token);
    if (!form) throw new AppError("not_found", PULSE_MESSAGES.unknown);
    if (form.state !== "open")
      throw new AppError("conflict", form.state === "full" ? PULSE_MESSAGES.full : PULSE_MESSAGES.closed);
    const parsed = pulseFormSchema(form.themes).safeParse({ token: input.token, ...input.answers });
    if (!parsed.success) {
      const fieldErrors: FieldErrors = {};
      let formError: string | undefined;
      for (const issue of parsed.error.issues) {
        const key = issue.path.map(String).join(".");
        if (!key || key === "token") formError ??= issue.message;
        else fieldErrors[key] ??= issue.message;
      }
      return { status: "error", formError, fieldErrors, values: input.answers };
    }
    if (!pulseAnswerLimiter.take(form.linkId)) throw new AppError("rate_limited", PULSE_MESSAGES.busy);
    await submitPulse(input.token, parsed.data.scores);
    redirect(`/pulse/${input.token}?answered=1`);
  },
});
