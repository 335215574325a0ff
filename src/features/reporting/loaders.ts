import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { evidenceViewer } from "@/features/evidence/policy";
import { getDashboardFacts } from "./data";
import { buildDashboard } from "./domain";

export async function loadDashboard() {
  const session = await requirePermission("report:read");
  const now = new Date();
  // Read afresh on every load: whatever someone has just changed must show on their next load.
  const facts = await getDashboardFacts(session.member.scope, evidenceViewer(session.user.id, session.member), now);
  const dashboard = buildDashboard(facts, { councilName: session.member.workspaceName, now });
  // CQC's result and the calibration are for those who may read the result (directors and the readiness lead).
  if (!can(session.member, "cqc-result:read")) dashboard.pack.cqcResult = null;
  return {
    ...dashboard,
    scoreLabels: facts.scoring.scores,
    readAt: facts.readAt,
    may: { export: can(session.member, "report:export"), cases: can(session.member, "case:read") },
  };
}
