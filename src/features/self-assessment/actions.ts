"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { addComment, createSnapshot, restoreRevision, reviewStatement, saveStatement } from "./mutations";
import {
  commentSchema,
  createSnapshotSchema,
  reopenSchema,
  restoreRevisionSchema,
  reviewSchema,
  saveStatementSchema,
} from "./schema";

const actor = (userId: string) => ({ userId });

function refresh(statementKey?: string) {
  revalidatePath("/self-assessment");
  if (statementKey) revalidatePath(`/self-assessment/${statementKey}`);
}

export const saveStatementAction = createAction({
  permission: "self-assessment:edit",
  schema: saveStatementSchema,
  async handler(input, { member, session }) {
    // Refresh the page whatever happens: after a refused save it must show the newer saved text.
    const { version } = await saveStatement(member.scope, actor(session.user.id), input).finally(() =>
      refresh(input.statementKey),
    );
    return { status: "ok", message: `Saved as version ${version}.`, data: { version: String(version) } };
  },
});

export const submitStatementAction = createAction({
  permission: "self-assessment:submit",
  schema: reviewSchema,
  async handler(input, { member, session }) {
    await reviewStatement(member.scope, actor(session.user.id), { ...input, step: "submit", reason: "" });
    refresh(input.statementKey);
    redirect(`/self-assessment/${input.statementKey}?review=submitted`);
  },
});

export const agreeStatementAction = createAction({
  permission: "self-assessment:agree",
  schema: reviewSchema,
  async handler(input, { member, session }) {
    await reviewStatement(member.scope, actor(session.user.id), { ...input, step: "agree", reason: "" });
    refresh(input.statementKey);
    redirect(`/self-assessment/${input.statementKey}?review=agreed`);
  },
});

export const reopenStatementAction = createAction({
  permission: "self-assessment:reopen",
  schema: reopenSchema,
  async handler(input, { member, session }) {
    await reviewStatement(member.scope, actor(session.user.id), { ...input, step: "reopen" });
    refresh(input.statementKey);
    redirect(`/self-assessment/${input.statementKey}?review=reopened`);
  },
});

export const addCommentAction = createAction({
  permission: "self-assessment:comment",
  schema: commentSchema,
  async handler(input, { member, session }) {
    await addComment(member.scope, actor(session.user.id), input);
    refresh(input.statementKey);
    return { status: "ok", message: "Comment added." };
  },
});

export const restoreRevisionAction = createAction({
  permission: "self-assessment:edit",
  schema: restoreRevisionSchema,
  async handler(input, { member, session }) {
    const { version } = await restoreRevision(member.scope, actor(session.user.id), input);
    refresh(input.statementKey);
    redirect(`/self-assessment/${input.statementKey}?restored=${version}`);
  },
});

export const createSnapshotAction = createAction({
  permission: "snapshot:create",
  schema: createSnapshotSchema,
  async handler(input, { member, session }) {
    await createSnapshot(member.scope, actor(session.user.id), input);
    revalidatePath("/self-assessment/snapshots");
    return { status: "ok", message: `Snapshot "${input.name}" saved.` };
  },
});
