import { z } from "zod";

/** Forms for getting in: first-run setup, sign-in, accepting an invitation. Shared by form and server. */

export const emailField = z
  .string({ error: "Enter your e-mail address" })
  .trim()
  .min(1, "Enter your e-mail address")
  .max(254, "E-mail address must be 254 characters or fewer")
  .pipe(z.email("Enter an e-mail address in the correct format, like name@council.gov.uk"))
  .transform((value) => value.toLowerCase());

export const nameField = z
  .string({ error: "Enter your full name" })
  .trim()
  .min(1, "Enter your full name")
  .max(120, "Name must be 120 characters or fewer");

// NCSC guidance: length over complexity rules; a generous maximum so passphrases fit.
export const newPasswordField = z
  .string({ error: "Enter a password" })
  .min(1, "Enter a password")
  .min(12, "Password must be at least 12 characters")
  .max(200, "Password must be 200 characters or fewer");

const passwordPair = {
  password: newPasswordField,
  confirmPassword: z.string({ error: "Confirm your password" }).min(1, "Confirm your password"),
};

const passwordsMatch: [
  (value: { password: string; confirmPassword: string }) => boolean,
  { path: PropertyKey[]; message: string },
] = [
  (value) => value.password === value.confirmPassword,
  { path: ["confirmPassword"], message: "Passwords do not match: enter the same password twice" },
];

export const setupSchema = z
  .object({
    councilName: z
      .string({ error: "Enter the council's name" })
      .trim()
      .min(1, "Enter the council's name")
      .max(120, "Council name must be 120 characters or fewer"),
    name: nameField,
    email: emailField,
    ...passwordPair,
  })
  .refine(...passwordsMatch);
export type SetupInput = z.infer<typeof setupSchema>;

export const signInSchema = z.object({
  email: emailField,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(200, "Enter your password"),
  next: z.string().max(2000).optional().catch(undefined),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const acceptInvitationSchema = z
  .object({
    token: z
      .string({ error: "This invitation link is not complete. Open the link from your invitation again." })
      .min(20, "This invitation link is not complete. Open the link from your invitation again."),
    name: nameField,
    ...passwordPair,
  })
  .refine(...passwordsMatch);
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

/** Accepting an invitation for someone who already has an account: no new password. */
export const joinWorkspaceSchema = z.object({
  token: z
    .string({ error: "This invitation link is not complete. Open the link from your invitation again." })
    .min(20, "This invitation link is not complete. Open the link from your invitation again."),
});

export const switchWorkspaceSchema = z.object({
  workspaceId: z.uuid("Choose a workspace"),
});

export const emptySchema = z.object({});

const OWN = "http://this-site.invalid";

/**
 * Only a path on this site may follow sign-in, never another site (open redirect). The address is
 * read as a browser reads it (WHATWG URL: tabs and newlines dropped, a backslash taken as a slash),
 * and given back as that same parse, so what is checked is what the browser will follow, and no
 * control character reaches the Location header.
 */
export function safeNextPath(next: string | undefined): string {
  if (!next || !next.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(next, OWN);
  } catch {
    return "/";
  }
  if (url.origin !== OWN) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
