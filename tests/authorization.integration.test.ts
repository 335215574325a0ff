import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { accessOf, actionNameOf } from "@/lib/actions/registry";
import { PERMISSIONS, ROLES, roleHasPermission, type Role } from "@/lib/authz/permissions";
import { scopeFromMembership } from "@/lib/authz/scope";
import type { CurrentSession } from "@/lib/auth/session";
import { idle } from "@/lib/actions/result";
import { filesNamed } from "./support/source-tree";

/**
 * Every server action and route handler must be built with the access wrappers (so it consults
 * the policy module), and each must answer every role exactly as the permission table says.
 * New actions and routes are found by walking the source tree: nothing to register by hand.
 */
const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentSession: async () => session.current,
}));

const root = path.resolve(__dirname, "..");

function sessionAs(role: Role): CurrentSession {
  const workspaceId = "00000000-0000-7000-8000-000000000001";
  return {
    sessionId: "00000000-0000-7000-8000-000000000002",
    user: { id: "00000000-0000-7000-8000-000000000003", email: "someone@council.example", name: "Someone" },
    memberships: [{ id: "00000000-0000-7000-8000-000000000004", role, workspaceId, workspaceName: "Test council" }],
    member: {
      membershipId: "00000000-0000-7000-8000-000000000004",
      role,
      workspaceId,
      workspaceName: "Test council",
      active: true,
      scope: scopeFromMembership(workspaceId),
    },
  };
}

const FORBIDDEN = /do not have permission/;

const PERMISSION_NAMES_FOR_CASES = (Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).filter((name) =>
  name.startsWith("case:"),
);

/**
 * Who may call what, written out once more on purpose: a new action, or a changed permission,
 * fails here until someone states the intended access in this table.
 */
