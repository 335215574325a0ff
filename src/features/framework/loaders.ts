import "server-only";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { getQualityStatement, getWorkspaceFramework, listFrameworkAttributions } from "./data";

export async function loadFramework() {
  const session = await requirePermission("framework:read");
  const framework = await getWorkspaceFramework(session.member.scope);
  if (!framework) notFound();
  return framework;
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
