import { z } from "zod";
import { isoDay, ukToday } from "@/lib/calendar";
import { emailField } from "@/features/auth/schema";

const requestId = z.uuid("This request was not found. Go back to your requests and open it again.");

/**
 * Asking for evidence. "Who" is a colleague already in the workspace or, for those allowed to
 * invite, someone new by e-mail. "For" is a quality statement (`statement:<key>`) or an
 * information return item (`item:<id>`), one field so the form needs no JavaScript.
 */
export const createRequestSchema = z
  .object({
    askWho: z.enum(["member", "new"], { error: "Select who you are asking" }).default("member"),
    assigneeId: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.uuid("Choose a colleague from the list").optional(),
    ),
    name: z.string().trim().max(120, "Name must be 120 characters or fewer").default(""),
    email: z.preprocess((value) => (value === "" ? undefined : value), emailField.optional()),
    target: z
      .string({ error: "Select what the evidence is for" })
      .regex(/^(statement:[a-z0-9-]{1,100}|item:[0-9a-f-]{36})$/, "Select what the evidence is for"),
    categoryKey: z
      .string({ error: "Select the kind of evidence you need" })
      .min(1, "Select the kind of evidence you need")
      .max(100),
    dueDate: z.iso
      .date({ error: "Enter the due date as a real date, for example 9 12 2026" })
      .refine((value) => value >= isoDay(ukToday(new Date())), "The due date must be today or later"),
    message: z.string().trim().max(2000, "Messages must be 2,000 characters or fewer").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.askWho === "member" && !value.assigneeId)
      ctx.addIssue({ code: "custom", path: ["assigneeId"], message: "Choose a colleague from the list" });
    if (value.askWho === "new") {
      if (!value.name)
        ctx.addIssue({ code: "custom", path: ["name"], message: "Enter the full name of the person you are asking" });
      if (!value.email)
        ctx.addIssue({
          code: "custom",
          path: ["email"],
          message: "Enter their e-mail address, like name@council.gov.uk",
        });
    }
  });
export type CreateRequestInput = z.infer<typeof createRequestSchema>;

export const declineRequestSchema = z.object({
  requestId,
  reason: z
    .string({ error: "Say why you cannot provide this evidence" })
    .trim()
    .min(1, "Say why you cannot provide this evidence")
    .max(1000, "Reasons must be 1,000 characters or fewer"),
});

export const withdrawRequestSchema = z.object({ requestId });

/** The text fields sent with a file uploaded in answer to a request. */
export const answerFieldsSchema = z.object({
  title: z.string().trim().min(1, "Enter a title for the evidence").max(200, "Titles must be 200 characters or fewer"),
  note: z.string().trim().max(1000, "Notes must be 1,000 characters or fewer").default(""),
  containsPersonalData: z.preprocess((value) => value === "yes", z.boolean()),
});
export type AnswerFields = z.infer<typeof answerFieldsSchema>;
