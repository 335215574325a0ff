"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createAction } from "@/lib/actions/create-action";
import {
  completeQuestionImport,
  createQuestion,
  loadStartingBank,
  restoreQuestion,
  retireQuestion,
  updateQuestion,
} from "./mutations";
import { confirmQuestionImportSchema, questionIdSchema, questionSchema, updateQuestionSchema } from "./schema";

const nothing = z.object({});

export const loadStartingBankAction = createAction({
  name: "loadStartingBankAction",
  permission: "question-bank:manage",
  schema: nothing,
  async handler(_input, { scope, actor }) {
    const { added } = await loadStartingBank(scope, actor);
    revalidatePath("/preparation/questions");
    redirect(`/preparation/questions?loaded=${added}`);
  },
});

export const createQuestionAction = createAction({
  name: "createQuestionAction",
  permission: "question-bank:manage",
  schema: questionSchema,
  async handler(input, { scope, actor }) {
    const { id } = await createQuestion(scope, actor, input);
    revalidatePath("/preparation/questions");
    redirect(`/preparation/questions/${id}?saved=created`);
  },
});

export const updateQuestionAction = createAction({
  name: "updateQuestionAction",
  permission: "question-bank:manage",
  schema: updateQuestionSchema,
  async handler(input, { scope, actor }) {
    await updateQuestion(scope, actor, input);
    revalidatePath("/preparation/questions");
    redirect(`/preparation/questions/${input.id}?saved=updated`);
  },
});

export const retireQuestionAction = createAction({
  name: "retireQuestionAction",
  permission: "question-bank:manage",
  schema: questionIdSchema,
  async handler(input, { scope, actor }) {
    await retireQuestion(scope, actor, input);
    revalidatePath("/preparation/questions");
    redirect(`/preparation/questions/${input.questionId}?saved=retired`);
  },
});

export const restoreQuestionAction = createAction({
  name: "restoreQuestionAction",
  permission: "question-bank:manage",
  schema: questionIdSchema,
  async handler(input, { scope, actor }) {
    await restoreQuestion(scope, actor, input);
    revalidatePath("/preparation/questions");
    redirect(`/preparation/questions/${input.questionId}?saved=restored`);
  },
});

export const confirmQuestionImportAction = createAction({
  name: "confirmQuestionImportAction",
  permission: "question-bank:manage",
  schema: confirmQuestionImportSchema,
  async handler(input, { scope, actor }) {
    const { created, updated, unchanged, dropped } = await completeQuestionImport(scope, actor, input);
    revalidatePath("/preparation/questions");
    redirect(`/preparation/questions?imported=${created}&updated=${updated}&unchanged=${unchanged}&dropped=${dropped}`);
  },
});
