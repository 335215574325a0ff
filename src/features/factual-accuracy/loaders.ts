import "server-only";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { isUuid } from "@/lib/ids";
import { evidenceViewer } from "@/features/evidence/policy";
import { getKeyDates } from "@/features/timeline/data";
import { keyDateOf } from "@/features/timeline/domain";
import { getPoint, listEvidenceChoices, listEvidenceTitles, listPoints } from "./data";
import { outcomeCounts, workingDaysLeft } from "./domain";
import { evidenceFilterSchema } from "./schema";

/** The deadline: 10 working days after the draft report, or the date CQC gave instead. */
async function deadlineOf(scope: Parameters<typeof getKeyDates>[0], now: Date) {
  const dates = await getKeyDates(scope);
  const draft = keyDateOf(dates, "draft_report");
  const due = keyDateOf(dates, "factual_accuracy_due");
  return {
    draftReport: draft.date,
    due: due.date,
    confirmed: due.source === "confirmed",
    workingDaysLeft: due.date ? workingDaysLeft(due.date, now) : null,
  };
}

export async function loadFactualAccuracy() {
  const session = await requirePermission("accuracy:read");
  const scope = session.member.scope;
  const now = new Date();
  const [deadline, points] = await Promise.all([deadlineOf(scope, now), listPoints(scope)]);
  return { deadline, points, counts: outcomeCounts(points), may: { edit: can(session.member, "accuracy:edit") } };
}

export async function loadNewPoint(filter: string | undefined) {
  const session = await requirePermission("accuracy:edit");
  const viewer = evidenceViewer(session.user.id, session.member);
  const q = evidenceFilterSchema.parse(filter);
  return { q, ...(await listEvidenceChoices(session.member.scope, viewer, q, [])) };
}

export async function loadPoint(id: string, filter: string | undefined) {
  const session = await requirePermission("accuracy:read");
  const scope = session.member.scope;
  const viewer = evidenceViewer(session.user.id, session.member);
  const point = isUuid(id) ? await getPoint(scope, id) : null;
  if (!point) notFound();
  const mayEdit = can(session.member, "accuracy:edit");
  const q = evidenceFilterSchema.parse(filter);
  const [evidence, choices] = await Promise.all([
    listEvidenceTitles(scope, viewer, point.evidenceIds),
    mayEdit ? listEvidenceChoices(scope, viewer, q, point.evidenceIds) : Promise.resolve(null),
  ]);
  return { point, evidence, hiddenEvidence: point.evidenceIds.length - evidence.length, choices, q, mayEdit };
}
