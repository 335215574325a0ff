import { z } from "zod";
import { ROLES } from "@/lib/authz/permissions";
import { emailField } from "@/features/auth/schema";

const roleField = z.enum(ROLES, { error: "Select a role" });

export const inviteMemberSchema = z.object({
  email: emailField,
  name: z
    .string({ error: "Enter their full name" })
    .trim()
    .min(1, "Enter their full name")
    .max(120, "Name must be 120 characters or fewer"),
  role: roleField,
});
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export const changeRoleSchema = z.object({
  membershipId: z.uuid("Choose a person from the list"),
  role: roleField,
});

export const membershipIdSchema = z.object({
  membershipId: z.uuid("Choose a person from the list"),
});
