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
  permission: "preparation:run",
  schema: sessionSchema,
  async handler(input, { member, session }) {
    const { id } = await createSession(
      member.scope,
      { userId: session.user.id },
      sessionViewer(session.user.id, member),
      input,
    );
    revalidatePath("/preparation");
    redirect(`${page(id)}/questions?saved=created`);
  },
});

export const updateSessionAction = createAction({
  permission: "preparation:run",
  schema: updateSessionSchema,
  async handler(input, { member, session }) {
    await updateSession(member.scope, { userId: session.user.id }, sessionViewer(session.user.id, member), input);
    revalidatePath("/preparation");
    redirect(`${page(input.id)}?saved=updated`);
  },
});

export const addQuestionsAction = createAction({
  permission: "preparation:run",
  schema: addQuestionsSchema,
  async handler(input, { member, session }) {
    const { added } = await addQuestions(
      member.scope,
      { userId: session.user.id },
      sessionViewer(session.user.id, member),
      input,
    );
    redirect(`${page(input.sessionId)}?added=${added}`);
  },
});

export const drawQuestionsAction = createAction({
  permission: "preparation:run",
  schema: drawQuestionsSchema,
  async handler(input, { member, session }) {
    const { added } = await drawQuestions(
      member.scope,
      { userId: session.user.id },
      sessionViewer(session.user.id, member),
      input,
    );
    redirect(`${page(input.sessionId)}?added=${added}`);
  },
});

export const removeQuestionAction = createAction({
  permission: "preparation:run",
  schema: sessionQuestionSchema,
  async handler(input, { member, session }) {
    await removeQuestion(member.scope, { userId: session.user.id }, sessionViewer(session.user.id, member), input);
    revalidatePath(page(input.sessionId));
    return { status: "ok", message: "Question removed." };
  },
});

export const moveQuestionAction = createAction({
  permission: "preparation:run",
  schema: moveQuestionSchema,
  async handler(input, { member, session }) {
    await moveQuestion(member.scope, { userId: session.user.id }, sessionViewer(session.user.id, member), input);
    revalidatePath(page(input.sessionId));
    return { status: "ok", message: input.direction === "up" ? "Moved up." : "Moved down." };
  },
});

export const recordSessionAction = createAction({
  permission: "preparation:run",
  schema: recordSessionSchema,
  async handler(input, { member, session }) {
    await recordSession(member.scope, { userId: session.user.id }, sessionViewer(session.user.id, member), input);
    revalidatePath("/preparation");
    redirect(`${page(input.sessionId)}?saved=recorded`);
  },
});

export const addFollowUpAction = createAction({
  permission: "preparation:run",
  schema: followUpSchema,
  async handler(input, { member, session }) {
    await addFollowUp(member.scope, { userId: session.user.id }, sessionViewer(session.user.id, member), input);
    redirect(`${page(input.sessionId)}?saved=follow-up#follow-ups`);
  },
});

export const setFollowUpDoneAction = createAction({
  permission: "preparation:run",
  schema: followUpDoneSchema,
  async handler(input, { member, session }) {
    await setFollowUpDone(member.scope, { userId: session.user.id }, sessionViewer(session.user.id, member), {
      ...input,
      done: input.done === "yes",
    });
    revalidatePath(page(input.sessionId));
    return { status: "ok", message: input.done === "yes" ? "Marked as done." : "Marked as not done." };
  },
});

export const deleteSessionAction = createAction({
  permission: "preparation:run",
  schema: deleteSessionSchema,
  async handler(input, { member, session }) {
    await deleteSession(member.scope, { userId: session.user.id }, sessionViewer(session.user.id, member), input);
    revalidatePath("/preparation");
    redirect("/preparation?saved=cancelled");
  },
});
