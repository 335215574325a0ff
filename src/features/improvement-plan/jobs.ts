import "server-only";
import { env } from "@/lib/env";
import { configuredMailer } from "@/lib/email/mailer";
import { defineJob } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { formatDate } from "@/components/format/date";
import { findOverdueActions, getActionForNotice } from "./data";
import { claimActionNotice, fallBackToInApp } from "./mutations";
import { isOpen, overdueMail } from "./domain";
import { remindedByEmail } from "./policy";

export type Delivery = "email" | "in_app" | "already_sent";

/**
 * Gives the overdue reminder for one action and its current due date: by e-mail to a member owner
 * when SMTP is configured, otherwise (or when the mail server refuses) it is recorded for the
 * improvement plan page to show. Never throws for a mail failure: a reminder must not break anything.
 */
export async function deliverOverdueNotice(actionId: string): Promise<Delivery> {
  const mailer = configuredMailer();
  const action = await getActionForNotice(actionId);
  if (!action || !isOpen(action.status)) return "already_sent";
  const channel = remindedByEmail(action, Boolean(mailer)) ? "email" : "in_app";
  if (!(await claimActionNotice(action.id, action.dueDate, channel))) return "already_sent";
  if (channel === "in_app") return "in_app";
  const mail = overdueMail(
    { ...action, link: new URL(`/improvement-plan/${action.id}`, env().APP_URL).toString() },
    formatDate(action.dueDate),
  );
  try {
    await mailer!.send({ to: action.ownerEmail!, ...mail });
    return "email";
  } catch (error) {
    // Ids and the error's code only: never the address or the action's text.
    logger.warn(
      { actionId, code: (error as { code?: string }).code },
      "improvement action e-mail not sent; shown in the app instead",
    );
    await fallBackToInApp(action.id, action.dueDate);
    return "in_app";
  }
}

/** Reminds about every open action past its due date, once per due date. Safe on several instances at once. */
export async function sendOverdueActionReminders(now = new Date()): Promise<{ email: number; inApp: number }> {
  const sent = { email: 0, inApp: 0 };
  for (const action of await findOverdueActions(now)) {
    const delivery = await deliverOverdueNotice(action.id);
    if (delivery === "email") sent.email++;
    if (delivery === "in_app") sent.inApp++;
  }
  return sent;
}

/**
 * The overdue check, every 15 minutes on the job queue beside the evidence request check: one
 * instance runs each check, and a check run twice still reminds once per due date (claimActionNotice).
 */
export const improvementPlanJobs = [
  defineJob({
    name: "improvement-plan-overdue-reminders",
    cron: "*/15 * * * *",
    handler: async () => {
      const sent = await sendOverdueActionReminders();
      if (sent.email + sent.inApp > 0) logger.info(sent, "improvement action reminders given");
    },
  }),
];
