import "server-only";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { getQualityStatement, getWorkspaceFramework, listFrameworkAttributions } from "./data";
import { toThemeChoices, type ThemeChoices } from "./domain";

export async function loadFramework() {
  const session = await requirePermission("framework:read");
  const framework = await getWorkspaceFramework(session.member.scope);
  if (!framework) notFound();
  return framework;
}

/**
 * The themes and quality statements for a form's or filter's choices. For loaders that have
 * already checked their own permission; a workspace without a framework is not found.
 */
export async function themeChoices(scope: WorkspaceScope): Promise<ThemeChoices> {
  const framework = await getWorkspaceFramework(scope);
  if (!framework) notFound();
  return toThemeChoices(framework);
}

export async function loadQualityStatement(key: string) {
  const session = await requirePermission("framework:read");
  const statement = await getQualityStatement(session.member.scope, key);
  if (!statement) notFound();
  return statement;
}

/** Public: the framework's source and licence must be shown to anyone who sees its texts. */
export async function loadAttributions() {
  return listFrameworkAttributions();
}
