import "server-only";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import type { WorkspaceScope } from "@/lib/authz/scope";
import { isUuid } from "@/lib/ids";
import { getWorkspaceFramework } from "@/features/framework/data";
import type { Score } from "@/features/rating/domain";
import { listStatementSummaries } from "@/features/self-assessment/data";
import { getCurrentOutcomeSet, getOutcomeImport, listOutcomeSets } from "./data";
import { benchmarkFigures, checkOutcomeTable } from "./domain";
import { benchmarkQuerySchema, COUNCIL_TYPES, outcomeFileHeadings, REGIONS, type StatementHeading } from "./schema";

type SearchParams = Record<string, string | string[] | undefined>;

/** Our nine scores in framework order, null where a statement is not scored (or has no CQC score yet). */
export type NineScores = readonly (Score | null)[];

export type BenchmarkOptions = {
  /**
   * The council's own CQC scores once its assessment is published, in framework order. The page
   * passes them from wherever they are recorded; absent or null, the page shows self-assessed scores only.
   */
  cqcScores?: NineScores | null;
};

/**
 * The benchmark: where the council's self-assessed (and, once recorded, CQC) scores sit among
 * every published outcome, for the councils the filters choose. Reads the set in use and the
 * self-assessment in two queries; the figures are worked out in domain.ts.
 */
export async function loadBenchmark(searchParams: SearchParams, options: BenchmarkOptions = {}) {
  const session = await requirePermission("benchmark:read");
  const scope = session.member.scope;
  const query = benchmarkQuerySchema.parse(searchParams);
  const [set, summaries] = await Promise.all([getCurrentOutcomeSet(scope), listStatementSummaries(scope)]);
  const statements = summaries.themes
    .flatMap((theme) => theme.statements.map((statement) => ({ ...statement, theme: theme.name })))
    .sort((a, b) => a.number - b.number)
    .map((statement) => ({
      number: statement.number,
      key: statement.key,
      name: statement.name,
      theme: statement.theme,
      selfAssessed: (statement.score ?? null) as Score | null,
    }));
  const ours = { selfAssessed: statements.map((statement) => statement.selfAssessed), cqc: options.cqcScores ?? null };
  const rows = set?.outcomes ?? [];
  return {
    councilName: session.member.workspaceName,
    query,
    regions: REGIONS.map((region) => ({ value: region, councils: rows.filter((row) => row.region === region).length })),
    types: COUNCIL_TYPES.map((type) => ({ value: type, councils: rows.filter((row) => row.type === type).length })),
    filtered: query.region.length > 0 || query.type.length > 0,
    allCouncils: rows.length,
    statements,
    hasCqcScores: Boolean(options.cqcScores?.some((score) => score !== null)),
    figures: benchmarkFigures(rows, { regions: query.region, types: query.type }, ours),
    set: set ? setDescription(set) : null,
    may: { import: can(session.member, "benchmark:import") },
  };
}
export type BenchmarkPage = Awaited<ReturnType<typeof loadBenchmark>>;

function setDescription(set: NonNullable<Awaited<ReturnType<typeof getCurrentOutcomeSet>>>) {
  return {
    version: set.version,
    source: set.source,
    notes: set.notes,
    origin: set.origin,
    fileName: set.fileName,
    loadedAt: set.loadedAt,
    councils: set.outcomes.length,
  };
}

async function statementHeadings(scope: WorkspaceScope): Promise<StatementHeading[]> {
  const framework = await getWorkspaceFramework(scope);
  return (framework?.themes ?? [])
    .flatMap((theme) => theme.qualityStatements)
    .sort((a, b) => a.number - b.number)
    .map((statement) => ({ number: statement.number, name: statement.name, aliases: statement.aliases }));
}

/** The upload page: the columns a file needs, and the versions this workspace has used. */
export async function loadOutcomeImportPage() {
  const session = await requirePermission("benchmark:import");
  const scope = session.member.scope;
  const [statements, sets] = await Promise.all([statementHeadings(scope), listOutcomeSets(scope)]);
  return {
    headings: outcomeFileHeadings(statements),
    statements,
    sets: sets.map((set) => ({
      id: set.id,
      version: set.version,
      origin: set.origin,
      fileName: set.fileName,
      loadedAt: set.loadedAt,
      councils: set.councils,
    })),
  };
}

/** An uploaded file with every line checked as the import will check it when applied. */
export async function loadOutcomeImportPreview(id: string) {
  const session = await requirePermission("benchmark:import");
  const scope = session.member.scope;
  const staged = isUuid(id) ? await getOutcomeImport(scope, id) : null;
  if (!staged) notFound();
  if (staged.completedAt) {
    const sets = await listOutcomeSets(scope);
    const set = sets.find((one) => one.id === staged.setId);
    return {
      id: staged.id,
      fileName: staged.fileName,
      applied: set ? { version: set.version, councils: set.councils, loadedAt: set.loadedAt } : null,
      check: null,
    };
  }
  const statements = await statementHeadings(scope);
  return {
    id: staged.id,
    fileName: staged.fileName,
    applied: null,
    check: checkOutcomeTable(staged.table, statements),
  };
}
