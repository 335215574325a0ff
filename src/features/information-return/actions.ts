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
  name: "startInformationReturnAction",
  permission: "information-return:manage",
  schema: emptySchema,
  async handler(_input, { scope, actor }) {
    await startInformationReturn(scope, actor);
    revalidatePath("/information-return");
    return { status: "ok", message: "The starting list has been added. Edit, assign and link evidence to each item." };
  },
});

export const setNotificationDateAction = createAction({
  name: "setNotificationDateAction",
  permission: "information-return:manage",
  schema: notificationDateSchema,
  async handler(input, { scope, actor }) {
    await setNotificationDate(scope, actor, input.notificationDate);
    revalidatePath("/information-return");
    return {
      status: "ok",
      message: input.notificationDate ? "Notification date saved; due dates updated." : "Notification date cleared.",
    };
  },
});

export const updateInformationReturnItemAction = createAction({
  name: "updateInformationReturnItemAction",
  permission: "information-return:edit",
  schema: updateItemSchema,
  async handler(input, { scope, actor }) {
    await updateInformationReturnItem(scope, actor, input);
    revalidatePath("/information-return");
    redirect(`/information-return/${input.id}?saved=1`);
  },
});

export const linkEvidenceAction = createAction({
  name: "linkEvidenceAction",
  permission: "information-return:edit",
  schema: linkEvidenceSchema,
  async handler(input, { scope, actor }) {
    await linkEvidence(scope, actor, input);
    revalidatePath(`/information-return/${input.itemId}`);
    redirect(`/information-return/${input.itemId}?linked=1`);
  },
});

export const unlinkEvidenceAction = createAction({
  name: "unlinkEvidenceAction",
  permission: "information-return:edit",
  schema: unlinkEvidenceSchema,
  async handler(input, { scope, actor }) {
    await unlinkEvidence(scope, actor, input);
    revalidatePath(`/information-return/${input.itemId}`);
    redirect(`/information-return/${input.itemId}?unlinked=1`);
  },
});
