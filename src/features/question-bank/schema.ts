import { z } from "zod";
import { isUuid } from "@/lib/ids";
import {
  AUDIENCE_KEYS,
  QUESTION_LIMITS,
  mapQuestionImportRow,
  sameQuestion,
  splitLines,
  type StatementRef,
} from "./domain";

const list = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);
const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * A textarea with one entry per line, as a list. Each problem is said on the field itself (not on
 * "prompts.3"), so it shows beside the textarea and the error summary links to it.
 */
const linesField = (plural: string, singular: string) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? splitLines(value)
        : Array.isArray(value)
          ? splitLines(value.map(String).join("\n"))
          : [],
    z.array(z.string()).superRefine((lines, ctx) => {
      if (lines.length > QUESTION_LIMITS.lines) {
        ctx.addIssue({
          code: "custom",
          message: `Give at most ${QUESTION_LIMITS.lines} ${plural}, one per line (there are ${lines.length}): remove or combine some`,
        });
      }
      const tooLong = lines.findIndex((line) => line.length > QUESTION_LIMITS.line);
      if (tooLong !== -1) {
        ctx.addIssue({
          code: "custom",
          message: `${singular} ${tooLong + 1} is longer than ${QUESTION_LIMITS.line} characters: shorten it or split it over two lines`,
        });
      }
    }),
  );

/** The question form, shared by the browser and the server (and by each row of an import). */
export const questionSchema = z.object({
  text: z
    .string({ error: "Enter the question" })
    .trim()
    .min(1, "Enter the question")
    .max(
      QUESTION_LIMITS.text,
      `Questions must be ${QUESTION_LIMITS.text.toLocaleString("en-GB")} characters or fewer: shorten it, and put what a good answer covers in the prompts`,
    ),
  statementKeys: z
    .preprocess(
      list,
      z
        .array(z.string().trim().min(1).max(100))
        .min(1, "Select at least one quality statement the question tests")
        .max(20),
    )
    .transform(unique),
  audienceKeys: z
    .preprocess(
      list,
      z
        .array(z.enum(AUDIENCE_KEYS, { error: "Select who the question suits from the list" }))
        .min(1, "Select at least one audience the question suits"),
    )
    .transform(unique),
  prompts: linesField("prompts", "Prompt"),
  followUps: linesField("follow-up questions", "Follow-up question"),
});
export type QuestionInput = z.output<typeof questionSchema>;

export const updateQuestionSchema = z.intersection(
  questionSchema,
  z.object({
    id: z.uuid("This question was not found. Go back to the question bank and open it again."),
    expectedVersion: z.coerce.number().int().min(1),
  }),
);
export type UpdateQuestionInput = z.output<typeof updateQuestionSchema>;

export const questionIdSchema = z.object({
  questionId: z.uuid("This question was not found. Go back to the question bank and open it again."),
});

export const confirmQuestionImportSchema = z.object({
  importId: z.uuid("This import was not found. Upload the file again."),
  dropInvalid: z.preprocess((value) => value === "yes", z.boolean()),
});

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** Filters of the question list (and the export), from the query string; anything odd falls back to no filter. */
export const questionQuerySchema = z.object({
  statement: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()).catch(undefined),
  audience: z.preprocess(blankToUndefined, z.enum(AUDIENCE_KEYS).optional()).catch(undefined),
  q: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()).catch(undefined),
  retired: z.literal("yes").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type QuestionQuery = z.infer<typeof questionQuerySchema>;

/** The starting bank's reference file, checked before anything is loaded from it. */
export const startingBankSchema = z.object({
  source: z.string(),
  questions: z.array(
    z.object({
      key: z.string().min(1).max(40),
      text: z.string().min(1).max(QUESTION_LIMITS.text),
      statements: z.array(z.string().min(1)).min(1),
      audiences: z.array(z.enum(AUDIENCE_KEYS)).min(1),
      prompts: z.array(z.string().min(1).max(QUESTION_LIMITS.line)).max(QUESTION_LIMITS.lines),
      followUps: z.array(z.string().min(1).max(QUESTION_LIMITS.line)).max(QUESTION_LIMITS.lines),
    }),
  ),
});
export type StartingBank = z.infer<typeof startingBankSchema>;

/** A question already in the bank, as an import row is compared with it. */
export type ExistingQuestion = {
  text: string;
  statementKeys: string[];
  audienceKeys: string[];
  prompts: string[];
  followUps: string[];
  retired: boolean;
};

export type CheckedQuestionRow = {
  line: number;
  /** The question to update; null adds a new one. */
  id: string | null;
  text: string;
  input: QuestionInput | null;
  retired: boolean;
  change: "create" | "update" | "unchanged";
  errors: string[];
};

/**
 * Checks every row of a question bank file as the question form would. An ID must be one of this
 * council's questions (`existing`, by id): anything else, including another council's question, is
 * an error, never a new question. A question given twice is an error on the later line.
 */
export function checkQuestionImportRows(
  rows: Record<string, string>[],
  statements: StatementRef[],
  existing: Map<string, ExistingQuestion>,
): CheckedQuestionRow[] {
  const seen = new Map<string, number>();
  return rows.map((row, index) => {
    const line = index + 2;
    const mapped = mapQuestionImportRow(row, statements);
    const errors = [...mapped.errors];
    const id = mapped.id ? mapped.id.toLowerCase() : null;
    const current = id && isUuid(id) ? existing.get(id) : undefined;
    if (mapped.id && !current)
      errors.push(`ID "${mapped.id}" is not a question in your bank: leave the ID blank to add this as a new question`);
    if (id && seen.has(id))
      errors.push(`This question (ID ${mapped.id}) is also on line ${seen.get(id)}: give each question once`);
    else if (id) seen.set(id, line);
    const parsed = questionSchema.safeParse(mapped.fields);
    if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => issue.message));
    const input = parsed.success && errors.length === 0 ? parsed.data : null;
    const change = !current
      ? "create"
      : input && sameQuestion({ ...input, retired: mapped.retired }, current)
        ? "unchanged"
        : "update";
    return { line, id: current ? id : null, text: mapped.fields.text, input, retired: mapped.retired, change, errors };
  });
}
