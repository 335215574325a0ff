import { z } from "zod";
import { tagFilterSchema, tagsSchema } from "@/lib/tags";
import { ACTION_STATUSES, RAGS, SORTS, type ActionSource } from "./domain";

const list = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);
const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);
const actionId = z.uuid("This action was not found. Go back to the improvement plan and open it again.");
const SOURCE_MESSAGE = "Select where the need for this action was found from the list, or choose not linked";

/** Reads the one form value naming a source ("session:<id>"); the server checks it belongs to the workspace. */
export function parseSource(value: string): ActionSource | null | undefined {
  if (value === "") return null;
  const [kind, ...rest] = value.split(":");
  const id = z.uuid().safeParse(rest.join(":"));
  if (kind === "audit" && id.success) return { kind: "audit_question", id: id.data };
  if (kind === "session" && id.success) return { kind: "prep_session", id: id.data };
  if (kind === "follow-up" && id.success) return { kind: "follow_up", id: id.data };
  if (kind === "cqc-finding" && id.success) return { kind: "cqc_finding", id: id.data };
  if (kind === "improvement" && rest.length >= 2) {
    const [statementKey, ...area] = rest;
    const improvementId = area.join(":");
    if (statementKey && /^[a-z0-9-]{1,100}$/.test(statementKey) && improvementId && improvementId.length <= 64)
      return { kind: "improvement", statementKey, improvementId };
  }
  return undefined;
}

export const actionSchema = z
  .object({
    title: z
      .string({ error: "Enter what will be done" })
      .trim()
      .min(1, "Enter what will be done")
      .max(200, "Titles must be 200 characters or fewer"),
    description: z.string().trim().max(5000, "The description must be 5,000 characters or fewer").default(""),
    ownerId: z.preprocess(blankToNull, z.uuid("Select the owner from the list").nullable()),
    ownerName: z.string().trim().max(100, "The owner's name must be 100 characters or fewer").default(""),
    dueDate: z.iso.date({ error: "Enter the due date as a real date, for example 31 3 2027" }),
    status: z.enum(ACTION_STATUSES, { error: "Select the status" }).default("not_started"),
    rag: z.enum(RAGS, { error: "Select red, amber or green" }).default("green"),
    statementKeys: z.preprocess(
      list,
      z
        .array(z.string().min(1).max(100, "Select quality statements from the list"))
        .min(1, "Select at least one quality statement this action addresses")
        .max(20, "Select quality statements from the list"),
    ),
    tags: tagsSchema,
    source: z
      .string()
      .default("")
      .transform((value, ctx) => {
        const source = parseSource(value);
        if (source === undefined) {
          ctx.addIssue({ code: "custom", message: SOURCE_MESSAGE });
          return z.NEVER;
        }
        return source;
      }),
  })
  .superRefine((value, ctx) => {
    if (!value.ownerId && !value.ownerName) {
      ctx.addIssue({
        code: "custom",
        path: ["ownerId"],
        message: "Select the owner, or choose someone without an account and enter their name",
      });
    }
  })
  // A chosen member is the owner; a name typed as well is not kept, so the two never disagree.
  .transform((value) => ({ ...value, ownerName: value.ownerId ? "" : value.ownerName }));
export type ActionInput = z.output<typeof actionSchema>;

export const updateActionSchema = z.intersection(
  actionSchema,
  z.object({ id: actionId, expectedVersion: z.coerce.number().int().min(1) }),
);
export type UpdateActionInput = z.output<typeof updateActionSchema>;

/** A progress note; it may move the status and RAG. Marking it done may cite evidence of completion. */
export const progressNoteSchema = z.object({
  actionId,
  note: z
    .string({ error: "Enter a progress note" })
    .trim()
    .min(1, "Enter a progress note: what has happened since the last one")
    .max(5000, "Notes must be 5,000 characters or fewer"),
  status: z.preprocess(blankToNull, z.enum(ACTION_STATUSES, { error: "Select the status from the list" }).nullable()),
  rag: z.preprocess(blankToNull, z.enum(RAGS, { error: "Select red, amber or green" }).nullable()),
  completionEvidenceId: z.preprocess(blankToNull, z.uuid("Select the evidence from the list").nullable()),
});
export type ProgressNoteInput = z.output<typeof progressNoteSchema>;

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Filters and sort of the plan, from the query string; anything odd falls back to no filter. */
export const planQuerySchema = z.object({
  statement: z.preprocess(
    one,
    z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,100}$/)
      .optional()
      .catch(undefined),
  ),
  status: z.preprocess(one, z.enum(ACTION_STATUSES).optional().catch(undefined)),
  rag: z.preprocess(one, z.enum(RAGS).optional().catch(undefined)),
  owner: z.preprocess(
    one,
    z
      .union([z.uuid(), z.literal("none")])
      .optional()
      .catch(undefined),
  ),
  overdue: z.preprocess(one, z.literal("yes").optional().catch(undefined)),
  tag: z.preprocess(one, tagFilterSchema),
  sort: z.preprocess(one, z.enum(SORTS).catch("due").default("due")),
  dir: z.preprocess(one, z.enum(["asc", "desc"]).catch("asc").default("asc")),
});
export type PlanQuery = z.output<typeof planQuerySchema>;

/** What a new action can start from: `/improvement-plan/new?statement=…&improvement=…`, `?followUp=…`, `?session=…`. */
export const newActionQuerySchema = z.object({
  statement: z.preprocess(
    one,
    z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,100}$/)
      .optional()
      .catch(undefined),
  ),
  improvement: z.preprocess(one, z.string().trim().min(1).max(64).optional().catch(undefined)),
  followUp: z.preprocess(one, z.uuid().optional().catch(undefined)),
  session: z.preprocess(one, z.uuid().optional().catch(undefined)),
});
export type NewActionQuery = z.output<typeof newActionQuerySchema>;

/** Several of CQC's findings turned into actions at once: one action per finding, one owner and due date. */
export const actionsFromFindingsSchema = z
  .object({
    findingIds: z.preprocess(
      list,
      z
        .array(z.uuid("Select findings from the list"), { error: "Select at least one finding to turn into an action" })
        .min(1, "Select at least one finding to turn into an action")
        .max(100, "Select up to 100 findings at a time"),
    ),
    ownerId: z.preprocess(blankToNull, z.uuid("Select the owner from the list").nullable()),
    ownerName: z.string().trim().max(100, "The owner's name must be 100 characters or fewer").default(""),
    dueDate: z.iso.date({ error: "Enter the due date as a real date, for example 31 3 2027" }),
  })
  .superRefine((value, ctx) => {
    if (!value.ownerId && !value.ownerName)
      ctx.addIssue({
        code: "custom",
        path: ["ownerId"],
        message: "Select the owner, or choose someone without an account and enter their name",
      });
  })
  .transform((value) => ({
    ...value,
    findingIds: [...new Set(value.findingIds)],
    ownerName: value.ownerId ? "" : value.ownerName,
  }));
export type ActionsFromFindingsInput = z.output<typeof actionsFromFindingsSchema>;
