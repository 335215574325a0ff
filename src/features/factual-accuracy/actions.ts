"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { evidenceViewer } from "@/features/evidence/policy";
import { addPoint, setOutcome, updatePoint } from "./mutations";
import { outcomeSchema, pointSchema, updatePointSchema } from "./schema";

export const addPointAction = createAction({
  name: "addPointAction",
  permission: "accuracy:edit",
  schema: pointSchema,
  async handler(input, { scope, actor, member }) {
    const { id } = await addPoint(scope, actor, evidenceViewer(actor.userId, member), input);
    revalidatePath("/factual-accuracy");
    redirect(`/factual-accuracy/${id}?saved=added`);
  },
});

export const updatePointAction = createAction({
  name: "updatePointAction",
  permission: "accuracy:edit",
  schema: updatePointSchema,
  async handler(input, { scope, actor, member }) {
    await updatePoint(scope, actor, evidenceViewer(actor.userId, member), input);
    revalidatePath("/factual-accuracy");
    redirect(`/factual-accuracy/${input.id}?saved=updated`);
  },
});

export const setOutcomeAction = createAction({
  name: "setOutcomeAction",
  permission: "accuracy:edit",
  schema: outcomeSchema,
  async handler(input, { scope, actor }) {
    await setOutcome(scope, actor, input);
    revalidatePath("/factual-accuracy");
    redirect(`/factual-accuracy/${input.id}?saved=outcome`);
  },
});
