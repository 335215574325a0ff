"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { isAppError } from "@/lib/errors";
import { convertToEvidence, createEntry, updateEntry } from "./mutations";
import { entryEditor } from "./policy";
import { convertSchema, entrySchema, updateEntrySchema } from "./schema";

export const createGoodPracticeAction = createAction({
  permission: "good-practice:create",
  schema: entrySchema,
  async handler(input, { member, session }) {
    const { id } = await createEntry(member.scope, { userId: session.user.id }, input);
    revalidatePath("/good-practice");
    redirect(`/good-practice/${id}?saved=created`);
  },
});

export const updateGoodPracticeAction = createAction({
  permission: "good-practice:create",
  schema: updateEntrySchema,
  async handler(input, { member, session }) {
    await updateEntry(member.scope, entryEditor(session.user.id, member), input);
    revalidatePath("/good-practice");
    redirect(`/good-practice/${input.id}?saved=updated`);
  },
});

export const convertGoodPracticeAction = createAction({
  permission: "good-practice:convert",
  schema: convertSchema,
  async handler(input, { member, session }) {
    try {
      await convertToEvidence(member.scope, { userId: session.user.id }, input);
    } catch (error) {
      // Someone added it first: nothing new was written. The entry's page says so, with the link
      // to the evidence item it became (the form that was sent could not know it).
      if (isAppError(error) && error.code === "conflict") redirect(`/good-practice/${input.entryId}?saved=already`);
      throw error;
    }
    revalidatePath("/good-practice");
    revalidatePath("/evidence");
    redirect(`/good-practice/${input.entryId}?saved=converted`);
  },
});
