"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { isAppError } from "@/lib/errors";
import { convertToEvidence, createEntry, updateEntry } from "./mutations";
import { entryEditor } from "./policy";
import { convertSchema, entrySchema, updateEntrySchema } from "./schema";

export const createGoodPracticeAction = createAction({
  name: "createGoodPracticeAction",
  permission: "good-practice:create",
  schema: entrySchema,
  async handler(input, { scope, actor }) {
    const { id } = await createEntry(scope, actor, input);
    revalidatePath("/good-practice");
    redirect(`/good-practice/${id}?saved=created`);
  },
});

export const updateGoodPracticeAction = createAction({
  name: "updateGoodPracticeAction",
  permission: "good-practice:create",
  schema: updateEntrySchema,
  async handler(input, { scope, actor, member }) {
    await updateEntry(scope, entryEditor(actor.userId, member), input);
    revalidatePath("/good-practice");
    redirect(`/good-practice/${input.id}?saved=updated`);
  },
});

export const convertGoodPracticeAction = createAction({
  name: "convertGoodPracticeAction",
  permission: "good-practice:convert",
  schema: convertSchema,
  async handler(input, { scope, actor }) {
    try {
      await convertToEvidence(scope, actor, input);
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
