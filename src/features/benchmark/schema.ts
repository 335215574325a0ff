import { z } from "zod";
import type { RatingName, Score } from "@/features/rating/domain";

/**
 * The councils' published CQC outcomes: the lists a row's values come from, the check of one row
 * of an imported file (the whole file is checked in domain.ts), the file that comes with the app,
 * and the form that names an imported set.
 */

/** The nine English regions, as the Office for National Statistics names them. */
export const REGIONS = [
  "North East",
  "North West",
  "Yorkshire and The Humber",
  "East Midlands",
  "West Midlands",
  "East of England",
  "London",
  "South East",
  "South West",
] as const;
export type Region = (typeof REGIONS)[number];

/** The kinds of council with adult social care duties, as the ONS lists them. */
export const COUNCIL_TYPES = ["county", "unitary", "metropolitan district", "London borough"] as const;
export type CouncilType = (typeof COUNCIL_TYPES)[number];

/** The entity part of an ONS (GSS) code says the kind of council: E10 county, E06 unitary authority, … */
export const ONS_CODE_PREFIX: Record<CouncilType, string> = {
  county: "E10",
  unitary: "E06",
  "metropolitan district": "E08",
  "London borough": "E09",
};

export const RATINGS = [
  "Inadequate",
  "Requires improvement",
  "Good",
  "Outstanding",
] as const satisfies readonly RatingName[];

/** CQC's framework for local authorities has nine quality statements; every row gives all nine scores. */
export const STATEMENT_COUNT = 9;

/** One council's published outcome, as the benchmark reads it. */
export type OutcomeRow = {
  council: string;
  onsCode: string | null;
  region: Region;
  type: CouncilType;
  overallRating: RatingName;
  /** The nine quality statement scores in framework order. */
  scores: Score[];
  /** As published; null where no published percentage was seen. Never computed. */
  publishedPercent: number | null;
  publishedPercentSource: string | null;
  reportUrl: string;
};

// ---------------------------------------------------------------------------------------------
// The columns of a file of published outcomes

export type StatementHeading = { number: number; name: string; aliases?: readonly string[] };

/** Headings and names compared without case, punctuation or spacing. */
export const normHeading = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** The columns other than the nine scores: the heading a file uses, and whether it must be there. */
export const OUTCOME_COLUMNS = [
  { field: "council", heading: "Council", required: true },
  { field: "onsCode", heading: "ONS code", required: false },
  { field: "region", heading: "Region", required: true },
  { field: "type", heading: "Type", required: true },
  { field: "overallRating", heading: "Overall rating", required: true },
  { field: "total", heading: "Total", required: false },
  { field: "publishedPercent", heading: "Published percentage", required: false },
  { field: "publishedPercentSource", heading: "Published percentage source", required: false },
  { field: "reportUrl", heading: "Report address", required: true },
] as const;
export type OutcomeColumn = (typeof OUTCOME_COLUMNS)[number]["field"];

/** The headings a file may use for a statement's score: its name (or a former name), "QS1", "Quality statement 1", "1. Assessing needs". */
export function scoreHeadings(statement: StatementHeading): string[] {
  return [
    statement.name,
    ...(statement.aliases ?? []),
    `QS${statement.number}`,
    `Quality statement ${statement.number}`,
    `${statement.number} ${statement.name}`,
  ].map(normHeading);
}

/** The headings a file of outcomes has, in order: what an administrator's file should start with. */
export function outcomeFileHeadings(statements: readonly StatementHeading[]): string[] {
  const [before, after] = [OUTCOME_COLUMNS.slice(0, 5), OUTCOME_COLUMNS.slice(5)];
  return [
    ...before.map((column) => column.heading),
    ...statements.map((statement) => statement.name),
    ...after.map((column) => column.heading),
  ];
}

// ---------------------------------------------------------------------------------------------
// One row

// No control characters: a pasted NUL would otherwise reach PostgreSQL, which refuses it.
const plainText = (max: number, tooLong: string) =>
  z
    .string({ error: "Give this as text" })
    .trim()
    .max(max, tooLong)
    .regex(/^[^\u0000-\u001f\u007f]*$/, "Remove the line breaks and control characters from this cell");

