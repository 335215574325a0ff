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
  permission: "question-bank:manage",
  schema: nothing,
  async handler(_input, { member, session }) {
    const { added } = await loadStartingBank(member.scope, { userId: session.user.id });
    revalidatePath("/preparation/questions");
    redirect(`/preparation/questions?loaded=${added}`);
  },
});

export const createQuestionAction = createAction({
  permission: "question-bank:manage",
  schema: questionSchema,
  async handler(input, { member, session }) {
    const { id } = await createQuestion(member.scope, { userId: session.user.id }, input);
    revalidatePath("/preparation/questions");
    redirect(`/preparation/questions/${id}?saved=created`);
  },
});

export const updateQuestionAction = createAction({
  permission: "question-bank:manage",
  schema: updateQuestionSchema,
  async handler(input, { member, session }) {
    await updateQuestion(member.scope, { userId: session.user.id }, input);
    revalidatePath("/preparation/questions");
    redirect(`/preparation/questions/${input.id}?saved=updated`);
  },
});

export const retireQuestionAction = createAction({
  permission: "question-bank:manage",
  schema: questionIdSchema,
  async handler(input, { member, session }) {
    await retireQuestion(member.scope, { userId: session.user.id }, input);
    revalidatePath("/preparation/questions");
    redirect(`/preparation/questions/${input.questionId}?saved=retired`);
  },
});

export const restoreQuestionAction = createAction({
  permission: "question-bank:manage",
  schema: questionIdSchema,
  async handler(input, { member, session }) {
    await restoreQuestion(member.scope, { userId: session.user.id }, input);
    revalidatePath("/preparation/questions");
    redirect(`/preparation/questions/${input.questionId}?saved=restored`);
  },
});

export const confirmQuestionImportAction = createAction({
  permission: "question-bank:manage",
  schema: confirmQuestionImportSchema,
  async handler(input, { member, session }) {
    const { created, updated, unchanged, dropped } = await completeQuestionImport(
      member.scope,
      { userId: session.user.id },
      input,
    );
    revalidatePath("/preparation/questions");
    redirect(`/preparation/questions?imported=${created}&updated=${updated}&unchanged=${unchanged}&dropped=${dropped}`);
  },
});
