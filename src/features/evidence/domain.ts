/**
 * Rules of the evidence library that need no database.
 */
export const EVIDENCE_KINDS = [
  "document",
  "link",
  "data_or_metric",
  "case_study",
  "feedback_or_survey",
  "other",
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const KIND_LABELS: Record<EvidenceKind, string> = {
  document: "Document",
  link: "Link",
  data_or_metric: "Data or metric",
  case_study: "Case study",
  feedback_or_survey: "Feedback or survey",
  other: "Other",
};

export const EVIDENCE_STATUSES = ["draft", "ready", "approved", "out_of_date"] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];
export const EVIDENCE_STATUS_LABELS: Record<EvidenceStatus, string> = {
  draft: "Draft",
  ready: "Ready",
  approved: "Approved",
  out_of_date: "Out of date",
};

/** An item past its review-by date is out of date, whatever status it was given. */
export function effectiveStatus(status: EvidenceStatus, reviewBy: Date | null, today: Date): EvidenceStatus {
  if (reviewBy && reviewBy.getTime() < startOfUtcDay(today).getTime()) return "out_of_date";
  return status;
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export const SORTS = ["relevance", "updated", "title", "evidence-date", "review-by"] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZE = 25;

/** Coverage gaps: a quality statement with no evidence in a category CQC uses for councils. */
export function coverageGaps(
  statements: { key: string; name: string }[],
  categories: { key: string; name: string }[],
  counts: Map<string, number>,
): { statement: string; category: string; statementKey: string; categoryKey: string }[] {
  return statements.flatMap((statement) =>
    categories
      .filter((category) => !counts.get(`${statement.key}|${category.key}`))
      .map((category) => ({
        statement: statement.name,
        category: category.name,
        statementKey: statement.key,
        categoryKey: category.key,
      })),
  );
}

/**
 * Categories evidence can be filed under: the four CQC uses for councils, plus outcomes, which is
 * not used in the baseline assessments but may return (prisma/reference/cqc-la-framework.json).
 * Observation is never used for local authorities.
 */
export function isFileableCategory(category: { key: string; usedForLocalAuthorities: boolean }): boolean {
  return category.usedForLocalAuthorities || category.key === "outcomes";
}

/** The columns an evidence register may have; only Title is required. Matched ignoring case. */
export const IMPORT_COLUMNS = [
  "Title",
  "Description",
  "Kind",
  "Web address",
  "Quality statements",
  "Evidence categories",
  "Owner e-mail",
  "Source team",
  "Date of evidence",
  "Review by",
  "Contains personal data",
  "Status",
  "Tags",
] as const;

export type ImportLookups = {
  statements: { key: string; number: number; name: string }[];
  categories: { key: string; name: string }[];
  owners: { id: string; email: string }[];
};

export const norm = (value: string) => value.trim().toLowerCase().replace(/['’]/g, "'");

/**
 * Turns one register row into the fields of the evidence form, or says what is wrong with it in
 * words a person can act on. Statements may be given by number ("7"), name or key; several are
 * separated by semicolons.
 */
export function mapImportRow(
  row: Record<string, string>,
  lookups: ImportLookups,
): { fields: Record<string, unknown> } | { errors: string[] } {
  const get = (column: string) => {
    const key = Object.keys(row).find((name) => norm(name) === norm(column));
    return key ? (row[key] ?? "").trim() : "";
  };
  const split = (value: string) =>
    value
      .split(/[;\n]/)
      .map((part) => part.trim())
      .filter(Boolean);
  const errors: string[] = [];

  const statementKeys = split(get("Quality statements")).map((given) => {
    const found = lookups.statements.find(
      (statement) =>
        String(statement.number) === given.replace(/\.$/, "") ||
        norm(statement.name) === norm(given) ||
        statement.key === norm(given),
    );
    if (!found) errors.push(`Quality statement "${given}" is not one of the nine: use its number (1 to 9) or its name`);
    return found?.key;
  });
  const categories = split(get("Evidence categories")).map((given) => {
    const found = lookups.categories.find(
      (category) => norm(category.name) === norm(given) || category.key === norm(given),
    );
    if (!found)
      errors.push(
        `Evidence category "${given}" is not recognised: use ${lookups.categories.map((category) => category.name).join(", ")}`,
      );
    return found?.key;
  });
  const kindText = norm(get("Kind") || "document");
  const kind = EVIDENCE_KINDS.find(
    (candidate) => candidate === kindText.replaceAll(" ", "_") || norm(KIND_LABELS[candidate]) === kindText,
  );
  if (!kind) errors.push(`Kind "${get("Kind")}" is not recognised: use ${Object.values(KIND_LABELS).join(", ")}`);
  const statusText = norm(get("Status") || "draft");
  const status = EVIDENCE_STATUSES.find(
    (candidate) =>
      candidate === statusText.replaceAll(" ", "_") || norm(EVIDENCE_STATUS_LABELS[candidate]) === statusText,
  );
  if (!status) errors.push(`Status "${get("Status")}" is not recognised: use Draft, Ready, Approved or Out of date`);
  const ownerEmail = norm(get("Owner e-mail"));
  const owner = ownerEmail ? lookups.owners.find((candidate) => candidate.email === ownerEmail) : undefined;
  if (ownerEmail && !owner) errors.push(`Owner ${ownerEmail} is not an active member of this workspace`);
  const personal = norm(get("Contains personal data"));
  if (personal && !["yes", "no", "y", "n", "true", "false"].includes(personal))
    errors.push(`"Contains personal data" must be yes or no`);

  if (errors.length > 0) return { errors };
  return {
    fields: {
      title: get("Title"),
      description: get("Description"),
      kind,
      url: get("Web address"),
      statementKeys: statementKeys.filter(Boolean),
      categories: categories.filter(Boolean),
      ownerId: owner?.id ?? "",
      sourceTeam: get("Source team"),
      evidenceDate: get("Date of evidence"),
      reviewBy: get("Review by"),
      containsPersonalData: ["yes", "y", "true"].includes(personal) ? "yes" : "",
      status,
      tags: get("Tags"),
    },
  };
}

// Markers ts_headline puts around the words found (control characters no document text contains).
export const HIT_START = "\u0002";
export const HIT_END = "\u0003";

/** A search snippet split into plain text and the words found, for <mark>. */
export function snippetParts(snippet: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  for (const piece of snippet.split(HIT_START)) {
    const [hit, rest] = piece.includes(HIT_END) ? piece.split(HIT_END, 2) : [null, piece];
    if (hit) parts.push({ text: hit, hit: true });
    if (rest) parts.push({ text: rest, hit: false });
  }
  return parts;
}

/** A reading whose job has said nothing for this long is taken to have died with its instance. */
export const STALE_READING_MS = 10 * 60_000;

// ---------------------------------------------------------------------------------------------
// Suggested mapping: from a file's text, the quality statements and evidence categories it most
// likely speaks to, each with the words that matched. Only ever suggested: a person accepts or
// dismisses each (mutations.ts), nothing is mapped by itself.

/** What a statement is about, as the framework words it: its name, We statement, I statements, topics. */
export type StatementProfile = { key: string; name: string; text: string };
export type MappingSuggestion = { key: string; name: string; words: string[] };

/** Words too common in council documents to say what one is about. */
const COMMON = new Set(
  "about above after again also among because been before being between both care could does doing down during each from further have having here into just make many more most much need needs only other over people same should some such than that their them then there these they this those through under until very were what when where which while with within would your ours local council councils authority adult adults social service services support supported will work working".split(
    " ",
  ),
);

/** Lower case, letters only, at least four of them, with a plural or verb ending taken off: "assessments" → "assessment". */
function stems(text: string): { stem: string; word: string }[] {
  return (text.toLowerCase().match(/[a-z]{4,}/g) ?? [])
    .filter((word) => !COMMON.has(word))
    .map((word) => ({ word, stem: word.replace(/ies$/, "y").replace(/(ing|ed|es|s)$/, "") }))
    .filter(({ stem }) => stem.length >= 4 && !COMMON.has(stem));
}

/**
 * Words that say which kind of evidence a document is (our wording: the framework names the
 * categories but does not describe them). Matched as stems, as the statements' words are.
 */
export const CATEGORY_CUES: Record<string, string[]> = {
  "peoples-experience": [
    "survey",
    "feedback",
    "complaint",
    "compliment",
    "experience",
    "story",
    "stories",
    "testimonial",
    "thank",
    "letter",
    "said",
  ],
  "staff-and-leaders": [
    "staff",
    "workforce",
    "supervision",
    "training",
    "practitioner",
    "social worker",
    "team",
    "leadership",
    "induction",
    "appraisal",
  ],
  partners: ["partner", "partnership", "provider", "voluntary", "health", "integrated", "housing", "hospital"],
  processes: [
    "policy",
    "procedure",
    "protocol",
    "strategy",
    "audit",
    "performance",
    "data",
    "dashboard",
    "minutes",
    "board",
    "report",
    "plan",
    "waiting",
    "measure",
    "section",
  ],
};

/** The most statements and categories suggested for one file. */
const MOST_STATEMENTS = 3;
const MOST_CATEGORIES = 2;
const WORDS_SHOWN = 5;

/**
 * Ranks the statements by how much of the file's wording is distinctive of each: a word scores by
 * how often the file uses it (damped) times how few statements use it (so "assessment", in most
 * statements, counts little and "safeguarding" much). A statement needs two distinctive words in
 * common to be suggested at all. Categories are suggested by their cue words. Keys already mapped
 * or dismissed are left out.
 */
export function suggestMapping(
  text: string,
  statements: StatementProfile[],
  categories: { key: string; name: string }[],
  leaveOut: Set<string>,
): { statements: MappingSuggestion[]; categories: MappingSuggestion[] } {
  const found = new Map<string, { count: number; word: string }>();
  for (const { stem, word } of stems(text)) {
    const seen = found.get(stem);
    if (seen) seen.count += 1;
    else found.set(stem, { count: 1, word });
  }
  const vocabularies = statements.map(
    (statement) => new Set(stems(`${statement.name} ${statement.text}`).map((s) => s.stem)),
  );
  const usedBy = new Map<string, number>();
  for (const vocabulary of vocabularies) for (const stem of vocabulary) usedBy.set(stem, (usedBy.get(stem) ?? 0) + 1);
  const rankedStatements = statements
    .map((statement, index) => {
      const shared = [...vocabularies[index]!]
        .filter((stem) => found.has(stem))
        .map((stem) => ({
          word: found.get(stem)!.word,
          weight: Math.log1p(found.get(stem)!.count) * Math.log(statements.length / usedBy.get(stem)!),
        }))
        .filter((term) => term.weight > 0)
        .sort((a, b) => b.weight - a.weight);
      const score = shared.reduce((sum, term) => sum + term.weight, 0) / Math.sqrt(vocabularies[index]!.size);
      return { key: statement.key, name: statement.name, score, words: shared.map((term) => term.word) };
    })
    .filter((entry) => entry.words.length >= 2 && !leaveOut.has(`statement:${entry.key}`))
    .sort((a, b) => b.score - a.score)
    .slice(0, MOST_STATEMENTS);
  const rankedCategories = categories
    .map((category) => {
      const cues = (CATEGORY_CUES[category.key] ?? []).flatMap((cue) => stems(cue).map((s) => s.stem));
      const shared = [...new Set(cues)]
        .filter((stem) => found.has(stem))
        .map((stem) => found.get(stem)!)
        .sort((a, b) => b.count - a.count);
      return {
        key: category.key,
        name: category.name,
        score: shared.reduce((sum, term) => sum + Math.log1p(term.count), 0),
        words: shared.map((term) => term.word),
      };
    })
    .filter((entry) => entry.words.length > 0 && !leaveOut.has(`category:${entry.key}`))
    .sort((a, b) => b.score - a.score)
    .slice(0, MOST_CATEGORIES);
  const shown = ({ key, name, words }: { key: string; name: string; words: string[] }) => ({
    key,
    name,
    words: words.slice(0, WORDS_SHOWN),
  });
  return { statements: rankedStatements.map(shown), categories: rankedCategories.map(shown) };
}