/** A value from a fixed list, matched whatever its capitals, returned as the list spells it. */
function oneOf<T extends string>(options: readonly T[], describe: (given: string) => string) {
  return z
    .string({ error: describe("") })
    .trim()
    .transform((given, context): T => {
      const found = options.find((option) => option.toLowerCase() === given.replace(/\s+/g, " ").toLowerCase());
      if (found) return found;
      context.issues.push({ code: "custom", input: given, message: describe(given) });
      return z.NEVER;
    });
}

export function isCqcReportUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && (url.hostname === "www.cqc.org.uk" || url.hostname === "cqc.org.uk");
  } catch {
    return false;
  }
}

const scoreText = z
  .string({ error: "Give the score as a whole number from 1 to 4" })
  .trim()
  .regex(/^[1-4]$/, { error: (issue) => `"${String(issue.input)}" is not a score: give a whole number from 1 to 4` })
  .transform((value) => Number(value) as Score);

/**
 * One row of an imported file, its cells as text (domain.ts maps the columns to these fields and
 * names the quality statement in a score's message). Messages say what to put right.
 */
export const publishedOutcomeRowSchema = z
  .object({
    council: plainText(200, "Shorten the council's name to 200 characters or fewer").min(1, "Give the council's name"),
    onsCode: z
      .string({ error: "Give the ONS code as text, or leave it empty" })
      .trim()
      .toUpperCase()
      .regex(/^(E(06|08|09|10)\d{6})?$/, {
        error: (issue) =>
          `ONS code "${String(issue.input)}" is not an English council's code: use the 9-character code from the ONS list (such as E06000035), or leave it empty`,
      })
      .transform((value) => value || null),
    region: oneOf(REGIONS, (given) =>
      given
        ? `Region "${given}" is not one of the nine English regions: use ${REGIONS.join(", ")}`
        : `Give the council's region: ${REGIONS.join(", ")}`,
    ),
    type: oneOf(COUNCIL_TYPES, (given) =>
      given
        ? `Type "${given}" is not recognised: use county, unitary, metropolitan district or London borough`
        : "Give the type of council: county, unitary, metropolitan district or London borough",
    ),
    overallRating: oneOf(RATINGS, (given) =>
      given
        ? `Overall rating "${given}" is not one of CQC's four: use Inadequate, Requires improvement, Good or Outstanding`
        : "Give the overall rating CQC published: Inadequate, Requires improvement, Good or Outstanding",
    ),
    scores: z
      .array(scoreText, { error: "Give the nine quality statement scores" })
      .length(STATEMENT_COUNT, "Give all nine quality statement scores"),
    publishedPercent: z
      .string({ error: "Give the published percentage as a number, or leave it empty" })
      .trim()
      .regex(/^(\d{1,3}%?)?$/, {
        error: (issue) =>
          `Published percentage "${String(issue.input)}" is not a whole number: give it as CQC published it (such as 59), or leave it empty where none was published`,
      })
      .transform((value) => (value ? Number(value.replace("%", "")) : null))
      .refine((value) => value === null || (value >= 25 && value <= 100), {
        error: "A published percentage lies from 25 to 100: check it against its source, or leave it empty",
      }),
    publishedPercentSource: plainText(500, "Shorten the percentage's source to 500 characters or fewer").transform(
      (value) => value || null,
    ),
    reportUrl: plainText(500, "Shorten the report address to 500 characters or fewer").refine(isCqcReportUrl, {
      error: "Give the address of the council's assessment report on cqc.org.uk (starting https://www.cqc.org.uk/)",
    }),
  })
  .superRefine((row, context) => {
    // Runs even when a field above failed (zod reports every problem at once), so each value is checked first.
    const percentGiven = typeof row.publishedPercent === "number";
    if (percentGiven && !row.publishedPercentSource)
      context.addIssue({
        code: "custom",
        path: ["publishedPercentSource"],
        message: "Say where the published percentage was seen (a CQC report, a press release, council minutes)",
      });
    if (row.publishedPercent === null && typeof row.publishedPercentSource === "string" && row.publishedPercentSource)
      context.addIssue({
        code: "custom",
        path: ["publishedPercentSource"],
        message: "There is a source but no published percentage: give the percentage, or leave both empty",
      });
    const prefix = COUNCIL_TYPES.includes(row.type) ? ONS_CODE_PREFIX[row.type] : null;
    if (prefix && typeof row.onsCode === "string" && /^E\d{8}$/.test(row.onsCode) && !row.onsCode.startsWith(prefix))
      context.addIssue({
        code: "custom",
        path: ["onsCode"],
        message: `ONS code ${row.onsCode} is not a ${row.type}'s (${row.type} codes start ${prefix}): check the code and the type against the ONS list`,
      });
  });
