/**
 * Rules of the improvement plan that need no database. CQC expects a council to know its
 * weaknesses and to show what it is doing about them ("Learning, improvement and innovation"),
 * so every action says who owns it, when it is due and how it is going, in words.
 */
import type { TagTone } from "@/components/data/tag";
import { daysBetween, ukToday } from "@/lib/calendar";

export const ACTION_STATUSES = ["not_started", "in_progress", "done", "cancelled"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const STATUS_LABELS: Record<ActionStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
  cancelled: "Cancelled",
};
export const STATUS_TONES: Record<ActionStatus, TagTone> = {
  not_started: "grey",
  in_progress: "blue",
  done: "green",
  cancelled: "purple",
};

export const RAGS = ["red", "amber", "green"] as const;
export type Rag = (typeof RAGS)[number];
/** The words carry the meaning: a reader who cannot tell red from green still reads "Red: off track". */
export const RAG_LABELS: Record<Rag, string> = {
  red: "Red: off track",
  amber: "Amber: at risk",
  green: "Green: on track",
};
export const RAG_TONES: Record<Rag, TagTone> = { red: "red", amber: "yellow", green: "green" };

/** The framework's themes and their quality statements, for the form's checkboxes. */

export const SORTS = ["due", "title", "status", "rag"] as const;
export type PlanSort = (typeof SORTS)[number];
export type SortDirection = "asc" | "desc";

/** Done and cancelled actions are closed: never overdue, never reminded. */
export function isOpen(status: ActionStatus): boolean {
  return status === "not_started" || status === "in_progress";
}

/** Whole London days an open action is past its due date, or 0 when it is not overdue. */
export function daysOverdue(action: { dueDate: Date; status: ActionStatus }, now: Date): number {
  if (!isOpen(action.status)) return 0;
  return Math.max(0, daysBetween(action.dueDate, ukToday(now)));
}

/** "Overdue by 3 days", "Due today", or null: said in words, never by colour alone. */
export function dueLabel(action: { dueDate: Date; status: ActionStatus }, now: Date): string | null {
  if (!isOpen(action.status)) return null;
  const days = daysOverdue(action, now);
  if (days > 0) return `Overdue by ${days} ${days === 1 ? "day" : "days"}`;
  return daysBetween(ukToday(now), action.dueDate) === 0 ? "Due today" : null;
}

/**
 * When an action becomes done it records the moment; leaving done clears it, so "completed on"
 * is always the time of the latest completion.
 */
export function completedAtAfter(
  previous: { status: ActionStatus; completedAt: Date | null },
  next: ActionStatus,
  now: Date,
): Date | null {
  if (next !== "done") return null;
  return previous.status === "done" ? previous.completedAt : now;
}

/** The link a sort header gives: the same column again flips the direction; a new one starts ascending. */
export function sortLink(
  current: { sort: PlanSort; dir: SortDirection },
  column: PlanSort,
): { sort: PlanSort; dir: SortDirection } {
  if (current.sort === column) return { sort: column, dir: current.dir === "asc" ? "desc" : "asc" };
  return { sort: column, dir: "asc" };
}

export function ariaSort(
  current: { sort: PlanSort; dir: SortDirection },
  column: PlanSort,
): "ascending" | "descending" | "none" {
  if (current.sort !== column) return "none";
  return current.dir === "asc" ? "ascending" : "descending";
}

/** Where the need for an action was found. */
export type ActionSource =
  | { kind: "improvement"; statementKey: string; improvementId: string }
  | { kind: "audit_question"; id: string }
  | { kind: "prep_session"; id: string }
  | { kind: "follow_up"; id: string }
  | { kind: "cqc_finding"; id: string };

/** The one form value that names a source, e.g. "improvement:safeguarding:<area id>" or "session:<id>". */
export function sourceValue(source: ActionSource | null): string {
  if (!source) return "";
  switch (source.kind) {
    case "improvement":
      return `improvement:${source.statementKey}:${source.improvementId}`;
    case "audit_question":
      return `audit:${source.id}`;
    case "prep_session":
      return `session:${source.id}`;
    case "follow_up":
      return `follow-up:${source.id}`;
    case "cqc_finding":
      return `cqc-finding:${source.id}`;
  }
}

/** The stored columns of a source: exactly one kind set, the others cleared. */
export function sourceColumns(source: ActionSource | null) {
  return {
    improvementStatementKey: source?.kind === "improvement" ? source.statementKey : null,
    improvementId: source?.kind === "improvement" ? source.improvementId : null,
    caseAuditQuestionId: source?.kind === "audit_question" ? source.id : null,
    prepSessionId: source?.kind === "prep_session" ? source.id : null,
    prepFollowUpId: source?.kind === "follow_up" ? source.id : null,
    cqcFindingId: source?.kind === "cqc_finding" ? source.id : null,
  };
}

export function sourceFromColumns(row: ReturnType<typeof sourceColumns>): ActionSource | null {
  if (row.improvementStatementKey && row.improvementId)
    return { kind: "improvement", statementKey: row.improvementStatementKey, improvementId: row.improvementId };
  if (row.caseAuditQuestionId) return { kind: "audit_question", id: row.caseAuditQuestionId };
  if (row.prepFollowUpId) return { kind: "follow_up", id: row.prepFollowUpId };
  if (row.prepSessionId) return { kind: "prep_session", id: row.prepSessionId };
  if (row.cqcFindingId) return { kind: "cqc_finding", id: row.cqcFindingId };
  return null;
}

/** The overdue reminder, in plain text (it reads the same in every mail client and screen reader). */
export function overdueMail(
  action: { title: string; dueDate: Date; ownerName: string; councilName: string; link: string },
  dueOn: string,
) {
  return {
    subject: `Overdue action: ${action.title}`,
    text: [
      `Dear ${action.ownerName},`,
      "",
      `An action you own in ${action.councilName}'s improvement plan was due on ${dueOn} and is not marked as done:`,
      "",
      action.title,
      "",
      `Add a progress note, change its due date, or mark it as done: ${action.link}`,
    ].join("\n"),
  };
}

/**
 * The title of an action made from one of CQC's findings: the finding's first sentence, cut at a
 * word within the title's 200 characters. The whole finding becomes the description.
 */
export function titleFromFinding(text: string): string {
  const first = /^(.+?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
  if (first.length <= 200) return first;
  const cut = first.slice(0, 199);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 100 ? cut.lastIndexOf(" ") : 199)}…`;
}
