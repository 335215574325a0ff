"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { emptySchema } from "@/features/auth/schema";
import {
  addChecklistItem,
  removeChecklistItem,
  setTimelineDate,
  startChecklist,
  tickChecklistItem,
  updateChecklistItem,
} from "./mutations";
import {
  checklistItemSchema,
  removeChecklistItemSchema,
  tickChecklistItemSchema,
  timelineDateSchema,
  updateChecklistItemSchema,
} from "./schema";

export const setTimelineDateAction = createAction({
  permission: "timeline:manage",
  schema: timelineDateSchema,
  async handler(input, { member, session }) {
    await setTimelineDate(member.scope, { userId: session.user.id }, input);
    revalidatePath("/timeline");
    revalidatePath("/dashboard");
    redirect(`/timeline?saved=${input.intent === "clear" ? "cleared" : "date"}`);
  },
});

export const startChecklistAction = createAction({
  permission: "timeline:manage",
  schema: emptySchema,
  async handler(_input, { member, session }) {
    await startChecklist(member.scope, { userId: session.user.id });
    revalidatePath("/timeline");
    redirect("/timeline?saved=started#checklist-heading");
  },
});

export const addChecklistItemAction = createAction({
  permission: "timeline:manage",
  schema: checklistItemSchema,
  async handler(input, { member, session }) {
    await addChecklistItem(member.scope, { userId: session.user.id }, input);
    revalidatePath("/timeline");
    redirect(`/timeline?saved=added#phase-${input.phase}`);
  },
});

export const updateChecklistItemAction = createAction({
  permission: "timeline:manage",
  schema: updateChecklistItemSchema,
  async handler(input, { member, session }) {
    await updateChecklistItem(member.scope, { userId: session.user.id }, input);
    revalidatePath("/timeline");
    redirect(`/timeline?saved=item#phase-${input.phase}`);
  },
});

export const tickChecklistItemAction = createAction({
  permission: "timeline:checklist",
  schema: tickChecklistItemSchema,
  async handler(input, { member, session }) {
    await tickChecklistItem(member.scope, { userId: session.user.id }, input);
    revalidatePath("/timeline");
    return { status: "ok", message: input.done ? "Marked as done." : "Marked as not done." };
  },
});

export const removeChecklistItemAction = createAction({
  permission: "timeline:manage",
  schema: removeChecklistItemSchema,
  async handler(input, { member, session }) {
    await removeChecklistItem(member.scope, { userId: session.user.id }, input);
    revalidatePath("/timeline");
    return { status: "ok", message: "Item removed." };
  },
});
