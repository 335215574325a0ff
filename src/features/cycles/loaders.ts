import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { getWorkspaceFramework } from "@/features/framework/data";
import { listCycles } from "./data";

/** The cycles page: every cycle, newest (the current one) first. */
export async function loadCycles() {
  const session = await requirePermission("self-assessment:read");
  const [cycles, framework] = await Promise.all([
    listCycles(session.member.scope),
    getWorkspaceFramework(session.member.scope),
  ]);
  const statementNames = new Map(
    (framework?.themes ?? []).flatMap((theme) =>
      theme.qualityStatements.map((statement) => [statement.key, `${statement.number}. ${statement.name}`] as const),
    ),
  );
  return { cycles, statementNames, mayStart: can(session.member, "cycle:start") };
}
