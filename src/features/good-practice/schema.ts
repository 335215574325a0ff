import { z } from "zod";
import { GOOD_PRACTICE_KINDS } from "./domain";

const list = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);
const entryId = z.uuid("This entry was not found. Go back to the good practice log and open it again.");

/**
 * An entry in the good practice log, shared by the form and the server. Quality statement keys
 * are only shaped here; the server checks them against the workspace's framework.
 */
export const entrySchema = z.object({
  kind: z.enum(GOOD_PRACTICE_KINDS, { error: "Select whether this is good practice or a challenge" }),
  title: z
    .string({ error: "Enter a title" })
    .trim()
    .min(1, "Enter a title")
    .max(200, "Titles must be 200 characters or fewer"),
  description: z
    .string({ error: "Describe what happened" })
    .trim()
    .min(1, "Describe what happened")
    .max(5000, "The description must be 5,000 characters or fewer"),
  team: z.string().trim().max(120, "Team names must be 120 characters or fewer").default(""),
  statementKeys: z.preprocess(
    list,
    z
      .array(z.string().min(1).max(100, "Select quality statements from the list"))
      .max(20, "Select quality statements from the list"),
  ),
});
export type EntryInput = z.infer<typeof entrySchema>;

/** A change to an entry, refused if someone else saved it since the form was opened. */
export const updateEntrySchema = entrySchema.extend({
  id: entryId,
  expectedUpdatedAt: z.iso.datetime({ error: "Open the entry again and make your change" }),
});
export type UpdateEntryInput = z.infer<typeof updateEntrySchema>;

/**
 * Adding an entry to the evidence library: the evidence category it falls under, a title if not
 * the entry's, and the quality statements it supports when the entry names none.
 */
export const convertSchema = z.object({
  entryId,
  statementKeys: entrySchema.shape.statementKeys,
  categoryKey: z
    .string({ error: "Select the evidence category" })
    .min(1, "Select the evidence category")
    .max(100, "Select the evidence category"),
  title: z.string().trim().max(200, "Titles must be 200 characters or fewer").default(""),
});
export type ConvertInput = z.infer<typeof convertSchema>;

/** Filters of the log, from the query string; anything odd falls back to no filter. */
export const entryQuerySchema = z.object({
  kind: z.enum(GOOD_PRACTICE_KINDS).optional().catch(undefined),
  statement: z.string().trim().min(1).max(100).optional().catch(undefined),
  team: z.string().trim().min(1).max(120).optional().catch(undefined),
  converted: z.enum(["yes", "no"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type EntryQuery = z.infer<typeof entryQuerySchema>;
