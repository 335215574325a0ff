import { addDays, daysBetween, ukToday } from "@/lib/calendar";
import { formatDate } from "@/components/format/date";

export const REQUEST_STATUSES = ["open", "answered", "declined", "withdrawn"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  open: "Open",
  answered: "Answered",
  declined: "Declined",
  withdrawn: "Withdrawn",
};

export type NoticeKind = "asked" | "due_soon" | "overdue";
export const NOTICE_LABELS: Record<NoticeKind, string> = {
  asked: "Request sent",
  due_soon: "Reminder: due soon",
  overdue: "Reminder: overdue",
};

/** The reminder before the due date goes this many days ahead of it. */
export const REMIND_DAYS_BEFORE = 3;

type Remindable = { status: RequestStatus; dueDate: Date; createdAt: Date; sent: NoticeKind[] };

/**
 * Which reminders a request is owed today: one a few days before the due date (unless it was asked
 * inside that window, when the request itself was the reminder) and one once it is overdue. Each
 * kind goes once; a request that is answered, declined or withdrawn is owed nothing.
 */
export function remindersDue(request: Remindable, now: Date): NoticeKind[] {
  if (request.status !== "open") return [];
  const today = ukToday(now);
  const due: NoticeKind[] = [];
  const daysLeft = daysBetween(today, request.dueDate);
  const remindFrom = addDays(request.dueDate, -REMIND_DAYS_BEFORE);
  const askedEarlyEnough = ukToday(request.createdAt) < remindFrom;
  if (daysLeft >= 0 && daysLeft <= REMIND_DAYS_BEFORE && askedEarlyEnough && !request.sent.includes("due_soon"))
    due.push("due_soon");
  if (daysLeft < 0 && !request.sent.includes("overdue")) due.push("overdue");
  return due;
}

/** "Due today", "Due in 3 days", "1 day overdue": said in words, never by colour alone. */
export function dueLabel(dueDate: Date, now: Date): { text: string; tone: "grey" | "yellow" | "red" } {
  const days = daysBetween(ukToday(now), dueDate);
  if (days < 0) return { text: `${-days} ${-days === 1 ? "day" : "days"} overdue`, tone: "red" };
  if (days === 0) return { text: "Due today", tone: "yellow" };
  return {
    text: `Due in ${days} ${days === 1 ? "day" : "days"}`,
    tone: days <= REMIND_DAYS_BEFORE ? "yellow" : "grey",
  };
}

export type RequestMailDetails = {
  assigneeName: string;
  requesterName: string;
  councilName: string;
  target: string;
  category: string;
  dueDate: Date;
  message: string;
  link: string;
  /** For someone asked by e-mail who has no account yet. */
  invitationLink?: string;
};

/** The e-mail for a notice: plain text, the facts first, one link to act on. */
export function requestMail(kind: NoticeKind, details: RequestMailDetails): { subject: string; text: string } {
  const due = formatDate(details.dueDate);
  const subject = {
    asked: `Evidence request: ${details.target} (due ${due})`,
    due_soon: `Reminder: evidence for ${details.target} is due on ${due}`,
    overdue: `Overdue: evidence for ${details.target} was due on ${due}`,
  }[kind];
  const opening = {
    asked: `${details.requesterName} has asked you for evidence for ${details.councilName}'s CQC assessment.`,
    due_soon: `This is a reminder of ${details.requesterName}'s request for evidence. It is due on ${due}.`,
    overdue: `${details.requesterName}'s request for evidence was due on ${due}. If you cannot provide it, you can decline the request and say why.`,
  }[kind];
  const lines = [
    `Dear ${details.assigneeName},`,
    "",
    opening,
    "",
    `For: ${details.target}`,
    `Kind of evidence: ${details.category}`,
    `Due: ${due}`,
    ...(details.message ? ["", "Message:", details.message] : []),
    "",
    ...(details.invitationLink
      ? [
          "You have been invited to the council's CQC readiness workspace. Set up your account first (the link works once and expires in 7 days):",
          details.invitationLink,
          "",
          "Then open the request:",
        ]
      : ["Upload the evidence, or decline the request, here:"]),
    details.link,
  ];
  return { subject, text: lines.join("\n") };
}
