import "server-only";
import { redirect } from "next/navigation";
import { getCurrentSession, requirePermission } from "@/lib/auth/session";
import { isSetupComplete } from "@/lib/auth/data";
import { can } from "@/lib/authz/policy";
import { oidcEnabled, env } from "@/lib/env";
import { findOpenInvitation } from "./data";

/** What the page frame shows: who is signed in, where, and which sections they may open. */
export async function loadChrome() {
  const session = await getCurrentSession();
  const member = session?.member ?? null;
  const sections = member
    ? [
        { href: "/", label: "Home" },
        ...(can(member, "report:read") ? [{ href: "/dashboard", label: "Dashboard" }] : []),
        ...(can(member, "self-assessment:read") ? [{ href: "/self-assessment", label: "Self-assessment" }] : []),
        ...(can(member, "benchmark:read") ? [{ href: "/benchmark", label: "Benchmark" }] : []),
        ...(can(member, "evidence:read") ? [{ href: "/evidence", label: "Evidence" }] : []),
        ...(can(member, "evidence-request:read") ? [{ href: "/requests", label: "Requests" }] : []),
        ...(can(member, "information-return:read")
          ? [{ href: "/information-return", label: "Information return" }]
          : []),
        ...(can(member, "case:read") ? [{ href: "/cases", label: "Cases" }] : []),
        ...(can(member, "cqc-result:read") ? [{ href: "/cqc-result", label: "CQC result" }] : []),
        ...(can(member, "improvement:read") ? [{ href: "/improvement-plan", label: "Improvement plan" }] : []),
        ...(can(member, "timeline:read") ? [{ href: "/timeline", label: "Timeline" }] : []),
        ...(can(member, "visit:read") ? [{ href: "/visit", label: "On-site visit" }] : []),
        ...(can(member, "preparation:read") ? [{ href: "/preparation", label: "Staff preparation" }] : []),
        ...(can(member, "good-practice:read") ? [{ href: "/good-practice", label: "Good practice" }] : []),
        ...(can(member, "framework:read") ? [{ href: "/framework", label: "Framework" }] : []),
        ...(can(member, "member:read") ? [{ href: "/admin/users", label: "Users" }] : []),
      ]
    : [];
  return {
    signedIn: Boolean(session),
    userName: session?.user.name ?? null,
    councilName: member?.workspaceName ?? null,
    roleLabelKey: member?.role ?? null,
    currentWorkspaceId: member?.workspaceId ?? null,
    workspaces: session?.memberships.map((m) => ({ id: m.workspaceId, name: m.workspaceName })) ?? [],
    navigation: sections,
  };
}

/** The setup page exists only until setup is done; after that it is gone for good. */
export async function loadSetupPage() {
  if (await isSetupComplete()) redirect("/sign-in");
}

export async function loadSignInPage() {
  if (!(await isSetupComplete())) redirect("/setup");
  if (await getCurrentSession()) redirect("/");
  return { oidc: oidcEnabled() ? { name: env().OIDC_DISPLAY_NAME } : null };
}

export async function loadInvitationPage(token: string) {
  const invitation = await findOpenInvitation(token);
  const session = await getCurrentSession();
  return {
    invitation,
    signedInAs: session ? session.user.email : null,
    oidc: oidcEnabled() ? { name: env().OIDC_DISPLAY_NAME } : null,
  };
}

/** Home: sends people to setup or sign-in until they have a workspace. */
export async function loadHome() {
  if (!(await isSetupComplete())) redirect("/setup");
  const session = await requirePermission("workspace:read");
  return { user: session.user, member: session.member };
}

/** Signed in, but no active membership left anywhere. */
export async function loadNoAccessPage() {
  const session = await getCurrentSession();
  if (!session) redirect("/sign-in");
  if (session.member) redirect("/");
  return { email: session.user.email };
}
