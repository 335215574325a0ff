import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { WorkspaceScope } from "@/lib/authz/scope";
import type { Actor } from "@/lib/audit";
import { Prisma } from "@/generated/prisma/client";
import type { Cycle } from "./domain";
import { cycleSelect, getCurrentCycle, toCycle } from "./data";
import type { StartCycleInput } from "./schema";

const MOVED_ON =
  "Someone else started a new cycle while you were filling this in. Nothing has been changed: open the cycles page to see it, then start another only if you still need one.";

/**
 * Creates the new current cycle inside the caller's transaction, after locking the workspace's
 * cycles so two people starting one at once cannot both carry the same cycle forward. The caller
 * (the self-assessment's `startCycle`) copies what the cycle starts from.
 */
export async function createCycle(
  tx: Tx,
  scope: WorkspaceScope,
  actor: Actor,
  input: StartCycleInput,
): Promise<{ cycle: Cycle; previous: Cycle }> {
  await tx.$queryRaw`SELECT id FROM "AssessmentCycle" WHERE "workspaceId" = ${scope.workspaceId}::uuid FOR UPDATE`;
  const previous = await getCurrentCycle(scope, tx);
  if (previous.id !== input.fromCycleId) throw new AppError("stale", MOVED_ON);
  const known = await tx.qualityStatement.count({
    where: {
      key: { in: input.statementKeys },
      frameworkVersion: { workspaces: { some: { id: scope.workspaceId } } },
    },
  });
  if (known !== new Set(input.statementKeys).size) {
    const message = "Choose the review's statements from the list; one of them is not in the framework.";
    throw new AppError("invalid", message, { statementKeys: message });
  }
  try {
    const cycle = await tx.assessmentCycle.create({
      data: {
        workspaceId: scope.workspaceId,
        kind: input.kind,
        name: input.name,
        startedOn: new Date(`${input.startedOn}T00:00:00Z`),
        statementKeys: input.statementKeys,
        lens: input.lens,
        // The council's view of how long CQC takes carries forward; the notification is the new cycle's own.
        visitWeeks: previous.visitWeeks,
        previousCycleId: previous.id,
        createdById: actor.userId,
      },
      select: cycleSelect,
    });
    return { cycle: toCycle(cycle), previous };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const message = "There is already a cycle with this name. Choose another name.";
      throw new AppError("conflict", message, { name: message });
    }
    throw error;
  }
}

/** Sets when the current cycle's visit is expected, saying what it replaced; the caller records the audit event. */
export async function setVisitWeeks(
  tx: Tx,
  scope: WorkspaceScope,
  visitWeeks: number,
): Promise<{ cycleId: string; previous: number }> {
  const cycle = await getCurrentCycle(scope, tx);
  await tx.assessmentCycle.update({ where: { id: cycle.id }, data: { visitWeeks }, select: { id: true } });
  return { cycleId: cycle.id, previous: cycle.visitWeeks };
}

/** Sets (or clears) the current cycle's notification date; the caller records the audit event. */
export async function setNotificationDate(tx: Tx, scope: WorkspaceScope, date: Date | null): Promise<void> {
  const cycle = await getCurrentCycle(scope, tx);
  await tx.assessmentCycle.update({ where: { id: cycle.id }, data: { notificationDate: date }, select: { id: true } });
}
