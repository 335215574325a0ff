"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { startCycleSchema } from "@/features/cycles/schema";
import { addComment, createSnapshot, restoreRevision, reviewStatement, saveStatement, startCycle } from "./mutations";
import {
  commentSchema,
  createSnapshotSchema,
  reopenSchema,
  restoreRevisionSchema,
  reviewSchema,
  saveStatementSchema,
} from "./schema";

function refresh(statementKey?: string) {
  revalidatePath("/self-assessment");
  if (statementKey) revalidatePath(`/self-assessment/${statementKey}`);
}

export const saveStatementAction = createAction({
  name: "saveStatementAction",
  permission: "self-assessment:edit",
  schema: saveStatementSchema,
  async handler(input, { scope, actor }) {
    // Refresh the page whatever happens: after a refused save it must show the newer saved text.
    const { version } = await saveStatement(scope, actor, input).finally(() => refresh(input.statementKey));
    return { status: "ok", message: `Saved as version ${version}.`, data: { version: String(version) } };
  },
});

export const submitStatementAction = createAction({
  name: "submitStatementAction",
  permission: "self-assessment:submit",
  schema: reviewSchema,
  async handler(input, { scope, actor }) {
    await reviewStatement(scope, actor, { ...input, step: "submit", reason: "" });
    refresh(input.statementKey);
    redirect(`/self-assessment/${input.statementKey}?review=submitted`);
  },
});

export const agreeStatementAction = createAction({
  name: "agreeStatementAction",
  permission: "self-assessment:agree",
  schema: reviewSchema,
  async handler(input, { scope, actor }) {
    await reviewStatement(scope, actor, { ...input, step: "agree", reason: "" });
    refresh(input.statementKey);
    redirect(`/self-assessment/${input.statementKey}?review=agreed`);
  },
});

export const reopenStatementAction = createAction({
  name: "reopenStatementAction",
  permission: "self-assessment:reopen",
  schema: reopenSchema,
  async handler(input, { scope, actor }) {
    await reviewStatement(scope, actor, { ...input, step: "reopen" });
    refresh(input.statementKey);
    redirect(`/self-assessment/${input.statementKey}?review=reopened`);
  },
});

export const addCommentAction = createAction({
  name: "addCommentAction",
  permission: "self-assessment:comment",
  schema: commentSchema,
  async handler(input, { scope, actor }) {
    await addComment(scope, actor, input);
    refresh(input.statementKey);
    return { status: "ok", message: "Comment added." };
  },
});

export const restoreRevisionAction = createAction({
  name: "restoreRevisionAction",
  permission: "self-assessment:edit",
  schema: restoreRevisionSchema,
  async handler(input, { scope, actor }) {
    const { version } = await restoreRevision(scope, actor, input);
    refresh(input.statementKey);
    redirect(`/self-assessment/${input.statementKey}?restored=${version}`);
  },
});

export const createSnapshotAction = createAction({
  name: "createSnapshotAction",
  permission: "snapshot:create",
  schema: createSnapshotSchema,
  async handler(input, { scope, actor }) {
    await createSnapshot(scope, actor, input);
    revalidatePath("/self-assessment/snapshots");
    return { status: "ok", message: `Snapshot "${input.name}" saved.` };
  },
});

export const startCycleAction = createAction({
  name: "startCycleAction",
  permission: "cycle:start",
  schema: startCycleSchema,
  async handler(input, { scope, actor }) {
    const { id } = await startCycle(scope, actor, input);
    revalidatePath("/", "layout");
    redirect(`/cycles?started=${id}`);
  },
});
