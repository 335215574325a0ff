"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { can } from "@/lib/authz/policy";
import { env } from "@/lib/env";
import { createRequest, declineRequest, withdrawRequest } from "./mutations";
import { deliverNotice } from "./jobs";
import { createRequestSchema, declineRequestSchema, withdrawRequestSchema } from "./schema";

export const createRequestAction = createAction({
  name: "createRequestAction",
  permission: "evidence-request:create",
  schema: createRequestSchema,
  async handler(input, { scope, actor, member }) {
    const { id, invitationToken } = await createRequest(scope, actor, input, {
      mayInvite: can(member, "evidence-request:invite"),
    });
    const delivery = await deliverNotice(id, "asked", { invitationToken });
    revalidatePath("/requests");
    if (invitationToken && delivery !== "email") {
      // Nobody could e-mail the invitation: give the link to the person asking, once.
      return {
        status: "ok",
        message: `Request saved. ${input.name} has been invited: send them this link so they can set up their account and answer. It works once and expires in 7 days.`,
        data: { link: new URL(`/invitations/${invitationToken}`, env().APP_URL).toString(), requestId: id },
      };
    }
    redirect(`/requests/${id}?saved=${delivery === "email" ? "emailed" : "created"}`);
  },
});

export const declineRequestAction = createAction({
  name: "declineRequestAction",
  permission: "evidence-request:respond",
  schema: declineRequestSchema,
  async handler(input, { scope, actor }) {
    await declineRequest(scope, actor, input);
    revalidatePath("/requests");
    redirect(`/requests/${input.requestId}?saved=declined`);
  },
});

export const withdrawRequestAction = createAction({
  name: "withdrawRequestAction",
  permission: "evidence-request:create",
  schema: withdrawRequestSchema,
  async handler(input, { scope, actor, member }) {
    await withdrawRequest(scope, actor, {
      requestId: input.requestId,
      manages: can(member, "evidence-request:manage"),
    });
    revalidatePath("/requests");
    redirect(`/requests/${input.requestId}?saved=withdrawn`);
  },
});
