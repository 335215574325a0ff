"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import {
  addProgressNote,
  createActionsFromFindings,
  createImprovementAction,
  updateImprovementAction,
} from "./mutations";
import { maySeeSensitiveEvidence, prepViewer } from "./policy";
import { actionSchema, actionsFromFindingsSchema, progressNoteSchema, updateActionSchema } from "./schema";

export const createImprovementActionAction = createAction({
  permission: "improvement:edit",
  schema: actionSchema,
  async handler(input, { member, session }) {
    const { id } = await createImprovementAction(
      member.scope,
      { userId: session.user.id, prep: prepViewer(session.user.id, member) },
      input,
    );
    revalidatePath("/improvement-plan");
    redirect(`/improvement-plan/${id}?saved=created`);
  },
});

export const updateImprovementActionAction = createAction({
  permission: "improvement:edit",
  schema: updateActionSchema,
  async handler(input, { member, session }) {
    await updateImprovementAction(
      member.scope,
      { userId: session.user.id, prep: prepViewer(session.user.id, member) },
      input,
    );
    revalidatePath("/improvement-plan");
    redirect(`/improvement-plan/${input.id}?saved=updated`);
  },
});

export const addProgressNoteAction = createAction({
  permission: "improvement:edit",
  schema: progressNoteSchema,
  async handler(input, { member, session }) {
    await addProgressNote(member.scope, { userId: session.user.id }, input, {
      maySeeSensitive: maySeeSensitiveEvidence(member),
    });
    revalidatePath("/improvement-plan");
    redirect(`/improvement-plan/${input.actionId}?saved=note#notes`);
  },
});

/** Several of CQC's findings made into actions in one post (checkboxes on the CQC result page). */
export const createActionsFromFindingsAction = createAction({
  permission: "improvement:edit",
  schema: actionsFromFindingsSchema,
  async handler(input, { member, session }) {
    const { ids } = await createActionsFromFindings(member.scope, { userId: session.user.id }, input);
    revalidatePath("/improvement-plan");
    revalidatePath("/cqc-result");
    redirect(`/cqc-result?saved=actions-${ids.length}`);
  },
});
