import { z } from "zod";
import { isRealIsoDay, isoDay, ukToday } from "@/lib/calendar";
import {
  AGE_BANDS,
  ANSWERS,
  CONTACT_METHODS,
  DISABILITY,
  ETHNICITIES,
  SEXES,
  STAGES,
  mapCaseImportRow,
} from "./domain";

const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);
const optionalDate = (label: string) =>
  z.preprocess(blankToNull, z.iso.date({ error: `Enter ${label} as a real date, for example 2026-03-14` }).nullable());
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(blankToNull, z.enum(values, { error: message }).nullable());
const caseId = z.uuid("This case was not found. Go back to the case list and open it again.");

/**
 * A case reference is the council's own (from its case management system), never a name: letters,
 * numbers and - / . _ only, so "Jane Smith" is refused before it is stored.
 */
export const caseReferenceField = z
  .string({ error: "Enter the case reference from your case management system" })
  .trim()
  .min(1, "Enter the case reference from your case management system")
  .max(40, "Case references must be 40 characters or fewer")
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9\-/._]*$/,
    "Use the case reference from your case management system: letters, numbers and - / . _ only, never a name",
  )
  // One spelling per case, so "las-1" and "LAS-1" are never two cases.
  .transform((value) => value.toUpperCase());

export const caseSchema = z
  .object({
    reference: caseReferenceField,
    cohortId: z.uuid("Select the cohort or pathway"),
    team: z.string().trim().max(100, "Team names must be 100 characters or fewer").default(""),
    practitioner: z.string().trim().max(100, "Keep the practitioner to 100 characters or fewer").default(""),
    firstContactDate: optionalDate("the date of first contact"),
    assessmentDate: optionalDate("the assessment date"),
    planDate: optionalDate("the date of the plan"),
    lastReviewDate: optionalDate("the date of the last review"),
    supportType: z.string().trim().max(100, "Keep the support type to 100 characters or fewer").default(""),
    ageBand: optionalChoice(AGE_BANDS, "Select an age band from the list"),
    ethnicity: optionalChoice(ETHNICITIES, "Select an ethnic group from the list"),
    sex: optionalChoice(SEXES, "Select sex from the list"),
    disability: optionalChoice(DISABILITY, "Select yes, no or not stated for disability"),
  })
  .superRefine((value, ctx) => {
    // A date that is not a real day already has its own message; comparing its text would add
    // false ones ("before the assessment", "in the future"), so only real days are compared.
    const order: [keyof typeof value, keyof typeof value, string][] = [
      ["firstContactDate", "assessmentDate", "The assessment date cannot be before the first contact"],
      ["assessmentDate", "planDate", "The plan date cannot be before the assessment"],
    ];
    for (const [earlier, later, message] of order) {
      const a = value[earlier];
      const b = value[later];
      if (isRealIsoDay(a) && isRealIsoDay(b) && b < a) ctx.addIssue({ code: "custom", path: [later], message });
    }
    const today = isoDay(ukToday(new Date()));
    for (const field of ["firstContactDate", "assessmentDate", "planDate", "lastReviewDate"] as const) {
      const date = value[field];
      if (isRealIsoDay(date) && date > today)
        ctx.addIssue({ code: "custom", path: [field], message: "Dates cannot be in the future" });
    }
  });
export type CaseInput = z.infer<typeof caseSchema>;

export const updateCaseSchema = z.intersection(
  caseSchema,
  z.object({ id: caseId, expectedVersion: z.coerce.number().int().min(1) }),
);

const list = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

export const sampleChangeSchema = z.object({
  caseIds: z.preprocess(list, z.array(z.uuid()).min(1, "Select at least one case").max(1000)),
  stage: z.enum(STAGES, { error: "Choose what to do with the selected cases" }),
});

export const consentSchema = z.object({
  caseId,
  consent: z.enum(["yes", "no", "unknown"], { error: "Select whether they agreed to be contacted" }),
});

export const contactSchema = z.object({
  caseId,
  contactedOn: z.iso
    .date({ error: "Enter the date of contact, for example 20 11 2026" })
    .refine((value) => value <= isoDay(ukToday(new Date())), "The date of contact cannot be in the future"),
  method: z.enum(CONTACT_METHODS, { error: "Select how contact was made" }),
  note: z
    .string()
    .trim()
    .max(500, "Notes must be 500 characters or fewer. Do not write names or health details here")
    .default(""),
});

/** An audit form: `answer.<question id>` and `note.<question id>` for each question asked. */
export const caseAuditSchema = z.looseObject({ caseId }).transform((value, ctx) => {
  const answers: { questionId: string; answer: (typeof ANSWERS)[number]; note: string }[] = [];
  for (const [name, given] of Object.entries(value)) {
    const match = /^answer\.([0-9a-f-]{36})$/.exec(name);
    if (!match) continue;
    const questionId = match[1]!;
    const answer = ANSWERS.find((candidate) => candidate === given);
    if (!answer) {
      ctx.addIssue({ code: "custom", path: [name], message: "Choose yes, partly, no or not applicable" });
      continue;
    }
    const note = typeof value[`note.${questionId}`] === "string" ? String(value[`note.${questionId}`]).trim() : "";
    if (note.length > 1000)
      ctx.addIssue({
        code: "custom",
        path: [`note.${questionId}`],
        message: "Notes must be 1,000 characters or fewer",
      });
    answers.push({ questionId, answer, note });
  }
  return { caseId: value.caseId, answers };
});
export type CaseAuditInput = z.output<typeof caseAuditSchema>;

