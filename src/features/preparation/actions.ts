"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import {
  addFollowUp,
  addQuestions,
  createSession,
  deleteSession,
  drawQuestions,
  moveQuestion,
  recordSession,
  removeQuestion,
  setFollowUpDone,
  updateSession,
} from "./mutations";
import { sessionViewer } from "./policy";
import {
  addQuestionsSchema,
  deleteSessionSchema,
  drawQuestionsSchema,
  followUpDoneSchema,
  followUpSchema,
  moveQuestionSchema,
  recordSessionSchema,
  sessionQuestionSchema,
  sessionSchema,
  updateSessionSchema,
} from "./schema";

const page = (id: string) => `/preparation/sessions/${id}`;

export const createSessionAction = createAction({
  name: "createSessionAction",
  permission: "preparation:run",
  schema: sessionSchema,
  async handler(input, { scope, actor, member }) {
    const { id } = await createSession(scope, actor, sessionViewer(actor.userId, member), input);
    revalidatePath("/preparation");
    redirect(`${page(id)}/questions?saved=created`);
  },
});

export const updateSessionAction = createAction({
  name: "updateSessionAction",
  permission: "preparation:run",
  schema: updateSessionSchema,
  async handler(input, { scope, actor, member }) {
    await updateSession(scope, actor, sessionViewer(actor.userId, member), input);
    revalidatePath("/preparation");
    redirect(`${page(input.id)}?saved=updated`);
  },
});

export const addQuestionsAction = createAction({
  name: "addQuestionsAction",
  permission: "preparation:run",
  schema: addQuestionsSchema,
  async handler(input, { scope, actor, member }) {
    const { added } = await addQuestions(scope, actor, sessionViewer(actor.userId, member), input);
    redirect(`${page(input.sessionId)}?added=${added}`);
  },
});

export const drawQuestionsAction = createAction({
  name: "drawQuestionsAction",
  permission: "preparation:run",
  schema: drawQuestionsSchema,
  async handler(input, { scope, actor, member }) {
    const { added } = await drawQuestions(scope, actor, sessionViewer(actor.userId, member), input);
    redirect(`${page(input.sessionId)}?added=${added}`);
  },
});

export const removeQuestionAction = createAction({
  name: "removeQuestionAction",
  permission: "preparation:run",
  schema: sessionQuestionSchema,
  async handler(input, { scope, actor, member }) {
    await removeQuestion(scope, actor, sessionViewer(actor.userId, member), input);
    revalidatePath(page(input.sessionId));
    return { status: "ok", message: "Question removed." };
  },
});

export const moveQuestionAction = createAction({
  name: "moveQuestionAction",
  permission: "preparation:run",
  schema: moveQuestionSchema,
  async handler(input, { scope, actor, member }) {
    await moveQuestion(scope, actor, sessionViewer(actor.userId, member), input);
    revalidatePath(page(input.sessionId));
    return { status: "ok", message: input.direction === "up" ? "Moved up." : "Moved down." };
  },
});

export const recordSessionAction = createAction({
  name: "recordSessionAction",
  permission: "preparation:run",
  schema: recordSessionSchema,
  async handler(input, { scope, actor, member }) {
    await recordSession(scope, actor, sessionViewer(actor.userId, member), input);
    revalidatePath("/preparation");
    redirect(`${page(input.sessionId)}?saved=recorded`);
  },
});

export const addFollowUpAction = createAction({
  name: "addFollowUpAction",
  permission: "preparation:run",
  schema: followUpSchema,
  async handler(input, { scope, actor, member }) {
    await addFollowUp(scope, actor, sessionViewer(actor.userId, member), input);
    redirect(`${page(input.sessionId)}?saved=follow-up#follow-ups`);
  },
});

export const setFollowUpDoneAction = createAction({
  name: "setFollowUpDoneAction",
  permission: "preparation:run",
  schema: followUpDoneSchema,
  async handler(input, { scope, actor, member }) {
    await setFollowUpDone(scope, actor, sessionViewer(actor.userId, member), {
      ...input,
      done: input.done === "yes",
    });
    revalidatePath(page(input.sessionId));
    return { status: "ok", message: input.done === "yes" ? "Marked as done." : "Marked as not done." };
  },
});

export const deleteSessionAction = createAction({
  name: "deleteSessionAction",
  permission: "preparation:run",
  schema: deleteSessionSchema,
  async handler(input, { scope, actor, member }) {
    await deleteSession(scope, actor, sessionViewer(actor.userId, member), input);
    revalidatePath("/preparation");
    redirect("/preparation?saved=cancelled");
  },
});
