import "server-only";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { isUuid } from "@/lib/ids";
import { getChecklistItem, getTimelineFacts, listChecklist } from "./data";
import {
  CHECKLIST_PHASES,
  checklistProgress,
  currentPhase,
  dueDateOf,
  followsInWords,
  isTimelineKey,
  keyDateOf,
  keyDates,
} from "./domain";

/** The timeline page: key dates, today's phase and the readiness checklist by phase. */
export async function loadTimeline() {
  const session = await requirePermission("timeline:read");
  const scope = session.member.scope;
  const [facts, stored] = await Promise.all([getTimelineFacts(scope), listChecklist(scope)]);
  const now = new Date();
  const dates = keyDates(facts);
  const checklist = stored.map((item) => ({ ...item, dueDate: dueDateOf(item, dates) }));
  const progress = checklistProgress(checklist);
  return {
    now,
    notificationDate: facts.notificationDate,
    visitWeeks: facts.visitWeeks,
    dates,
    phase: currentPhase(dates, now),
    checklist: CHECKLIST_PHASES.map((phase) => ({
      ...progress.find((row) => row.phase === phase)!,
      items: checklist.filter((item) => item.phase === phase),
    })),
    started: checklist.length > 0,
    may: {
      manage: can(session.member, "timeline:manage"),
      tick: can(session.member, "timeline:checklist"),
      readAccuracy: can(session.member, "accuracy:read"),
      // The notification date belongs to the information return; the form posts to its action.
      setNotification: can(session.member, "timeline:manage") && can(session.member, "information-return:manage"),
    },
  };
}

/** One key date's form. The notification date has its own form on the timeline page. */
export async function loadTimelineDate(key: string) {
  const session = await requirePermission("timeline:manage");
  if (!isTimelineKey(key)) notFound();
  const facts = await getTimelineFacts(session.member.scope);
  const dates = keyDates(facts);
  const withoutEntry = keyDates({ ...facts, entered: facts.entered.filter((row) => row.key !== key) });
  return {
    item: keyDateOf(dates, key),
    entered: facts.entered.find((row) => row.key === key) ?? null,
    // What it returns to when cleared.
    expected: keyDateOf(withoutEntry, key),
  };
}

export async function loadChecklistItem(id: string) {
  const session = await requirePermission("timeline:manage");
  const scope = session.member.scope;
  const [item, facts] = await Promise.all([isUuid(id) ? getChecklistItem(scope, id) : null, getTimelineFacts(scope)]);
  if (!item) notFound();
  return {
    item: { ...item, dueDate: dueDateOf(item, keyDates(facts)) },
    follows: followsInWords(item),
  };
}

export async function loadNewChecklistItem() {
  await requirePermission("timeline:manage");
  return {};
}
