import { formatDate } from "@/components/format/date";
import { ROLE_LABELS, type Role } from "@/lib/authz/permissions";

/** The invitation e-mail: plain text, who invited them, to what, as which role, and the one link. */
export function invitationMail(details: {
  name: string;
  councilName: string;
  role: Role;
  link: string;
  expiresAt: Date;
}): { subject: string; text: string } {
  return {
    subject: `You are invited to ${details.councilName}'s CQC readiness workspace`,
    text: [
      `Dear ${details.name},`,
      "",
      `You have been invited to ${details.councilName}'s workspace for preparing for the Care Quality Commission's assessment, as ${ROLE_LABELS[details.role].toLowerCase()}.`,
      "",
      `Set up your account with this link. It works once and expires on ${formatDate(details.expiresAt)}:`,
      details.link,
      "",
      "If you were not expecting this, you can ignore this e-mail.",
    ].join("\n"),
  };
}
