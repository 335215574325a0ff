import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/authz/permissions";
import { systemScope, type WorkspaceScope } from "@/lib/authz/scope";
import { firstCycle } from "@/features/cycles/domain";
import { getCurrentCycle } from "@/features/cycles/data";

/** Builders for integration tests: real rows, made the way the app makes them. */

export const TEST_PASSWORD = "a long test passphrase";
let passwordHash: Promise<string> | undefined;

export async function createWorkspace(name = `Council ${randomBytes(3).toString("hex")}`) {
  const framework = await db.frameworkVersion.findFirstOrThrow({ orderBy: { loadedAt: "desc" }, select: { id: true } });
  const workspace = await db.workspace.create({
    data: { name, frameworkVersionId: framework.id, cycles: { create: firstCycle(new Date()) } },
    select: { id: true, name: true },
  });
  return { ...workspace, scope: systemScope(workspace.id) as WorkspaceScope };
}

export async function createMember(
  workspaceId: string,
  role: Role,
  options: { email?: string; status?: "invited" | "active" | "deactivated"; withPassword?: boolean } = {},
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = options.email ?? `${role}.${randomBytes(3).toString("hex")}@council.example`;
  const user =
    (await db.user.findUnique({ where: { email }, select: { id: true } })) ??
    (await db.user.create({
      data: { email, name: `Test ${role}`, passwordHash: options.withPassword === false ? null : await passwordHash },
      select: { id: true },
    }));
  const membership = await db.membership.create({
    data: { workspaceId, userId: user.id, role, status: options.status ?? "active" },
    select: { id: true },
  });
  return { userId: user.id, membershipId: membership.id, email };
}

export async function createSession(userId: string, workspaceId: string | null) {
  const row = await db.userSession.create({
    data: { userId, workspaceId, expiresAt: new Date(Date.now() + 3600_000) },
    select: { id: true },
  });
  return row.id;
}

/**
 * Self-assessed scores for quality statements by number (1–9), in progress: the rows a save through
 * the statement page leaves, without the page.
 */
export async function scoreStatements(workspaceId: string, scores: Record<number, 1 | 2 | 3 | 4>) {
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { frameworkVersion: { select: { themes: { select: { qualityStatements: true } } } } },
  });
  const statements = workspace.frameworkVersion.themes.flatMap((theme) => theme.qualityStatements);
  const cycle = await getCurrentCycle(systemScope(workspaceId));
  for (const [number, score] of Object.entries(scores)) {
    const statement = statements.find((one) => one.number === Number(number));
    if (!statement) throw new Error(`No quality statement ${number}`);
    const content = {
      strengths: [],
      howWeKnow: "",
      improvements: [],
      direction: null,
      directionReason: "",
      score,
      scoreRationale: "",
      categoryScores: {},
    };
    await db.statementAssessment.upsert({
      where: { cycleId_qualityStatementId: { cycleId: cycle.id, qualityStatementId: statement.id } },
      create: {
        workspaceId,
        cycleId: cycle.id,
        qualityStatementId: statement.id,
        status: "in_progress",
        version: 1,
        content,
        score,
      },
      update: { content, score },
    });
  }
}
