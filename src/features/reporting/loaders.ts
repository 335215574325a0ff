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
  return {
    ...buildDashboard(facts, { councilName: session.member.workspaceName, now }),
    scoreLabels: facts.scoring.scores,
    readAt: facts.readAt,
    may: { export: can(session.member, "report:export"), cases: can(session.member, "case:read") },
  };
}
