import { z } from "zod";
import { DIRECTIONS, RECOMMENDED_WORDS } from "./domain";

/**
 * Forms of the self-assessment, shared by the browser and the server. List fields (strengths,
 * areas for improvement) arrive as numbered rows `strengths.0.text`, `strengths.0.id`, …, which
 * works without JavaScript; empty rows are dropped.
 */
const scoreField = z.coerce
  .number({ error: "Select a score from 1 to 4" })
  .int()
  .min(1, "Select a score from 1 to 4")
  .max(4, "Select a score from 1 to 4");

const rowsFrom = (prefix: string) => (raw: unknown) => {
  if (!raw || typeof raw !== "object") return [];
  const record = raw as Record<string, unknown>;
  if (Array.isArray(record[prefix])) return record[prefix];
  const rows = new Map<number, Record<string, unknown>>();
  for (const [key, value] of Object.entries(record)) {
    const match = new RegExp(`^${prefix}\\.(\\d+)\\.(id|text)$`).exec(key);
    if (!match) continue;
    const row = rows.get(Number(match[1])) ?? {};
    row[match[2]!] = value;
    rows.set(Number(match[1]), row);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
};

const listItem = z.object({
  id: z.string().max(64).optional().default(""),
  text: z.string().max(5000, "Keep each item under 5,000 characters").trim(),
});

const longText = (max: number, label: string) =>
  z
    .string()
    .max(max, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`)
    .trim()
    .default("");

export const CATEGORY_KEYS = ["peoples-experience", "staff-and-leaders", "partners", "processes"] as const;

/** Category scores arrive as `category.<key>` fields (or nested, from react-hook-form). */
const categoriesFrom = (raw: Record<string, unknown>) => {
  const nested = raw.category && typeof raw.category === "object" ? (raw.category as Record<string, unknown>) : {};
  const scores: Record<string, unknown> = {};
  for (const key of CATEGORY_KEYS) {
    const value = raw[`category.${key}`] ?? nested[key];
    if (value !== undefined && value !== "") scores[key] = value;
  }
  return scores;
};

/** An optional choice: nothing chosen ("" or absent) is null; anything else must be valid. */
const optionalChoice = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === undefined ? null : value), schema.nullable());

export const saveStatementSchema = z.preprocess(
  (raw) =>
    raw && typeof raw === "object"
      ? {
          ...raw,
          strengths: rowsFrom("strengths")(raw),
          improvements: rowsFrom("improvements")(raw),
          categoryScores: categoriesFrom(raw as Record<string, unknown>),
        }
      : raw,
  z
    .object({
      statementKey: z.string().min(1),
      expectedVersion: z.coerce.number().int().min(0),
      strengths: z.array(listItem).max(50, "Record at most 50 strengths; combine some"),
      howWeKnow: longText(20_000, "How we know"),
      improvements: z.array(listItem).max(50, "Record at most 50 areas for improvement; combine some"),
      direction: optionalChoice(z.enum(DIRECTIONS, { error: "Select improving, stable or declining" })),
      directionReason: longText(5_000, "The reason for the direction of travel"),
      score: optionalChoice(scoreField),
      scoreRationale: longText(10_000, "The rationale for the score"),
      categoryScores: z.partialRecord(z.enum(CATEGORY_KEYS), scoreField),
    })
    .superRefine((value, ctx) => {
      if (value.direction && !value.directionReason) {
        ctx.addIssue({
          code: "custom",
          path: ["directionReason"],
          message: "Give a reason for the direction of travel",
        });
      }
      if (value.score && !value.scoreRationale) {
        ctx.addIssue({ code: "custom", path: ["scoreRationale"], message: "Explain why you chose this score" });
      }
    }),
);
export type SaveStatementInput = z.infer<typeof saveStatementSchema>;

export const reviewSchema = z.object({
  statementKey: z.string().min(1),
  expectedVersion: z.coerce.number().int().min(0),
});

export const reopenSchema = reviewSchema.extend({
  reason: z
    .string({ error: "Say why the statement is being reopened" })
    .trim()
    .min(1, "Say why the statement is being reopened")
    .max(2000, "Keep the reason under 2,000 characters"),
});

export const commentSchema = z.object({
  statementKey: z.string().min(1),
  body: z
    .string({ error: "Enter a comment" })
    .trim()
    .min(1, "Enter a comment")
    .max(5000, "Comments must be 5,000 characters or fewer"),
});

export const restoreRevisionSchema = z.object({
  statementKey: z.string().min(1),
  revisionId: z.uuid("Choose a revision to restore"),
  expectedVersion: z.coerce.number().int().min(0),
});

export const createSnapshotSchema = z.object({
  name: z
    .string({ error: "Enter a name for the snapshot" })
    .trim()
    .min(1, "Enter a name for the snapshot")
    .max(100, "Snapshot names must be 100 characters or fewer"),
  takenOn: z.iso.date({ error: "Enter the snapshot's date as a real date, for example 24 11 2026" }),
});

/** The stored content, read back from the database (validated so a bad row is noticed, not shown). */
export const storedContentSchema = z.object({
  strengths: z.array(z.object({ id: z.string(), text: z.string() })).default([]),
  howWeKnow: z.string().default(""),
  improvements: z.array(z.object({ id: z.string(), text: z.string() })).default([]),
  direction: z.enum(DIRECTIONS).nullable().default(null),
  directionReason: z.string().default(""),
  score: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
    .nullable()
    .default(null),
  scoreRationale: z.string().default(""),
  categoryScores: z.record(z.string(), z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])).default({}),
});

export { RECOMMENDED_WORDS };

/** A statement as frozen in a snapshot. */
export const snapshotStatementSchema = z.object({
  key: z.string(),
  number: z.number(),
  name: z.string(),
  themeKey: z.string(),
  themeName: z.string(),
  status: z.enum(["not_started", "in_progress", "ready_for_review", "agreed"]),
  content: storedContentSchema,
});
export const snapshotStatementsSchema = z.array(snapshotStatementSchema);
export type SnapshotStatement = z.infer<typeof snapshotStatementSchema>;

/** The rating as stored in a snapshot (the rating engine's result at the time). */
export const snapshotRatingSchema = z.object({
  kind: z.enum(["complete", "partial", "unscored"]),
  percent: z.number().optional(),
  rating: z.string().optional(),
  total: z.number().optional(),
  unscored: z.number(),
  scored: z.number(),
});
export type SnapshotRating = z.infer<typeof snapshotRatingSchema>;
