import { daysBetween, ukToday } from "@/lib/calendar";

/**
 * The information return: CQC asks for it when it notifies the council, due three weeks later
 * (CQC, local authority assessment: information return due 3 weeks after notification;
 * prisma/reference/cqc-la-framework.json "lifecycle").
 */
export const RETURN_DUE_DAYS = 21;

export const IR_STATUSES = ["not_started", "in_progress", "ready", "submitted"] as const;
export type IrStatus = (typeof IR_STATUSES)[number];
export const IR_STATUS_LABELS: Record<IrStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  ready: "Ready",
  submitted: "Submitted",
};

const DAY = 86_400_000;

export function returnDueDate(notificationDate: Date | null): Date | null {
  return notificationDate ? new Date(notificationDate.getTime() + RETURN_DUE_DAYS * DAY) : null;
}

/** An item is due on its own date when CQC gave one, else with the whole return. */
export function itemDueDate(override: Date | null, notificationDate: Date | null): Date | null {
  return override ?? returnDueDate(notificationDate);
}

/** Whole days from today (UK calendar day) to a due date; negative when overdue. */
export function daysLeft(due: Date, now: Date): number {
  return daysBetween(ukToday(now), due);
}

export function progressOf(items: { status: IrStatus; due: Date | null }[], now: Date) {
  const counts = Object.fromEntries(IR_STATUSES.map((status) => [status, 0])) as Record<IrStatus, number>;
  let overdue = 0;
  for (const item of items) {
    counts[item.status]++;
    if (item.due && item.status !== "submitted" && daysLeft(item.due, now) < 0) overdue++;
  }
  return { counts, overdue, total: items.length };
}
