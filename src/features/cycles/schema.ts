import { z } from "zod";
import { STARTABLE_CYCLE_KINDS } from "./domain";

const toList = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

/**
 * Starting a new cycle. `fromCycleId` is the cycle the person was looking at: if someone else has
 * started a cycle since, the start is refused rather than carrying the wrong one forward.
 */
export const startCycleSchema = z
  .object({
    fromCycleId: z.uuid("The current cycle was not found. Reload the page and try again."),
    kind: z.enum(STARTABLE_CYCLE_KINDS, { error: "Choose what kind of cycle this is" }),
    name: z
      .string({ error: "Enter a name for the cycle" })
      .trim()
      .min(1, "Enter a name for the cycle")
      .max(100, "Cycle names must be 100 characters or fewer"),
    startedOn: z.iso.date({ error: "Enter the start date as a real date, for example 1 4 2027" }),
    statementKeys: z.preprocess(toList, z.array(z.string().min(1)).max(20)),
    lens: z.string().trim().max(50, "Keep the lens under 50 characters: it is an evidence tag").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.kind !== "thematic_review") return;
    if (value.statementKeys.length === 0)
      ctx.addIssue({ code: "custom", path: ["statementKeys"], message: "Choose the statements this review covers" });
    if (!value.lens)
      ctx.addIssue({
        code: "custom",
        path: ["lens"],
        message: "Enter the review's lens, for example unpaid carers",
      });
  })
  .transform((value) =>
    value.kind === "thematic_review" ? value : { ...value, statementKeys: [] as string[], lens: "" },
  );
export type StartCycleInput = z.output<typeof startCycleSchema>;

/** Two cycles to compare, from the comparison page's GET form. */
export const compareCyclesSchema = z.object({ a: z.uuid(), b: z.uuid() });
