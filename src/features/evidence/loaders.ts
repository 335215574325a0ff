import "server-only";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { env } from "@/lib/env";
import { isUuid } from "@/lib/ids";
import { evidenceViewer } from "./policy";
import { getWorkspaceFramework } from "@/features/framework/data";
import { listMembers } from "@/features/users/data";
import {
  countCoverage,
  getEvidenceImport,
  getEvidenceItem,
  getSuggestionFacts,
  getImportLookups,
  listEvidence,
  listEvidenceFiles,
  listStatementEvidence,
} from "./data";
import { coverageGaps, isFileableCategory, suggestMapping } from "./domain";
import { checkImportRows, evidenceQuerySchema } from "./schema";

async function viewerFor(permission: "evidence:read" | "evidence:edit" | "evidence:create") {
  const session = await requirePermission(permission);
  return {
    session,
    scope: session.member.scope,
    viewer: evidenceViewer(session.user.id, session.member),
  };
}

async function choices(scope: Parameters<typeof getWorkspaceFramework>[0]) {
  const framework = await getWorkspaceFramework(scope);
  if (!framework) notFound();
  return {
    statements: framework.themes.flatMap((theme) =>
      theme.qualityStatements.map(({ key, number, name }) => ({ key, number, name })),
    ),
    categories: framework.evidenceCategories.filter(isFileableCategory).map(({ key, name }) => ({ key, name })),
    iStatements: framework.iStatements,
  };
}

export async function loadEvidenceList(searchParams: Record<string, string | string[] | undefined>) {
  const { session, scope, viewer } = await viewerFor("evidence:read");
  const query = evidenceQuerySchema.parse(
    Object.fromEntries(
      Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
    ),
  );
  const [result, options] = await Promise.all([listEvidence(scope, query, viewer), choices(scope)]);
  return {
    ...result,
    query,
    ...options,
    mayCreate: can(session.member, "evidence:create"),
    maySeeSensitive: viewer.maySeeSensitive,
  };
}

/** `sameAsId`: after an upload, the item that already holds the same file (shown only if this viewer may see it). */
export async function loadEvidenceItem(id: string, sameAsId?: string) {
  const { session, scope, viewer } = await viewerFor("evidence:read");
  // Another council's item, a sensitive one this role may not see, and a bad id all look the same.
  const item = isUuid(id) ? await getEvidenceItem(scope, id, viewer) : null;
  if (!item) notFound();
  const mayEdit = can(session.member, "evidence:edit");
  const [{ categories }, files, same, facts] = await Promise.all([
    choices(scope),
    listEvidenceFiles(scope, item.id),
    sameAsId && isUuid(sameAsId) && sameAsId !== id ? getEvidenceItem(scope, sameAsId, viewer) : null,
    mayEdit ? getSuggestionFacts(scope, item.id, viewer) : null,
  ]);
  return {
    item,
    files,
    categories,
    // Only for those who may map evidence, and only from a file's text that has been read.
    suggestions: facts?.text ? suggestMapping(facts.text, facts.profiles, categories, facts.leaveOut) : null,
    sameAs: same ? { id: same.id, title: same.title } : null,
    mayEdit,
    maxUploadMb: env().UPLOAD_MAX_MB,
  };
}

/** The evidence form's choices; its page adds the information return items to link (`information-return/loaders`). */
export async function loadEvidenceForm(id?: string) {
  const { scope, viewer } = await viewerFor(id ? "evidence:edit" : "evidence:create");
  const item = id && isUuid(id) ? await getEvidenceItem(scope, id, viewer) : null;
  if (id && !item) notFound();
  const [options, members] = await Promise.all([choices(scope), listMembers(scope)]);
  return {
    item,
    ...options,
    owners: members
      .filter((member) => member.status === "active")
      .map((member) => ({ id: member.userId, name: member.name })),
    currentUserId: viewer.userId,
  };
}

export async function loadCoverage() {
  const { session, scope, viewer } = await viewerFor("evidence:read");
  const [counts, options] = await Promise.all([countCoverage(scope, viewer), choices(scope)]);
  const used = options.categories.filter((category) => category.key !== "outcomes");
  return {
    ...options,
    counts,
    gaps: coverageGaps(options.statements, used, counts),
    mayAsk: can(session.member, "evidence-request:create"),
  };
}

export async function loadImportPage() {
  await viewerFor("evidence:create");
}

export async function loadImportPreview(id: string) {
  const { scope } = await viewerFor("evidence:create");
  const staged = isUuid(id) ? await getEvidenceImport(scope, id) : null;
  if (!staged) notFound();
  const rows = checkImportRows(staged.rows as Record<string, string>[], await getImportLookups(scope));
  return {
    id: staged.id,
    fileName: staged.fileName,
    completed: staged.completedAt !== null,
    imported: staged.imported,
    rows,
  };
}

/** The evidence behind one quality statement, by category, for its self-assessment page. */
export async function loadStatementEvidence(statementKey: string) {
  const { session, scope, viewer } = await viewerFor("evidence:read");
  const [counts, options, listed] = await Promise.all([
    countCoverage(scope, viewer),
    choices(scope),
    listStatementEvidence(scope, statementKey, viewer),
  ]);
  return {
    statementKey,
    items: listed.items,
    total: listed.total,
    categories: options.categories.map((category) => ({
      ...category,
      items: counts.get(`${statementKey}|${category.key}`) ?? 0,
    })),
    mayAsk: can(session.member, "evidence-request:create"),
  };
}
