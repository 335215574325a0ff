"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { evidenceViewer } from "@/features/evidence/policy";
import { addPoint, setOutcome, updatePoint } from "./mutations";
import { outcomeSchema, pointSchema, updatePointSchema } from "./schema";

export const addPointAction = createAction({
  permission: "accuracy:edit",
  schema: pointSchema,
  async handler(input, { member, session }) {
    const { id } = await addPoint(
      member.scope,
      { userId: session.user.id },
      evidenceViewer(session.user.id, member),
      input,
    );
    revalidatePath("/factual-accuracy");
    redirect(`/factual-accuracy/${id}?saved=added`);
  },
});

export const updatePointAction = createAction({
  permission: "accuracy:edit",
  schema: updatePointSchema,
  async handler(input, { member, session }) {
    await updatePoint(member.scope, { userId: session.user.id }, evidenceViewer(session.user.id, member), input);
    revalidatePath("/factual-accuracy");
    redirect(`/factual-accuracy/${input.id}?saved=updated`);
  },
});

export const setOutcomeAction = createAction({
  permission: "accuracy:edit",
  schema: outcomeSchema,
  async handler(input, { member, session }) {
    await setOutcome(member.scope, { userId: session.user.id }, input);
    revalidatePath("/factual-accuracy");
    redirect(`/factual-accuracy/${input.id}?saved=outcome`);
  },
});
