import { z } from "zod";
import { IR_STATUSES } from "./domain";

const optionalDate = (message: string) =>
  z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.iso.date({ error: message }).nullable(),
  );

export const notificationDateSchema = z.object({
  notificationDate: optionalDate("Enter the notification date as a real date, for example 2 11 2026"),
});

export const updateItemSchema = z.object({
  id: z.uuid("Choose an item"),
  ownerId: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.uuid("Choose an owner from the list").nullable(),
  ),
  status: z.enum(IR_STATUSES, { error: "Select a status" }),
  dueDate: optionalDate("Enter the due date as a real date, for example 23 11 2026"),
  notes: z.string().trim().max(10_000, "Notes must be 10,000 characters or fewer").default(""),
});

export const linkEvidenceSchema = z.object({
  itemId: z.uuid("Choose an item"),
  evidenceItemId: z.uuid("Choose evidence from the list"),
  pointer: z.string().trim().max(200, "Keep the page or section under 200 characters").default(""),
});

export const unlinkEvidenceSchema = linkEvidenceSchema.pick({ itemId: true, evidenceItemId: true });

export const informationReturnReferenceSchema = z.object({
  source: z.string(),
  items: z
    .array(z.object({ reference: z.string().min(1), title: z.string().min(1), statements: z.array(z.string()) }))
    .min(1),
});