const EXPECTED_ACCESS: Record<string, string> = {
  "src/features/auth/actions.ts#setupAction": "public",
  "src/features/auth/actions.ts#signInAction": "public",
  "src/features/auth/actions.ts#acceptInvitationAction": "public",
  "src/features/auth/actions.ts#joinWorkspaceAction": "signed-in",
  "src/features/auth/actions.ts#signOutAction": "signed-in",
  "src/features/auth/actions.ts#switchWorkspaceAction": "signed-in",
  "src/features/users/actions.ts#inviteMemberAction": "member:invite",
  "src/features/users/actions.ts#renewInvitationAction": "member:invite",
  "src/features/users/actions.ts#changeRoleAction": "member:update",
  "src/features/users/actions.ts#deactivateMemberAction": "member:update",
  "src/features/users/actions.ts#reactivateMemberAction": "member:update",
  "src/features/self-assessment/actions.ts#saveStatementAction": "self-assessment:edit",
  "src/features/self-assessment/actions.ts#submitStatementAction": "self-assessment:submit",
  "src/features/self-assessment/actions.ts#agreeStatementAction": "self-assessment:agree",
  "src/features/self-assessment/actions.ts#reopenStatementAction": "self-assessment:reopen",
  "src/features/self-assessment/actions.ts#addCommentAction": "self-assessment:comment",
  "src/features/self-assessment/actions.ts#restoreRevisionAction": "self-assessment:edit",
  "src/features/self-assessment/actions.ts#createSnapshotAction": "snapshot:create",
  "src/features/self-assessment/actions.ts#startCycleAction": "cycle:start",
  "src/features/evidence/actions.ts#createEvidenceAction": "evidence:create",
  "src/features/evidence/actions.ts#updateEvidenceAction": "evidence:edit",
  "src/features/evidence/actions.ts#importEvidenceAction": "evidence:create",
  "src/features/evidence/actions.ts#readFileAgainAction": "evidence:edit",
  "src/features/evidence/actions.ts#acceptSuggestionAction": "evidence:edit",
  "src/features/evidence/actions.ts#dismissSuggestionAction": "evidence:edit",
  "src/features/evidence-requests/actions.ts#createRequestAction": "evidence-request:create",
  "src/features/evidence-requests/actions.ts#declineRequestAction": "evidence-request:respond",
  "src/features/evidence-requests/actions.ts#withdrawRequestAction": "evidence-request:create",
  "src/features/cases/actions.ts#setUpCaseTrackingAction": "case:manage",
  "src/features/cases/actions.ts#createCaseAction": "case:edit",
  "src/features/cases/actions.ts#updateCaseAction": "case:edit",
  "src/features/cases/actions.ts#changeSampleAction": "case:edit",
  "src/features/cases/actions.ts#setConsentAction": "case:edit",
  "src/features/cases/actions.ts#addContactAction": "case:edit",
  "src/features/cases/actions.ts#saveCaseAuditAction": "case:audit",
  "src/features/cases/actions.ts#saveReflectiveLogAction": "case:reflect",
  "src/features/cases/actions.ts#signOffReflectiveLogAction": "case:sign-off",
  "src/features/cases/actions.ts#addCohortAction": "case:manage",
  "src/features/cases/actions.ts#removeCohortAction": "case:manage",
  "src/features/cases/actions.ts#addAuditQuestionAction": "case:manage",
  "src/features/cases/actions.ts#retireAuditQuestionAction": "case:manage",
  "src/features/cases/actions.ts#importCasesAction": "case:edit",
  "src/features/cases/actions.ts#closeCaseTrackingAction": "case:manage",
  "src/features/information-return/actions.ts#startInformationReturnAction": "information-return:manage",
  "src/features/information-return/actions.ts#setNotificationDateAction": "information-return:manage",
  "src/features/information-return/actions.ts#updateInformationReturnItemAction": "information-return:edit",
  "src/features/information-return/actions.ts#linkEvidenceAction": "information-return:edit",
  "src/features/information-return/actions.ts#unlinkEvidenceAction": "information-return:edit",
  "src/features/preparation/actions.ts#createSessionAction": "preparation:run",
  "src/features/preparation/actions.ts#updateSessionAction": "preparation:run",
  "src/features/preparation/actions.ts#addQuestionsAction": "preparation:run",
  "src/features/preparation/actions.ts#drawQuestionsAction": "preparation:run",
  "src/features/preparation/actions.ts#removeQuestionAction": "preparation:run",
  "src/features/preparation/actions.ts#moveQuestionAction": "preparation:run",
  "src/features/preparation/actions.ts#recordSessionAction": "preparation:run",
  "src/features/preparation/actions.ts#addFollowUpAction": "preparation:run",
  "src/features/preparation/actions.ts#setFollowUpDoneAction": "preparation:run",
  "src/features/preparation/actions.ts#deleteSessionAction": "preparation:run",
  "src/features/good-practice/actions.ts#createGoodPracticeAction": "good-practice:create",
  "src/features/good-practice/actions.ts#updateGoodPracticeAction": "good-practice:create",
  "src/features/good-practice/actions.ts#convertGoodPracticeAction": "good-practice:convert",
  "src/features/question-bank/actions.ts#loadStartingBankAction": "question-bank:manage",
  "src/features/question-bank/actions.ts#createQuestionAction": "question-bank:manage",
  "src/features/question-bank/actions.ts#updateQuestionAction": "question-bank:manage",
  "src/features/question-bank/actions.ts#retireQuestionAction": "question-bank:manage",
  "src/features/question-bank/actions.ts#restoreQuestionAction": "question-bank:manage",
  "src/features/question-bank/actions.ts#confirmQuestionImportAction": "question-bank:manage",
  "src/app/api/uploads/question-import/route.ts#POST": "question-bank:manage",
  "src/features/benchmark/actions.ts#applyOutcomeImportAction": "benchmark:import",
  "src/app/api/uploads/published-outcomes/route.ts#POST": "benchmark:import",
  "src/app/api/preparation/questions/export/route.ts#GET": "question-bank:read",
  "src/features/pulse/actions.ts#createPulseLinkAction": "preparation:run",
  "src/features/pulse/actions.ts#closePulseLinkAction": "preparation:run",
  "src/features/pulse/actions.ts#submitPulseAction": "public",
  "src/features/timeline/actions.ts#setTimelineDateAction": "timeline:manage",
  "src/features/timeline/actions.ts#setVisitWeeksAction": "timeline:manage",
  "src/features/timeline/actions.ts#startChecklistAction": "timeline:manage",
  "src/features/timeline/actions.ts#addChecklistItemAction": "timeline:manage",
  "src/features/timeline/actions.ts#updateChecklistItemAction": "timeline:manage",
  "src/features/timeline/actions.ts#tickChecklistItemAction": "timeline:checklist",
  "src/features/timeline/actions.ts#removeChecklistItemAction": "timeline:manage",
  "src/features/factual-accuracy/actions.ts#addPointAction": "accuracy:edit",
  "src/features/factual-accuracy/actions.ts#updatePointAction": "accuracy:edit",
  "src/features/factual-accuracy/actions.ts#setOutcomeAction": "accuracy:edit",
  "src/features/cqc-result/actions.ts#readCqcReportAction": "cqc-result:record",
  "src/features/cqc-result/actions.ts#recordCqcResultAction": "cqc-result:record",
  "src/features/visit/actions.ts#createVisitSessionAction": "visit:manage",
  "src/features/visit/actions.ts#updateVisitSessionAction": "visit:manage",
  "src/features/visit/actions.ts#addSessionParticipantsAction": "visit:manage",
  "src/features/visit/actions.ts#removeSessionParticipantAction": "visit:manage",
  "src/features/visit/actions.ts#removeVisitSessionAction": "visit:manage",
  "src/features/visit/actions.ts#markBriefedAction": "visit:manage",
  "src/features/visit/actions.ts#setSessionEvidenceAction": "visit:manage",
  "src/features/visit/actions.ts#saveDebriefAction": "visit:manage",
  "src/features/visit/actions.ts#addFollowUpRequestAction": "visit:manage",
  "src/features/visit/actions.ts#settleFollowUpRequestAction": "visit:manage",
  "src/features/visit/actions.ts#createParticipantAction": "visit:manage",
  "src/features/visit/actions.ts#importVisitScheduleAction": "visit:manage",
  "src/app/api/uploads/visit-schedule/route.ts#POST": "visit:manage",
  "src/app/api/visit/run-sheet/[day]/route.ts#GET": "visit:read",
  "src/app/api/visit/sessions/[id]/briefing/route.ts#GET": "visit:read",
  "src/features/improvement-plan/actions.ts#createImprovementActionAction": "improvement:edit",
  "src/features/improvement-plan/actions.ts#updateImprovementActionAction": "improvement:edit",
  "src/features/improvement-plan/actions.ts#addProgressNoteAction": "improvement:edit",
  "src/features/improvement-plan/actions.ts#createActionsFromFindingsAction": "improvement:edit",
  "src/app/api/improvement-plan/export/route.ts#GET": "improvement:export",
  "src/app/api/admin/audit/export/route.ts#GET": "audit:read",
  "src/app/api/information-return/pack/route.ts#GET": "information-return:export",
  "src/app/api/information-return/pack/exports/[id]/route.ts#GET": "information-return:export",
  "src/app/api/reports/board-pack/exports/[id]/route.ts#GET": "report:export",
  "src/features/exports/actions.ts#startInformationReturnPackAction": "information-return:export",
  "src/features/exports/actions.ts#startBoardPackAction": "report:export",
  "src/app/api/auth/[...nextauth]/route.ts#GET": "public",
  "src/app/api/auth/[...nextauth]/route.ts#POST": "public",
  "src/app/api/health/route.ts#GET": "public",
  "src/app/api/uploads/evidence/[id]/route.ts#POST": "evidence:edit",
  "src/app/api/uploads/evidence-import/route.ts#POST": "evidence:create",
  "src/app/api/uploads/requests/[id]/route.ts#POST": "evidence-request:respond",
  "src/app/api/uploads/case-import/route.ts#POST": "case:edit",
  "src/app/api/cases/export/route.ts#GET": "case:manage",
  "src/app/api/reports/self-assessment/route.ts#GET": "report:export",
  "src/app/api/reports/board-pack/route.ts#GET": "report:export",
  "src/app/api/reports/evidence-register/route.ts#GET": "report:export",
  "src/app/api/evidence/[id]/files/[fileId]/route.ts#GET": "evidence:read",
};

