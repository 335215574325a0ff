/**
 * The one role → permission table. Every server action, route handler and page loader names one
 * of these permissions; src/lib/authz/policy.ts answers from this table, deny by default.
 * The authorization matrix test runs every action as every role against this table.
 */
export const ROLES = ["administrator", "readiness_lead", "contributor", "director", "team_manager", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  administrator: "Administrator",
  readiness_lead: "Readiness lead",
  contributor: "Contributor",
  director: "Director",
  team_manager: "Team manager",
  viewer: "Viewer",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  administrator: "Manages users and settings for the council's workspace.",
  readiness_lead: "Leads the self-assessment and evidence, submits statements for review and agrees them.",
  contributor: "Drafts statements and adds evidence.",
  director: "Reads dashboards, reviews and agrees statements.",
  team_manager: "Runs staff preparation sessions, audits cases and signs off reflective logs.",
  viewer: "Reads the framework and the self-assessment, nothing else.",
};

const everyone = ROLES;

export const PERMISSIONS = {
  "framework:read": everyone,
  "workspace:read": everyone,
  "member:read": ["administrator"],
  "member:invite": ["administrator"],
  "member:update": ["administrator"],
  "audit:read": ["administrator"],
  "self-assessment:read": everyone,
  "self-assessment:edit": ["readiness_lead", "contributor"],
  "self-assessment:submit": ["readiness_lead"],
  "self-assessment:agree": ["readiness_lead", "director"],
  "self-assessment:reopen": ["readiness_lead", "director"],
  "self-assessment:comment": ["readiness_lead", "contributor", "director"],
  "snapshot:create": ["readiness_lead"],
  // A new cycle (annual self-assessment, re-assessment, thematic review) becomes everyone's current one.
  "cycle:start": ["readiness_lead"],
  "evidence:read": everyone,
  "evidence:read-sensitive": ["readiness_lead", "contributor", "director"],
  "evidence:create": ["readiness_lead", "contributor"],
  "evidence:edit": ["readiness_lead", "contributor"],
  // Anyone but a viewer can be asked for evidence and answer; a readiness lead or director sees every request.
  "evidence-request:read": ["readiness_lead", "contributor", "director", "team_manager"],
  "evidence-request:read-all": ["readiness_lead", "director"],
  "evidence-request:create": ["readiness_lead", "contributor"],
  // Asking someone who is not yet a user invites them (as a contributor).
  "evidence-request:invite": ["readiness_lead"],
  "evidence-request:respond": ["readiness_lead", "contributor", "director", "team_manager"],
  "evidence-request:manage": ["readiness_lead"],
  // Case data is the most sensitive in the product: the readiness team and team managers only.
  "case:read": ["readiness_lead", "contributor", "team_manager"],
  "case:edit": ["readiness_lead", "contributor"],
  "case:audit": ["readiness_lead", "contributor", "team_manager"],
  "case:reflect": ["readiness_lead", "contributor", "team_manager"],
  "case:sign-off": ["team_manager"],
  // Setting up cohorts and the audit questions, exporting the sample, deleting or anonymising it all.
  "case:manage": ["readiness_lead"],
  // The dashboard shows figures only (no case, no personal data); viewers read the self-assessment itself.
  "report:read": ["readiness_lead", "contributor", "director", "team_manager"],
  // The Word document, board pack and evidence register leave the system: recorded in the audit log.
  "report:export": ["readiness_lead", "director"],
  // Staff preparation. Team managers plan and run sessions for their teams (their own only, a
  // row rule in features/preparation/policy.ts); the readiness lead sees and runs every session.
  "preparation:read": ["readiness_lead", "team_manager"],
  "preparation:run": ["readiness_lead", "team_manager"],
  "preparation:read-all": ["readiness_lead"],
  // The mock interview questions are useful to anyone preparing; those who run sessions keep them.
  "question-bank:read": ["readiness_lead", "contributor", "director", "team_manager"],
  "question-bank:manage": ["readiness_lead", "team_manager"],
  // Anyone who works in the service may record good practice or a challenge; the readiness team
  // (who keep the evidence library) turn an entry into evidence.
  "good-practice:read": ["readiness_lead", "contributor", "director", "team_manager"],
  "good-practice:create": ["readiness_lead", "contributor", "director", "team_manager"],
  "good-practice:convert": ["readiness_lead", "contributor"],
  // Correcting anyone's entry (an author corrects their own).
  "good-practice:manage": ["readiness_lead"],
  // The improvement plan: the readiness team and team managers (who own actions from their
  // sessions) keep it; directors read and export it for boards.
  "improvement:read": ["readiness_lead", "contributor", "director", "team_manager"],
  "improvement:edit": ["readiness_lead", "contributor", "team_manager"],
  "improvement:export": ["readiness_lead", "director"],
  // Key dates are for everyone; the readiness lead sets and confirms them, the team ticks the checklist.
  "timeline:read": everyone,
  "timeline:manage": ["readiness_lead"],
  "timeline:checklist": ["readiness_lead", "contributor"],
  // The factual accuracy check on CQC's draft report.
  "accuracy:read": ["readiness_lead", "contributor", "director"],
  "accuracy:edit": ["readiness_lead", "contributor"],
  // The on-site visit: the schedule names staff, partners and people with lived experience.
  "visit:read": ["readiness_lead", "contributor", "director", "team_manager"],
  "visit:manage": ["readiness_lead", "contributor"],
  // How the council compares with every published CQC outcome: for those who answer "how do we
  // compare?" (directors, the readiness lead) and the administrator who keeps the dataset current.
  "benchmark:read": ["administrator", "readiness_lead", "director"],
  // A newer file of published outcomes, for this workspace only (decision record 0011).
  "benchmark:import": ["administrator"],
  // The council's published CQC result: the readiness lead (or an administrator) records it from
  // the report; directors read it and the calibration beside the self-assessment.
  "cqc-result:read": ["administrator", "readiness_lead", "director"],
  "cqc-result:record": ["administrator", "readiness_lead"],
  "information-return:read": everyone,
  "information-return:edit": ["readiness_lead", "contributor"],
  "information-return:manage": ["readiness_lead"],
  // The pack holds every linked file, including any with personal data.
  "information-return:export": ["readiness_lead", "director"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function roleHasPermission(role: Role, permission: Permission): boolean {
  const allowed: readonly Role[] | undefined = PERMISSIONS[permission];
  return allowed?.includes(role) ?? false;
}
