import "server-only";
import { env } from "@/lib/env";
import { configuredMailer } from "@/lib/email/mailer";
import { defineJob } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { findRequestsNearDue, getRequestForNotice } from "./data";
import { claimNotice, fallBackToInApp } from "./mutations";
import { remindersDue, requestMail, type NoticeKind } from "./domain";

export type Delivery = "email" | "in_app" | "already_sent";

/**
 * Gives one notice about a request: by e-mail when SMTP is configured, otherwise (or when the
 * mail server refuses) it is recorded for the app to show. Never throws for a mail failure: the
 * request itself is already saved, and a reminder must not break anything.
 */
export async function deliverNotice(
  requestId: string,
  kind: NoticeKind,
  extra: { invitationToken?: string | null } = {},
): Promise<Delivery> {
  const mailer = configuredMailer();
  const request = await getRequestForNotice(requestId);
  if (!request) return "already_sent";
  const channel = mailer && request.assigneeEmail ? "email" : "in_app";
  if (!(await claimNotice(requestId, kind, channel))) return "already_sent";
  if (channel === "in_app") return "in_app";
  const appUrl = env().APP_URL;
  const mail = requestMail(kind, {
    ...request,
    link: new URL(`/requests/${requestId}`, appUrl).toString(),
    invitationLink: extra.invitationToken
      ? new URL(`/invitations/${extra.invitationToken}`, appUrl).toString()
      : undefined,
  });
  try {
    await mailer!.send({ to: request.assigneeEmail!, ...mail });
    return "email";
  } catch (error) {
    // Ids and the error's code only: never the address or the message text.
    logger.warn(
      { requestId, kind, code: (error as { code?: string }).code },
      "evidence request e-mail not sent; shown in the app instead",
    );
    await fallBackToInApp(requestId, kind);
    return "in_app";
  }
}

/** Sends every reminder that is due now. Safe to run on several instances at once. */
export async function sendDueReminders(now = new Date()): Promise<{ email: number; inApp: number }> {
  const sent = { email: 0, inApp: 0 };
  for (const request of await findRequestsNearDue(now)) {
    for (const kind of remindersDue(request, now)) {
      const delivery = await deliverNotice(request.id, kind);
      if (delivery === "email") sent.email++;
      if (delivery === "in_app") sent.inApp++;
    }
  }
  return sent;
}

/**
 * The reminder check, every 15 minutes on the job queue (src/lib/jobs/queue.ts): one instance
 * runs each check, and a check run twice still gives each notice once (claimNotice).
 */
export const evidenceRequestJobs = [
  defineJob({
    name: "evidence-requests-reminders",
    cron: "*/15 * * * *",
    handler: async () => {
      const sent = await sendDueReminders();
      if (sent.email + sent.inApp > 0) logger.info(sent, "evidence request reminders given");
    },
  }),
];
