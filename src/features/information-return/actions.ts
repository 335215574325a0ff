"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { emptySchema } from "@/features/auth/schema";
import {
  linkEvidence,
  setNotificationDate,
  startInformationReturn,
  unlinkEvidence,
  updateInformationReturnItem,
} from "./mutations";
import { linkEvidenceSchema, notificationDateSchema, unlinkEvidenceSchema, updateItemSchema } from "./schema";

export const startInformationReturnAction = createAction({
  permission: "information-return:manage",
  schema: emptySchema,
  async handler(_input, { member, session }) {
    await startInformationReturn(member.scope, { userId: session.user.id });
    revalidatePath("/information-return");
    return { status: "ok", message: "The starting list has been added. Edit, assign and link evidence to each item." };
  },
});

export const setNotificationDateAction = createAction({
  permission: "information-return:manage",
  schema: notificationDateSchema,
  async handler(input, { member, session }) {
    await setNotificationDate(member.scope, { userId: session.user.id }, input.notificationDate);
    revalidatePath("/information-return");
    return {
      status: "ok",
      message: input.notificationDate ? "Notification date saved; due dates updated." : "Notification date cleared.",
    };
  },
});

export const updateInformationReturnItemAction = createAction({
  permission: "information-return:edit",
  schema: updateItemSchema,
  async handler(input, { member, session }) {
    await updateInformationReturnItem(member.scope, { userId: session.user.id }, input);
    revalidatePath("/information-return");
    redirect(`/information-return/${input.id}?saved=1`);
  },
});

export const linkEvidenceAction = createAction({
  permission: "information-return:edit",
  schema: linkEvidenceSchema,
  async handler(input, { member, session }) {
    await linkEvidence(member.scope, { userId: session.user.id }, input);
    revalidatePath(`/information-return/${input.itemId}`);
    redirect(`/information-return/${input.itemId}?linked=1`);
  },
});

export const unlinkEvidenceAction = createAction({
  permission: "information-return:edit",
  schema: unlinkEvidenceSchema,
  async handler(input, { member, session }) {
    await unlinkEvidence(member.scope, { userId: session.user.id }, input);
    revalidatePath(`/information-return/${input.itemId}`);
    redirect(`/information-return/${input.itemId}?unlinked=1`);
  },
});