const reflection = (label: string) =>
  z.string().trim().max(5000, `${label} must be 5,000 characters or fewer`).default("");

export const reflectiveLogSchema = z
  .object({
    caseId,
    expectedVersion: z.coerce.number().int().min(0),
    journey: reflection("The journey in brief"),
    wentWell: reflection("What went well"),
    couldBeBetter: reflection("What could have been better"),
    personVoice: reflection("The person's voice"),
    outcomes: reflection("Outcomes"),
    intent: z.enum(["save", "submit"]).default("save"),
  })
  .superRefine((value, ctx) => {
    if (value.intent !== "submit") return;
    const required: [keyof typeof value, string][] = [
      ["journey", "Describe the journey in brief before sending it for sign-off"],
      ["wentWell", "Say what went well before sending it for sign-off"],
      ["couldBeBetter", "Say what could have been better before sending it for sign-off"],
      ["personVoice", "Give the person's voice before sending it for sign-off"],
      ["outcomes", "Describe the outcomes before sending it for sign-off"],
    ];
    for (const [field, message] of required)
      if (!value[field]) ctx.addIssue({ code: "custom", path: [field], message });
  });
export type ReflectiveLogInput = z.infer<typeof reflectiveLogSchema>;

export const signOffSchema = z.object({
  caseId,
  decision: z.enum(["sign_off", "return"], { error: "Choose to sign off or return it" }),
});

export const cohortSchema = z.object({
  name: z
    .string({ error: "Enter the cohort's name" })
    .trim()
    .min(1, "Enter the cohort's name")
    .max(80, "Cohort names must be 80 characters or fewer"),
});
export const removeCohortSchema = z.object({ cohortId: z.uuid("Choose a cohort from the list") });

export const auditQuestionSchema = z.object({
  text: z
    .string({ error: "Enter the question" })
    .trim()
    .min(1, "Enter the question")
    .max(300, "Questions must be 300 characters or fewer"),
  statementKey: z
    .string({ error: "Select the quality statement it informs" })
    .min(1, "Select the quality statement it informs")
    .max(100),
});
export const retireQuestionSchema = z.object({ questionId: z.uuid("Choose a question from the list") });

export const closeCaseTrackingSchema = z.object({
  mode: z.enum(["anonymise", "delete"], { error: "Choose whether to anonymise or delete the case data" }),
  confirm: z.literal("yes", { error: "Confirm that you understand this cannot be undone" }),
});

export const confirmCaseImportSchema = z.object({
  importId: z.uuid("This import was not found. Upload the file again."),
  dropInvalid: z.preprocess((value) => value === "yes", z.boolean()),
});

/** Filters of the case list, from the query string; anything odd falls back to no filter. */
export const caseQuerySchema = z.object({
  q: z.string().trim().max(40).optional().catch(undefined),
  cohort: z.uuid().optional().catch(undefined),
  team: z.string().trim().max(100).optional().catch(undefined),
  stage: z.enum(STAGES).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type CaseQuery = z.infer<typeof caseQuerySchema>;

export type CheckedCaseRow = {
  line: number;
  reference: string;
  input: CaseInput | null;
  errors: string[];
  alreadyRecorded: boolean;
};

/** The date columns of a case extract, by the case form's field they fill. */
const IMPORT_DATE_COLUMNS: Record<string, string> = {
  firstContactDate: "First contact",
  assessmentDate: "Assessment",
  planDate: "Plan",
  lastReviewDate: "Last review",
};

/**
 * Checks every row of a case extract as the case form would. A reference given twice in the file is
 * an error on the later line; one already recorded (`existing` holds upper-cased references) is
 * reported and left as it is, never doubled.
 */
export function checkCaseImportRows(
  rows: Record<string, string>[],
  cohorts: { id: string; name: string }[],
  existing: Set<string>,
): CheckedCaseRow[] {
  const seen = new Map<string, number>();
  return rows.map((row, index) => {
    const line = index + 2;
    const mapped = mapCaseImportRow(row, cohorts);
    const cell = (column: string) =>
      Object.entries(row)
        .find(([name]) => name.trim().toLowerCase() === column.toLowerCase())?.[1]
        ?.trim() ?? "";
    const reference = cell("Case reference");
    const errors = "errors" in mapped ? [...mapped.errors] : [];
    let input: CaseInput | null = null;
    if ("fields" in mapped) {
      const parsed = caseSchema.safeParse(mapped.fields);
      if (parsed.success) input = parsed.data;
      else
        errors.push(
          ...parsed.error.issues.map((issue) => {
            // A date the extract wrote in a form we cannot read: name the column and the forms we read.
            const column = IMPORT_DATE_COLUMNS[String(issue.path[0])];
            return column && issue.code !== "custom"
              ? `${column} "${cell(column)}" is not a date: write dates as dd/mm/yyyy, for example 14/03/2026, or as 2026-03-14`
              : issue.message;
          }),
        );
    }
    const key = reference.toUpperCase();
    if (reference && seen.has(key))
      errors.push(`Case reference ${reference} is also on line ${seen.get(key)}: give each case once`);
    else if (reference) seen.set(key, line);
    return { line, reference, input: errors.length ? null : input, errors, alreadyRecorded: existing.has(key) };
  });
}
