import { roleHasPermission, type Permission, type Role } from "@/lib/authz/permissions";

/**
 * Sign-in throttling. Counting failures per e-mail stops guessing one account's password; per
 * address stops trying one password across many accounts. The same message is shown whether or
 * not the account exists, so the limit reveals nothing either.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 25;

export function isSignInThrottled(failures: { forEmail: number; forAddress: number }): boolean {
  return failures.forEmail >= MAX_FAILURES_PER_EMAIL || failures.forAddress >= MAX_FAILURES_PER_ADDRESS;
}

export const INVITATION_DAYS = 7;

/** A link on the home page's "Start here" list. */
export type StartHereLink = { href: string; label: string; description: string; permission: Permission };

const START_HERE: Record<string, StartHereLink> = {
  dashboard: {
    href: "/dashboard",
    label: "Dashboard",
    description:
      "Where the council stands at a glance: the indicative rating, the nine statements, trend, evidence gaps, the information return and the case sample, with the Word, PDF and Excel documents.",
    permission: "report:read",
  },
  selfAssessment: {
    href: "/self-assessment",
    label: "Self-assessment",
    description:
      "The council's self-assessment against the nine quality statements, and the indicative rating it implies.",
    permission: "self-assessment:read",
  },
  evidence: {
    href: "/evidence",
    label: "Evidence",
    description:
      "The evidence library: every document, data set and case study the assessment cites, with coverage and gaps.",
    permission: "evidence:read",
  },
  requests: {
    href: "/requests",
    label: "Evidence requests",
    description: "Evidence colleagues have asked you for, and what you have asked others for.",
    permission: "evidence-request:read",
  },
  informationReturn: {
    href: "/information-return",
    label: "Information return",
    description: "What CQC asks for at notification, with owners, due dates, linked evidence and the pack to send.",
    permission: "information-return:read",
  },
  preparation: {
    href: "/preparation",
    label: "Staff preparation",
    description: "Plan and run mock interviews and focus groups with your team, and record what they found.",
    permission: "preparation:read",
  },
  cases: {
    href: "/cases",
    label: "Cases",
    description: "The case sample: audit your team's cases and sign off their reflective logs.",
    permission: "case:read",
  },
  goodPractice: {
    href: "/good-practice",
    label: "Good practice",
    description: "Log good practice and stories from your service, for the readiness team to use as evidence.",
    permission: "good-practice:read",
  },
  improvementPlan: {
    href: "/improvement-plan",
    label: "Improvement plan",
    description: "The actions the council is taking on its areas for improvement, with owners and due dates.",
    permission: "improvement:read",
  },
  timeline: {
    href: "/timeline",
    label: "Timeline",
    description: "The key dates from notification to the final report, and the readiness checklist.",
    permission: "timeline:read",
  },
  framework: {
    href: "/framework",
    label: "The CQC framework",
    description:
      "The 4 themes and 9 quality statements CQC assesses, with the We and I statements and what to cover for each.",
    permission: "framework:read",
  },
  users: {
    href: "/admin/users",
    label: "Users",
    description: "Invite colleagues, set their roles and remove access.",
    permission: "member:read",
  },
};

/** What each role does first, most used first; the home page shows those the member may open. */
const START_HERE_BY_ROLE: Record<Role, (keyof typeof START_HERE)[]> = {
  administrator: ["users", "selfAssessment", "evidence", "framework"],
  readiness_lead: ["dashboard", "selfAssessment", "evidence", "informationReturn", "timeline", "framework"],
  contributor: ["evidence", "requests", "selfAssessment", "goodPractice", "framework"],
  director: ["dashboard", "selfAssessment", "improvementPlan", "timeline", "framework"],
  team_manager: ["preparation", "cases", "goodPractice", "requests", "selfAssessment", "framework"],
  viewer: ["selfAssessment", "evidence", "informationReturn", "framework"],
};

/** The home page's "Start here" links for a role, leaving out any page the role may not open. */
export function startHereFor(role: Role): StartHereLink[] {
  return START_HERE_BY_ROLE[role]
    .map((key) => START_HERE[key]!)
    .filter((link) => roleHasPermission(role, link.permission));
}