export type PublishedOutcomeRowInput = z.input<typeof publishedOutcomeRowSchema>;

/** The file that comes with the app, prisma/reference/la-published-outcomes.json. */
export const publishedOutcomesReferenceSchema = z
  .object({
    version: z.string().trim().min(1).max(100),
    about: z.string().min(1),
    sources: z.object({ outcomes: z.string().min(1), regionAndType: z.string().min(1) }),
    count: z.number().int(),
    rows: z
      .array(
        z.object({
          council: z.string().trim().min(1).max(200),
          onsCode: z.string().regex(/^E(06|08|09|10)\d{6}$/),
          region: z.enum(REGIONS),
          type: z.enum(COUNCIL_TYPES),
          overallRating: z.enum(RATINGS),
          qs: z.array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])).length(STATEMENT_COUNT),
          total: z.number().int(),
          publishedPercent: z.number().int().min(25).max(100).nullable(),
          publishedPercentSource: z.string().min(1).nullable(),
          reportUrl: z.string().refine(isCqcReportUrl),
        }),
      )
      .min(1),
  })
  .refine((file) => file.count === file.rows.length, { error: "count does not match the number of rows" })
  .refine((file) => file.rows.every((row) => row.qs.reduce<number>((sum, score) => sum + score, 0) === row.total), {
    error: "a row's total is not the sum of its nine scores",
  });
export type PublishedOutcomesReference = z.infer<typeof publishedOutcomesReferenceSchema>;

/** The bundled file's rows as the benchmark reads them (its `qs` are the scores; its `total` is checked above). */
export function outcomesOfReference(file: PublishedOutcomesReference): OutcomeRow[] {
  return file.rows.map((row) => ({
    council: row.council,
    onsCode: row.onsCode,
    region: row.region,
    type: row.type,
    overallRating: row.overallRating,
    scores: row.qs,
    publishedPercent: row.publishedPercent,
    publishedPercentSource: row.publishedPercentSource,
    reportUrl: row.reportUrl,
  }));
}

/** What an administrator says about a file of published outcomes before importing it. */
export const importPublishedOutcomesSchema = z.object({
  version: plainText(100, "Shorten the name to 100 characters or fewer").min(
    1,
    "Give this version of the outcomes a name, such as March 2027",
  ),
  source: plainText(500, "Shorten the source to 500 characters or fewer").min(
    1,
    "Say where these outcomes come from, such as CQC assessment reports published up to March 2027",
  ),
});
export type ImportPublishedOutcomesInput = z.infer<typeof importPublishedOutcomesSchema>;

// ---------------------------------------------------------------------------------------------
// The benchmark page's filters and the import's confirmation

const listOf = <T extends string>(options: readonly T[]) =>
  z.preprocess(
    (value) => (value === undefined ? [] : [value].flat()),
    // An address edited by hand may name a region that is not one: it is left out, not an error.
    z.array(z.unknown()).transform((values) => options.filter((option) => values.includes(option))),
  );

/** "Councils like us", from the page's GET form: any of the chosen regions, any of the chosen types. */
export const benchmarkQuerySchema = z.object({
  region: listOf(REGIONS),
  type: listOf(COUNCIL_TYPES),
});
export type BenchmarkQuery = z.infer<typeof benchmarkQuerySchema>;

/** Applying a checked file: which upload, and the name and source the set will carry. */
export const applyOutcomeImportSchema = importPublishedOutcomesSchema.extend({
  importId: z.uuid({ error: "This import was not found: upload the file again" }),
});
export type ApplyOutcomeImportInput = z.infer<typeof applyOutcomeImportSchema>;
