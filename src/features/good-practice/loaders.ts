import "server-only";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { isUuid } from "@/lib/ids";
import { getWorkspaceFramework } from "@/features/framework/data";
import { isFileableCategory } from "@/features/evidence/domain";
import { toThemeChoices } from "@/features/framework/domain";
import { GOOD_PRACTICE_PAGE_SIZE, getEntry, listEntries, listEntryTeams } from "./data";
import { entryEditor, mayConvertEntry, mayEditEntry } from "./policy";
import { entryQuerySchema } from "./schema";

type Scope = Parameters<typeof getWorkspaceFramework>[0];

/** The workspace's themes with their quality statements, and the evidence categories CQC uses for councils. */
async function framework(scope: Scope) {
  const found = await getWorkspaceFramework(scope);
  if (!found) notFound();
  const themes = toThemeChoices(found);
  const statements = themes.flatMap((theme) => theme.statements);
  return {
    themes,
    // An entry keeps the keys it was saved with; a key the framework no longer has is shown as it is.
    statementLabel: (key: string) => {
      const statement = statements.find((candidate) => candidate.key === key);
      return statement ? `${statement.number}. ${statement.name}` : key;
    },
    categories: found.evidenceCategories.filter(isFileableCategory).map(({ key, name, note }) => ({ key, name, note })),
  };
}

export async function loadGoodPracticeList(searchParams: Record<string, string | string[] | undefined>) {
  const session = await requirePermission("good-practice:read");
  const scope = session.member.scope;
  const query = entryQuerySchema.parse(
    Object.fromEntries(
      Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
    ),
  );
  const [page, teams, choices] = await Promise.all([
    listEntries(scope, query),
    listEntryTeams(scope),
    framework(scope),
  ]);
  return {
    query,
    total: page.total,
    pageSize: GOOD_PRACTICE_PAGE_SIZE,
    entries: page.entries.map((entry) => ({ ...entry, statements: entry.statementKeys.map(choices.statementLabel) })),
    teams,
    themes: choices.themes,
    mayCreate: can(session.member, "good-practice:create"),
  };
}

export async function loadNewGoodPracticeForm() {
  const session = await requirePermission("good-practice:create");
  return { themes: (await framework(session.member.scope)).themes };
}

async function entryFor(permission: "good-practice:read" | "good-practice:create", id: string) {
  const session = await requirePermission(permission);
  const scope = session.member.scope;
  const [entry, choices] = await Promise.all([isUuid(id) ? getEntry(scope, id) : null, framework(scope)]);
  if (!entry) notFound();
  return { session, entry, choices };
}

export async function loadGoodPracticeEntry(id: string) {
  const { session, entry, choices } = await entryFor("good-practice:read", id);
  return {
    entry: { ...entry, statements: entry.statementKeys.map((key) => ({ key, label: choices.statementLabel(key) })) },
    categories: choices.categories,
    // Asked for when adding it to the library, if the entry names no quality statement.
    themes: entry.statementKeys.length ? null : choices.themes,
    may: {
      edit:
        can(session.member, "good-practice:create") &&
        mayEditEntry(entryEditor(session.user.id, session.member), entry),
      convert: mayConvertEntry(session.member, entry),
    },
  };
}

/** The edit form, or why it is not offered (someone else's entry, or one already in the evidence library). */
export async function loadGoodPracticeEditForm(id: string) {
  const { session, entry, choices } = await entryFor("good-practice:create", id);
  const editor = entryEditor(session.user.id, session.member);
  const refusal = mayEditEntry(editor, entry)
    ? null
    : entry.evidenceItemId
      ? "This entry is in the evidence library, so it can no longer be changed here. Change the evidence item instead."
      : "Only the person who recorded this entry, or a readiness lead, can change it.";
  return { entry, themes: choices.themes, refusal };
}
