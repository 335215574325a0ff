"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { env } from "@/lib/env";
import { changeMemberRole, deactivateMember, inviteMember, reactivateMember, renewInvitation } from "./mutations";
import { changeRoleSchema, inviteMemberSchema, membershipIdSchema } from "./schema";

function invitationLink(token: string) {
  return new URL(`/invitations/${token}`, env().APP_URL).toString();
}

export const inviteMemberAction = createAction({
  permission: "member:invite",
  schema: inviteMemberSchema,
  async handler(input, { member, session }) {
    const { token } = await inviteMember(member.scope, { userId: session.user.id }, input);
    revalidatePath("/admin/users");
    return {
      status: "ok",
      message: `${input.name} has been invited. Send them this link; it works once and expires in 7 days.`,
      data: { link: invitationLink(token), email: input.email },
    };
  },
});

export const renewInvitationAction = createAction({
  permission: "member:invite",
  schema: membershipIdSchema,
  async handler(input, { member, session }) {
    const { token } = await renewInvitation(member.scope, { userId: session.user.id }, input.membershipId);
    revalidatePath("/admin/users");
    return { status: "ok", message: "A new invitation link has been made. The old link no longer works.", data: { link: invitationLink(token) } };
  },
});

export const changeRoleAction = createAction({
  permission: "member:update",
  schema: changeRoleSchema,
  async handler(input, { member, session }) {
    await changeMemberRole(member.scope, { userId: session.user.id }, input);
    revalidatePath("/admin/users");
    return { status: "ok", message: "Role changed. It applies from their next page." };
  },
});

export const deactivateMemberAction = createAction({
  permission: "member:update",
  schema: membershipIdSchema,
  async handler(input, { member, session }) {
    await deactivateMember(member.scope, { userId: session.user.id }, input.membershipId);
    revalidatePath("/admin/users");
    return { status: "ok", message: "Access removed. They have been signed out of this workspace." };
  },
});

export const reactivateMemberAction = createAction({
  permission: "member:update",
  schema: membershipIdSchema,
  async handler(input, { member, session }) {
    await reactivateMember(member.scope, { userId: session.user.id }, input.membershipId);
    revalidatePath("/admin/users");
    return { status: "ok", message: "Access restored." };
  },
});
