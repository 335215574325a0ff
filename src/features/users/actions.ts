"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { env } from "@/lib/env";
import { configuredMailer } from "@/lib/email/mailer";
import { logger } from "@/lib/logger";
import { INVITATION_DAYS } from "@/features/auth/domain";
import { invitationMail } from "./domain";
import { changeMemberRole, deactivateMember, inviteMember, reactivateMember, renewInvitation } from "./mutations";
import { changeRoleSchema, inviteMemberSchema, membershipIdSchema } from "./schema";

function invitationLink(token: string) {
  return new URL(`/invitations/${token}`, env().APP_URL).toString();
}

/**
 * E-mails the invitation when a mail server is set. The administrator always gets the link too,
 * so a lost or refused e-mail never leaves someone unable to join.
 */
async function emailInvitation(
  to: { email: string; name: string; role: Parameters<typeof invitationMail>[0]["role"] },
  councilName: string,
  link: string,
): Promise<boolean> {
  const mailer = configuredMailer();
  if (!mailer) return false;
  try {
    await mailer.send({
      to: to.email,
      ...invitationMail({ ...to, councilName, link, expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000) }),
    });
    return true;
  } catch (error) {
    logger.warn(
      { code: (error as { code?: string }).code },
      "invitation e-mail not sent; the link was shown to the administrator",
    );
    return false;
  }
}

export const inviteMemberAction = createAction({
  name: "inviteMemberAction",
  permission: "member:invite",
  schema: inviteMemberSchema,
  async handler(input, { scope, actor, member }) {
    const { token } = await inviteMember(scope, actor, input);
    revalidatePath("/admin/users");
    const link = invitationLink(token);
    const emailed = await emailInvitation(input, member.workspaceName, link);
    return {
      status: "ok",
      message: emailed
        ? `${input.name} has been invited and e-mailed this link. It works once and expires in 7 days.`
        : `${input.name} has been invited. Send them this link; it works once and expires in 7 days.`,
      data: { link, email: input.email },
    };
  },
});

export const renewInvitationAction = createAction({
  name: "renewInvitationAction",
  permission: "member:invite",
  schema: membershipIdSchema,
  async handler(input, { scope, actor, member }) {
    const renewed = await renewInvitation(scope, actor, input.membershipId);
    revalidatePath("/admin/users");
    const link = invitationLink(renewed.token);
    const emailed = await emailInvitation(renewed, member.workspaceName, link);
    return {
      status: "ok",
      message: emailed
        ? "A new invitation link has been made and e-mailed to them. The old link no longer works."
        : "A new invitation link has been made. The old link no longer works.",
      data: { link },
    };
  },
});

export const changeRoleAction = createAction({
  name: "changeRoleAction",
  permission: "member:update",
  schema: changeRoleSchema,
  async handler(input, { scope, actor }) {
    await changeMemberRole(scope, actor, input);
    revalidatePath("/admin/users");
    return { status: "ok", message: "Role changed. It applies from their next page." };
  },
});

export const deactivateMemberAction = createAction({
  name: "deactivateMemberAction",
  permission: "member:update",
  schema: membershipIdSchema,
  async handler(input, { scope, actor }) {
    await deactivateMember(scope, actor, input.membershipId);
    revalidatePath("/admin/users");
    return { status: "ok", message: "Access removed. They have been signed out of this workspace." };
  },
});

export const reactivateMemberAction = createAction({
  name: "reactivateMemberAction",
  permission: "member:update",
  schema: membershipIdSchema,
  async handler(input, { scope, actor }) {
    await reactivateMember(scope, actor, input.membershipId);
    revalidatePath("/admin/users");
    return { status: "ok", message: "Access restored." };
  },
});
