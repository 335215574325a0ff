import { z } from "zod";
import { CHECKLIST_PHASES, MAX_VISIT_WEEKS, MIN_VISIT_WEEKS, TIMELINE_KEYS } from "./domain";

const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);
const optionalDate = (message: string) => z.preprocess(blankToNull, z.iso.date({ error: message }).nullable());
const ticked = z.preprocess((value) => value === "yes" || value === "on" || value === "true", z.boolean());

/**
 * One key date: "save" keeps the date entered (optionally confirmed by CQC); "clear" forgets it,
 * so the worked-out date shows again.
 */
export const timelineDateSchema = z
  .object({
    key: z.enum(TIMELINE_KEYS, { error: "Choose a date from the timeline" }),
    intent: z.enum(["save", "clear"]).default("save"),
    date: optionalDate("Enter the date as a real date, for example 11 1 2027"),
    confirmed: ticked,
    note: z.string().trim().max(500, "Notes must be 500 characters or fewer").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.intent === "save" && !value.date)
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        message: "Enter the date, or choose to use the expected date instead",
      });
  });
export type TimelineDateInput = z.output<typeof timelineDateSchema>;

const ENTER_WEEKS = "Enter the number of weeks as a whole number, for example 26";
const WEEKS_RANGE = `Enter a number of weeks from ${MIN_VISIT_WEEKS} to ${MAX_VISIT_WEEKS}: the visit comes after the information return, and within a year`;

/** The timeline's setting: how many weeks after notification the on-site visit is expected. */
export const visitWeeksSchema = z.object({
  visitWeeks: z
    .string({ error: ENTER_WEEKS })
    .trim()
    .regex(/^\d{1,3}$/, ENTER_WEEKS)
    .transform(Number)
    .pipe(z.number().min(MIN_VISIT_WEEKS, WEEKS_RANGE).max(MAX_VISIT_WEEKS, WEEKS_RANGE)),
});
export type VisitWeeksInput = z.output<typeof visitWeeksSchema>;

const itemId = z.uuid("This checklist item was not found. Reload the page and try again.");

export const checklistItemSchema = z.object({
  phase: z.enum(CHECKLIST_PHASES, { error: "Select the phase it belongs to" }),
  text: z
    .string({ error: "Enter what needs to be done" })
    .trim()
    .min(1, "Enter what needs to be done")
    .max(300, "Keep it to 300 characters or fewer"),
  owner: z.string().trim().max(100, "Keep the owner to 100 characters or fewer").default(""),
  dueDate: optionalDate("Enter the due date as a real date, for example 14 12 2026"),
});
export type ChecklistItemInput = z.output<typeof checklistItemSchema>;

export const updateChecklistItemSchema = z.intersection(checklistItemSchema, z.object({ id: itemId }));
export type UpdateChecklistItemInput = z.output<typeof updateChecklistItemSchema>;

export const tickChecklistItemSchema = z.object({
  id: itemId,
  done: z.enum(["yes", "no"]).transform((value) => value === "yes"),
});
export const removeChecklistItemSchema = z.object({ id: itemId });
