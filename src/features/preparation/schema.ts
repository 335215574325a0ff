import { z } from "zod";
import { AUDIENCE_KEYS } from "@/features/question-bank/domain";
import { DURATIONS, FORMATS, linesOf } from "./domain";

const sessionId = z.uuid("This session was not found. Go back to Staff preparation and open it again.");
const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);
/** A checkbox group arrives as one value per line (see lib/actions/form-data). */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split("\n").filter(Boolean) : (value ?? [])),
    z.array(item),
  );

export const sessionSchema = z.object({
  title: z
    .string({ error: "Enter a title for the session" })
    .trim()
    .min(1, "Enter a title for the session")
    .max(150, "Titles must be 150 characters or fewer"),
  team: z
    .string({ error: "Enter the team the session is for" })
    .trim()
    .min(1, "Enter the team the session is for")
    .max(100, "Team names must be 100 characters or fewer"),
  format: z.enum(FORMATS, { error: "Select the format: workshop, mock interview or briefing" }),
  audienceKey: z.preprocess(
    blankToUndefined,
    z.enum(AUDIENCE_KEYS, { error: "Select who the session is for from the list" }).optional(),
  ),
  day: z.iso.date({ error: "Enter the date as a real date, for example 3 12 2026" }),
  time: z
    .string({ error: "Enter the start time, for example 09:30" })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter the start time as hours and minutes, for example 09:30"),
  durationMinutes: z.coerce
    .number({ error: "Select how long the session lasts" })
    .refine((value) => (DURATIONS as readonly number[]).includes(value), "Select how long the session lasts"),
  location: z.string().trim().max(200, "Keep the place or link to 200 characters or fewer").default(""),
  /** Only a readiness lead chooses; a team manager always runs the sessions they plan. */
  facilitatorId: z.preprocess(blankToUndefined, z.uuid("Choose who will run the session from the list").optional()),
});
export type SessionInput = z.infer<typeof sessionSchema>;

export const updateSessionSchema = sessionSchema.extend({
  id: sessionId,
  expectedVersion: z.coerce.number().int().positive(),
});

export const addQuestionsSchema = z.object({
  sessionId,
  questionIds: listOf(z.uuid("Choose questions from the list")).pipe(
    z.array(z.uuid()).min(1, "Tick at least one question to add").max(50, "Add at most 50 questions at a time"),
  ),
});

export const drawQuestionsSchema = z.object({
  sessionId,
  statementKeys: listOf(z.string().regex(/^[a-z0-9-]{1,100}$/, "Choose quality statements from the list")).pipe(
    z.array(z.string()).min(1, "Tick at least one quality statement to draw from"),
  ),
  audienceKey: z.preprocess(
    blankToUndefined,
    z.enum(AUDIENCE_KEYS, { error: "Select an audience from the list" }).optional(),
  ),
  count: z.coerce
    .number({ error: "Enter how many questions to draw, from 1 to 20" })
    .int("Enter a whole number of questions, from 1 to 20")
    .min(1, "Enter how many questions to draw, from 1 to 20")
    .max(20, "Draw at most 20 questions at a time"),
});

export const sessionQuestionSchema = z.object({
  sessionId,
  questionId: z.uuid("This question is not in the session. Reload the page."),
});

export const moveQuestionSchema = sessionQuestionSchema.extend({ direction: z.enum(["up", "down"]) });

const lines = (max: number, label: string, eachMax: number) =>
  z
    .string()
    .default("")
    .transform(linesOf)
    .pipe(
      z
        .array(z.string().max(eachMax, `Keep each ${label} to ${eachMax} characters or fewer`))
        .max(max, `Record at most ${max} ${label}s`),
    );

export const recordSessionSchema = z.object({
  sessionId,
  expectedVersion: z.coerce.number().int().positive(),
  attendees: lines(200, "attendee", 120),
  notes: z.string().trim().max(10_000, "Notes must be 10,000 characters or fewer").default(""),
  themes: lines(30, "theme", 200),
});
export type RecordSessionInput = z.infer<typeof recordSessionSchema>;

export const followUpSchema = z.object({
  sessionId,
  text: z
    .string({ error: "Say what needs to happen" })
    .trim()
    .min(1, "Say what needs to happen")
    .max(500, "Keep the follow-up to 500 characters or fewer"),
  owner: z.string().trim().max(120, "Keep the owner to 120 characters or fewer").default(""),
  dueDate: z.preprocess(
    blankToUndefined,
    z.iso.date({ error: "Enter the due date as a real date, for example 9 12 2026" }).optional(),
  ),
});

export const followUpDoneSchema = z.object({
  sessionId,
  followUpId: z.uuid("This follow-up was not found. Reload the page."),
  done: z.enum(["yes", "no"]),
});

export const deleteSessionSchema = z.object({ sessionId });

export const sessionListQuerySchema = z.object({
  team: z.string().max(100).optional().catch(undefined),
  show: z.enum(["upcoming", "past", "all"]).default("all").catch("all"),
});
