/**
 * Who a mock interview question suits. The keys are those of the starting bank
 * (prisma/reference/interview-questions.json); a test keeps the two the same.
 */
export const AUDIENCES = [
  { key: "frontline-social-workers", name: "Frontline social workers" },
  { key: "occupational-therapists", name: "Occupational therapists" },
  { key: "team-managers", name: "Team managers" },
  { key: "principal-social-worker", name: "Principal social worker" },
  { key: "senior-leaders", name: "Senior leaders" },
  { key: "commissioners", name: "Commissioners" },
  { key: "safeguarding-team", name: "Safeguarding team" },
  { key: "partners", name: "Partners" },
  { key: "elected-members", name: "Elected members" },
] as const;

export type AudienceKey = (typeof AUDIENCES)[number]["key"];

export const AUDIENCE_KEYS = AUDIENCES.map((audience) => audience.key) as [AudienceKey, ...AudienceKey[]];

export function audienceName(key: string): string {
  return AUDIENCES.find((audience) => audience.key === key)?.name ?? key;
}

/** Limits of one question: long enough for a real interview question, short enough to read aloud. */
export const QUESTION_LIMITS = { text: 1000, line: 300, lines: 12 } as const;

/** The export's columns, which are also the import's, so an exported file imports back. */
export const QUESTION_COLUMNS = [
  "ID",
  "Question",
  "Quality statements",
  "Audiences",
  "Prompts",
  "Follow-up questions",
  "Retired",
] as const;

export type StatementRef = { key: string; number: number; name: string; aliases?: string[] };

export const norm = (value: string) => value.trim().toLowerCase().replace(/['’]/g, "'").replace(/\s+/g, " ");

/**
 * One entry per line, trimmed, blank lines dropped. A leading bullet ("- ", "• ", "* ") is dropped
 * too, since people paste prompts from bulleted documents.
 */
export function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) =>
      line
        .trim()
        .replace(/^[-•*]\s+/, "")
        .trim(),
    )
    .filter(Boolean);
}

/** A statement by its key, its name or an earlier name, ignoring case. */
export function findStatement(statements: StatementRef[], given: string): StatementRef | undefined {
  const wanted = norm(given);
  return statements.find(
    (statement) =>
      statement.key === wanted ||
      norm(statement.name) === wanted ||
      (statement.aliases ?? []).some((alias) => norm(alias) === wanted),
  );
}

export function findAudience(given: string) {
  const wanted = norm(given);
  return AUDIENCES.find((audience) => audience.key === wanted || norm(audience.name) === wanted);
}

/**
 * The export prefixes cells that Excel would run as formulas with an apostrophe
 * (lib/uploads/spreadsheet-safe.ts); taken off again here so a file exported and imported back is
 * unchanged.
 */
function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export type MappedQuestionRow = {
  /** The question to update, or null for a new one. */
  id: string | null;
  /** The question form's fields, for the shared schema to check. */
  fields: { text: string; statementKeys: string[]; audienceKeys: string[]; prompts: string; followUps: string };
  retired: boolean;
  errors: string[];
};

/**
 * Turns one row of a question bank file into the question form's fields, saying what is wrong in
 * words a person can act on. Statements and audiences are given by name or key, separated by ";";
 * prompts and follow-up questions by new lines or "|".
 */
export function mapQuestionImportRow(row: Record<string, string>, statements: StatementRef[]): MappedQuestionRow {
  const get = (column: string) => {
    const key = Object.keys(row).find((name) => norm(name) === norm(column));
    return key ? unescapeCell((row[key] ?? "").trim()) : "";
  };
  const list = (value: string) =>
    value
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean);
  const errors: string[] = [];
  const statementKeys = list(get("Quality statements")).flatMap((given) => {
    const found = findStatement(statements, given);
    if (!found)
      errors.push(
        `Quality statement "${given}" is not recognised: use its name, for example "${statements[0]?.name ?? "Assessing needs"}", and separate several with ";"`,
      );
    return found ? [found.key] : [];
  });
  const audienceKeys = list(get("Audiences")).flatMap((given) => {
    const found = findAudience(given);
    if (!found)
      errors.push(
        `Audience "${given}" is not recognised: use ${AUDIENCES.map((audience) => audience.name).join(", ")}`,
      );
    return found ? [found.key] : [];
  });
  const retiredText = norm(get("Retired"));
  const retired = ["yes", "y", "retired"].includes(retiredText);
  if (retiredText && !retired && retiredText !== "no")
    errors.push(`Retired must be "yes" or left blank, not "${get("Retired")}"`);
  const lines = (value: string) => value.replaceAll("|", "\n");
  return {
    id: get("ID") || null,
    fields: {
      text: get("Question"),
      statementKeys,
      audienceKeys,
      prompts: lines(get("Prompts")),
      followUps: lines(get("Follow-up questions")),
    },
    retired,
    errors,
  };
}

export type ExportableQuestion = {
  id: string;
  text: string;
  statementKeys: string[];
  audienceKeys: string[];
  prompts: string[];
  followUps: string[];
  retiredAt: Date | null;
};

/** One question as a row of the export, in QUESTION_COLUMNS order (not yet made spreadsheet-safe). */
export function questionExportRow(question: ExportableQuestion, statements: StatementRef[]): string[] {
  return [
    question.id,
    question.text,
    question.statementKeys.map((key) => statements.find((statement) => statement.key === key)?.name ?? key).join("; "),
    question.audienceKeys.map(audienceName).join("; "),
    question.prompts.join("\n"),
    question.followUps.join("\n"),
    question.retiredAt ? "yes" : "",
  ];
}

type Comparable = {
  text: string;
  statementKeys: string[];
  audienceKeys: string[];
  prompts: string[];
  followUps: string[];
  retired: boolean;
};

/** Whether an imported row would change nothing, so re-importing an export leaves questions alone. */
export function sameQuestion(a: Comparable, b: Comparable): boolean {
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((value, index) => value === y[index]);
  return (
    a.text === b.text &&
    a.retired === b.retired &&
    same(a.statementKeys, b.statementKeys) &&
    same(a.audienceKeys, b.audienceKeys) &&
    same(a.prompts, b.prompts) &&
    same(a.followUps, b.followUps)
  );
}

type Sortable = { statementKeys: string[]; key: string | null; createdAt: Date; id: string };

/**
 * The bank in the framework's order: by the question's first (main) quality statement, then the
 * starting bank's own order, then the council's questions as they were added.
 */
export function byFrameworkOrder<T extends Sortable>(questions: T[], statementOrder: string[]): T[] {
  const position = (question: T) => {
    const index = statementOrder.indexOf(question.statementKeys[0] ?? "");
    return index === -1 ? statementOrder.length : index;
  };
  return [...questions].sort(
    (a, b) =>
      position(a) - position(b) ||
      (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) ||
      (a.key ?? "").localeCompare(b.key ?? "") ||
      a.createdAt.getTime() - b.createdAt.getTime() ||
      a.id.localeCompare(b.id),
  );
}
