import { z } from "zod";
import { OUTCOMES } from "./domain";

const list = (value: unknown) =>
  value === undefined || value === ""
    ? []
    : Array.isArray(value)
      ? value
      : typeof value === "string"
        ? value.split("\n").filter(Boolean)
        : value;
const pointId = z.uuid("This point was not found. Go back to the list and open it again.");
const version = z.coerce.number({ error: "Reload the page and try again" }).int().min(1);

export const pointSchema = z.object({
  reference: z
    .string()
    .trim()
    .max(100, "Keep the reference to 100 characters or fewer, for example page 12, paragraph 3")
    .default(""),
  draftText: z
    .string({ error: "Enter what the draft report says" })
    .trim()
    .min(1, "Enter what the draft report says")
    .max(5000, "Keep what the draft says to 5,000 characters or fewer"),
  correction: z
    .string({ error: "Enter the council's correction" })
    .trim()
    .min(1, "Enter the council's correction")
    .max(5000, "Keep the correction to 5,000 characters or fewer"),
  evidenceIds: z
    .preprocess(list, z.array(z.uuid("Choose evidence from the list")).max(50, "Choose up to 50 evidence items"))
    .transform((ids) => [...new Set(ids)]),
});
export type PointInput = z.output<typeof pointSchema>;

export const updatePointSchema = z.intersection(pointSchema, z.object({ id: pointId, expectedVersion: version }));
export type UpdatePointInput = z.output<typeof updatePointSchema>;

export const outcomeSchema = z.object({
  id: pointId,
  expectedVersion: version,
  outcome: z.enum(OUTCOMES, { error: "Select what CQC decided" }),
  outcomeNote: z.string().trim().max(2000, "Keep the note to 2,000 characters or fewer").default(""),
});
export type OutcomeInput = z.output<typeof outcomeSchema>;

/** The evidence filter on the point form, from the query string; anything odd means no filter. */
export const evidenceFilterSchema = z.string().trim().max(100).optional().catch(undefined);
