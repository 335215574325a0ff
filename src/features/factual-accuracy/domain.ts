/**
 * The factual accuracy check: CQC sends its draft report and the council has 10 working days
 * (bank holidays in England excluded) to send comments on factual errors, each with evidence.
 * The deadline itself is a key date of the timeline (features/timeline/domain.ts).
 */
import { addDays, isWorkingDay, ukToday } from "@/lib/calendar";

export const OUTCOMES = ["pending", "accepted", "partly_accepted", "not_accepted"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  pending: "Waiting for CQC",
  accepted: "Accepted",
  partly_accepted: "Partly accepted",
  not_accepted: "Not accepted",
};

/**
 * Working days left before the deadline, counting the deadline but not today: 0 on the day it is
 * due, negative once past (the working days since).
 */
export function workingDaysLeft(deadline: Date, now: Date): number {
  const today = ukToday(now);
  const [from, to, sign] = deadline >= today ? [today, deadline, 1] : [deadline, today, -1];
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
  return sign * count;
}

export function describeWorkingDaysLeft(days: number): string {
  if (days === 0) return "Due today";
  if (days > 0) return `${days} working ${days === 1 ? "day" : "days"} left`;
  return `${-days} working ${days === -1 ? "day" : "days"} overdue`;
}

export function outcomeCounts(points: { outcome: Outcome }[]): Record<Outcome, number> {
  const counts = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Record<Outcome, number>;
  for (const point of points) counts[point.outcome]++;
  return counts;
}
