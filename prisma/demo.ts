/**
 * The demo council: a fictional workspace with one user per role, for trying the product.
 * Loaded by `npm run demo`. Each run sets new random passwords for the demo users and prints them.
 * Later features add their own demo data here, so a newcomer sees a living workspace.
 */
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit";
import { firstCycle } from "@/features/cycles/domain";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/authz/permissions";
import { seedDemoSelfAssessment } from "./demo-self-assessment";
import { seedDemoEvidence } from "./demo-evidence";
import { seedDemoInformationReturn } from "./demo-information-return";
import { seedDemoRequests } from "./demo-requests";
import { seedDemoCases } from "./demo-cases";
import { seedDemoPreparation } from "./demo-preparation";
import { seedDemoPlan } from "./demo-plan";

export const DEMO_COUNCIL = "Northmoor County Council";

const DEMO_PEOPLE: Record<Role, { name: string; email: string }> = {
  administrator: { name: "Priya Shah", email: "admin@northmoor.example" },
  readiness_lead: { name: "Tom Okafor", email: "readiness.lead@northmoor.example" },
  contributor: { name: "Ellen Marsh", email: "contributor@northmoor.example" },
  director: { name: "Graham Whitfield", email: "director@northmoor.example" },
  team_manager: { name: "Aisha Begum", email: "team.manager@northmoor.example" },
  viewer: { name: "Joe Lindqvist", email: "viewer@northmoor.example" },
};

export type DemoCredential = { role: Role; name: string; email: string; password: string };

export class DemoRefused extends Error {}

export async function seedDemo(): Promise<DemoCredential[]> {
  const credentials = await Promise.all(
    ROLES.map(async (role) => {
      const password = randomBytes(9).toString("base64url");
      return { role, ...DEMO_PEOPLE[role], password, passwordHash: await hashPassword(password) };
    }),
  );
  const ids = new Map<Role, string>();
  const workspaceId = await db.$transaction(async (tx) => {
    const framework = await tx.frameworkVersion.findFirst({ orderBy: { loadedAt: "desc" }, select: { id: true } });
    if (!framework) throw new Error("Load the framework reference data before the demo");
    let workspace = await tx.workspace.findFirst({ where: { name: DEMO_COUNCIL }, select: { id: true } });
    if (!workspace) {
      if (await tx.installation.count()) {
        throw new DemoRefused(
          "This copy of the app already has a council set up, so the demo council was not added. Run the demo with its own data folder: DATA_DIR=.data-demo npm run demo",
        );
      }
      await tx.installation.create({ data: { id: 1 } });
      workspace = await tx.workspace.create({
        data: { name: DEMO_COUNCIL, frameworkVersionId: framework.id, cycles: { create: firstCycle(new Date()) } },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        workspaceId: workspace.id,
        actorUserId: null,
        action: "workspace.created",
        entityType: "workspace",
        entityId: workspace.id,
        metadata: { demo: true },
      });
    }
    for (const person of credentials) {
      const user = await tx.user.upsert({
        where: { email: person.email },
        create: { email: person.email, name: person.name, passwordHash: person.passwordHash },
        update: { passwordHash: person.passwordHash },
        select: { id: true },
      });
      await tx.membership.upsert({
        where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
        create: { workspaceId: workspace.id, userId: user.id, role: person.role, status: "active" },
        update: { role: person.role, status: "active", deactivatedAt: null },
        select: { id: true },
      });
      ids.set(person.role, user.id);
    }
    return workspace.id;
  });
  await seedDemoEvidence(workspaceId, [ids.get("readiness_lead")!, ids.get("contributor")!], ids.get("contributor")!);
  await seedDemoInformationReturn(workspaceId, {
    leadId: ids.get("readiness_lead")!,
    contributorId: ids.get("contributor")!,
  });
  await seedDemoRequests(workspaceId, {
    leadId: ids.get("readiness_lead")!,
    contributorId: ids.get("contributor")!,
    managerId: ids.get("team_manager")!,
  });
  await seedDemoCases(workspaceId, {
    leadId: ids.get("readiness_lead")!,
    contributorId: ids.get("contributor")!,
    managerId: ids.get("team_manager")!,
  });
  await seedDemoPreparation(workspaceId, {
    leadId: ids.get("readiness_lead")!,
    contributorId: ids.get("contributor")!,
    managerId: ids.get("team_manager")!,
  });
  await seedDemoSelfAssessment(workspaceId, {
    leadId: ids.get("readiness_lead")!,
    contributorId: ids.get("contributor")!,
    directorId: ids.get("director")!,
  });
  await seedDemoPlan(workspaceId, {
    leadId: ids.get("readiness_lead")!,
    contributorId: ids.get("contributor")!,
    managerId: ids.get("team_manager")!,
  });
  return credentials.map(({ role, name, email, password }) => ({ role, name, email, password }));
}

export function printDemoCredentials(credentials: DemoCredential[]) {
  console.log(
    `\nDemo council: ${DEMO_COUNCIL}. Sign in as any of these (passwords are new each time you run the demo):\n`,
  );
  for (const person of credentials) {
    console.log(`  ${ROLE_LABELS[person.role].padEnd(16)} ${person.email.padEnd(36)} ${person.password}`);
  }
  console.log("");
}
