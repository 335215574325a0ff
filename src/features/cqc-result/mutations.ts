import { db, type Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { frameworkScoringSchema } from "@/features/framework/schema";
import { checkResult } from "./domain";
import type { CqcResultInput } from "./schema";

type Actor = { userId: string };

const stale = () =>
  new AppError(
    "stale",
    "Someone else recorded the CQC result while you were checking it. What you entered is still in the form: open the result in a new tab to see theirs, then save again.",
  );

/**
 * Records the council's published CQC result, or corrects the one recorded: the headline
 * figures, the nine scores and each statement's key findings, with one audit event, in one
 * transaction. Refused with nothing written when a score is missing, the rating is not the band
 * of the percentage, or the percentage is not the one the scores give. A finding whose text is
 * unchanged keeps its id, so improvement actions made from it stay linked.
 */
export async function recordCqcResult(
  scope: WorkspaceScope,
  actor: Actor,
  input: CqcResultInput,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const workspace = await tx.workspace.findUniqueOrThrow({
      where: { id: scope.workspaceId },
      select: {
        frameworkVersion: {
          select: {
            scoring: true,
            qualityStatements: {
              orderBy: { number: "asc" },
              select: { key: true, number: true, name: true, aliases: true },
            },
          },
        },
      },
    });
    const statements = workspace.frameworkVersion.qualityStatements;
    const { bands } = frameworkScoringSchema.parse(workspace.frameworkVersion.scoring);
    const errors = checkResult(input, statements, bands);
    const known = new Set(statements.map((statement) => statement.key));
    if (Object.keys(input.findings).some((key) => !known.has(key)))
      errors.form ??= "Findings were given for a quality statement that is not in the framework";
    if (Object.keys(errors).length) {
      const { form, ...fieldErrors } = errors;
      throw new AppError(
        "invalid",
        form ?? "The result was not saved. Correct what is marked below and save again.",
        fieldErrors,
      );
    }

    const existing = await lockExisting(tx, scope);
    if ((existing?.version ?? 0) !== input.expectedVersion) throw stale();
    const fields = {
      publishedOn: new Date(`${input.publishedOn}T00:00:00Z`),
      rating: input.rating,
      percent: input.percent,
      reportUrl: input.reportUrl,
      recordedById: actor.userId,
    };
    const result = existing
      ? await tx.cqcResult.update({
          where: { id: existing.id },
          data: { ...fields, version: { increment: 1 } },
          select: { id: true },
        })
      : await tx.cqcResult.create({ data: { ...fields, workspaceId: scope.workspaceId }, select: { id: true } });

    await tx.cqcResultStatement.deleteMany({ where: { resultId: result.id } });
    await tx.cqcResultStatement.createMany({
      data: statements.map((statement) => ({
        resultId: result.id,
        statementKey: statement.key,
        score: input.scores[statement.key]!,
      })),
    });
    const findings = await replaceFindings(tx, result.id, input.findings);

    await recordAuditEvent(tx, {
      workspaceId: scope.workspaceId,
      actorUserId: actor.userId,
      action: existing ? "cqc_result.corrected" : "cqc_result.recorded",
      entityType: "cqc_result",
      entityId: result.id,
      metadata: { rating: input.rating, percent: input.percent, findings },
    });
    return result;
  });
}

async function lockExisting(tx: Tx, scope: WorkspaceScope) {
  const [row] = await tx.$queryRaw<{ id: string; version: number }[]>`
    SELECT id, version FROM "CqcResult" WHERE "workspaceId" = ${scope.workspaceId}::uuid FOR UPDATE`;
  return row ?? null;
}

/** Keeps unchanged findings (by statement and text), removes the rest, adds the new; returns how many there are. */
async function replaceFindings(tx: Tx, resultId: string, wanted: Record<string, string[]>): Promise<number> {
  const current = await tx.cqcFinding.findMany({
    where: { resultId },
    select: { id: true, statementKey: true, text: true },
  });
  const kept = new Set<string>();
  const creates: { resultId: string; statementKey: string; position: number; text: string }[] = [];
  for (const [statementKey, texts] of Object.entries(wanted)) {
    for (const [position, text] of texts.entries()) {
      const same = current.find(
        (finding) => !kept.has(finding.id) && finding.statementKey === statementKey && finding.text === text,
      );
      if (same) {
        kept.add(same.id);
        await tx.cqcFinding.update({ where: { id: same.id }, data: { position }, select: { id: true } });
      } else creates.push({ resultId, statementKey, position, text });
    }
  }
  const removed = current.filter((finding) => !kept.has(finding.id)).map((finding) => finding.id);
  if (removed.length) await tx.cqcFinding.deleteMany({ where: { id: { in: removed } } });
  if (creates.length) await tx.cqcFinding.createMany({ data: creates });
  return kept.size + creates.length;
}