function describeAccess(value: unknown): string | undefined {
  const access = accessOf(value);
  if (!access) return undefined;
  return access.kind === "permission" ? access.permission : access.kind;
}

type Exported = Record<string, unknown>;

async function loadActions() {
  const files = await filesNamed(
    path.join(root, "src"),
    (name) => /\.(ts|tsx)$/.test(name) && !name.includes(".test."),
  );
  const withDirective: string[] = [];
  for (const file of files) {
    const text = await readFile(file, "utf8");
    if (/^\s*["']use server["']/m.test(text)) withDirective.push(file);
  }
  const modules = await Promise.all(
    withDirective.map(async (file) => [file, (await import(file)) as Exported] as const),
  );
  return { withDirective, modules };
}

describe("server actions", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("live only in actions.ts files, and every one declares its access", async () => {
    const { withDirective, modules } = await loadActions();
    expect(withDirective.length).toBeGreaterThan(0);
    for (const file of withDirective) expect(path.basename(file), `${file} has "use server"`).toBe("actions.ts");
    for (const [file, exported] of modules) {
      for (const [name, value] of Object.entries(exported)) {
        expect(accessOf(value), `${path.relative(root, file)}: ${name} was not built with createAction`).toBeDefined();
      }
    }
  });

  it("are each named as they are exported, so a failure's log line says which action it was", async () => {
    const { modules } = await loadActions();
    for (const [file, exported] of modules) {
      for (const [name, value] of Object.entries(exported))
        expect(actionNameOf(value), `${path.relative(root, file)}: ${name}`).toBe(name);
    }
  });

  it("each declare exactly the access the table above intends", async () => {
    const { modules } = await loadActions();
    const routes = await filesNamed(path.join(root, "src", "app"), (name) => /^route\.(ts|tsx)$/.test(name));
    const found: Record<string, string | undefined> = {};
    for (const [file, exported] of modules) {
      for (const [name, value] of Object.entries(exported))
        found[`${path.relative(root, file)}#${name}`] = describeAccess(value);
    }
    for (const file of routes) {
      const exported = (await import(file)) as Exported;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        if (method in exported) found[`${path.relative(root, file)}#${method}`] = describeAccess(exported[method]);
      }
    }
    expect(found).toEqual(EXPECTED_ACCESS);
  });

  it("answer every role exactly as the permission table says", async () => {
    const { modules } = await loadActions();
    let checked = 0;
    for (const [file, exported] of modules) {
      for (const [name, value] of Object.entries(exported)) {
        const access = accessOf(value);
        if (access?.kind !== "permission") continue;
        const action = value as (
          previous: typeof idle,
          formData: FormData,
        ) => Promise<{ status: string; formError?: string }>;
        for (const role of ROLES) {
          session.current = sessionAs(role);
          const result = await action(idle, new FormData());
          const refused = result.status === "error" && FORBIDDEN.test(result.formError ?? "");
          expect(refused, `${path.relative(root, file)}: ${name} as ${role}`).toBe(
            !roleHasPermission(role, access.permission),
          );
          checked++;
        }
        session.current = null;
        const signedOut = await action(idle, new FormData());
        expect(signedOut.formError, `${name} signed out`).toMatch(/session has ended/);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("that are signed-in-only refuse a signed-out caller", async () => {
    const { modules } = await loadActions();
    for (const [, exported] of modules) {
      for (const [name, value] of Object.entries(exported)) {
        if (accessOf(value)?.kind !== "signed-in") continue;
        const action = value as (previous: typeof idle, formData: FormData) => Promise<{ formError?: string }>;
        expect((await action(idle, new FormData())).formError, name).toMatch(/session has ended/);
      }
    }
  });
});

describe("route handlers", () => {
  it("every exported method declares its access", async () => {
    const files = await filesNamed(path.join(root, "src", "app"), (name) => /^route\.(ts|tsx)$/.test(name));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const exported = (await import(file)) as Exported;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]) {
        if (!(method in exported)) continue;
        expect(accessOf(exported[method]), `${path.relative(root, file)} ${method}`).toBeDefined();
      }
    }
  });
});

describe("the permission table", () => {
  it("never lets a viewer, a director or an administrator open case data", () => {
    for (const permission of PERMISSION_NAMES_FOR_CASES) {
      for (const role of ["viewer", "director", "administrator"] as const)
        expect(roleHasPermission(role, permission), `${role} ${permission}`).toBe(false);
    }
  });

  it("gives administrators every member-management permission and viewers none", () => {
    for (const permission of ["member:read", "member:invite", "member:update", "audit:read"] as const) {
      expect(roleHasPermission("administrator", permission)).toBe(true);
      expect(roleHasPermission("viewer", permission)).toBe(false);
    }
  });

  it("names only known roles", () => {
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(ROLES).toContain(role);
  });
});
