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
  name: "createImprovementActionAction",
  permission: "improvement:edit",
  schema: actionSchema,
  async handler(input, { scope, actor, member }) {
    const { id } = await createImprovementAction(scope, { ...actor, prep: prepViewer(actor.userId, member) }, input);
    revalidatePath("/improvement-plan");
    redirect(`/improvement-plan/${id}?saved=created`);
  },
});

export const updateImprovementActionAction = createAction({
  name: "updateImprovementActionAction",
  permission: "improvement:edit",
  schema: updateActionSchema,
  async handler(input, { scope, actor, member }) {
    await updateImprovementAction(scope, { ...actor, prep: prepViewer(actor.userId, member) }, input);
    revalidatePath("/improvement-plan");
    redirect(`/improvement-plan/${input.id}?saved=updated`);
  },
});

export const addProgressNoteAction = createAction({
  name: "addProgressNoteAction",
  permission: "improvement:edit",
  schema: progressNoteSchema,
  async handler(input, { scope, actor, member }) {
    await addProgressNote(scope, actor, input, {
      maySeeSensitive: maySeeSensitiveEvidence(member),
    });
    revalidatePath("/improvement-plan");
    redirect(`/improvement-plan/${input.actionId}?saved=note#notes`);
  },
});

/** Several of CQC's findings made into actions in one post (checkboxes on the CQC result page). */
export const createActionsFromFindingsAction = createAction({
  name: "createActionsFromFindingsAction",
  permission: "improvement:edit",
  schema: actionsFromFindingsSchema,
  async handler(input, { scope, actor }) {
    const { ids } = await createActionsFromFindings(scope, actor, input);
    revalidatePath("/improvement-plan");
    revalidatePath("/cqc-result");
    redirect(`/cqc-result?saved=actions-${ids.length}`);
  },
});
