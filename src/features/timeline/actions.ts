"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { emptySchema } from "@/features/auth/schema";
import {
  addChecklistItem,
  removeChecklistItem,
  setTimelineDate,
  setVisitWeeks,
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
  visitWeeksSchema,
} from "./schema";

export const setTimelineDateAction = createAction({
  name: "setTimelineDateAction",
  permission: "timeline:manage",
  schema: timelineDateSchema,
  async handler(input, { scope, actor }) {
    await setTimelineDate(scope, actor, input);
    revalidatePath("/timeline");
    revalidatePath("/dashboard");
    redirect(`/timeline?saved=${input.intent === "clear" ? "cleared" : "date"}`);
  },
});

export const setVisitWeeksAction = createAction({
  name: "setVisitWeeksAction",
  permission: "timeline:manage",
  schema: visitWeeksSchema,
  async handler(input, { scope, actor }) {
    await setVisitWeeks(scope, actor, input);
    revalidatePath("/timeline");
    revalidatePath("/dashboard");
    redirect("/timeline?saved=visit");
  },
});

export const startChecklistAction = createAction({
  name: "startChecklistAction",
  permission: "timeline:manage",
  schema: emptySchema,
  async handler(_input, { scope, actor }) {
    await startChecklist(scope, actor);
    revalidatePath("/timeline");
    redirect("/timeline?saved=started#checklist-heading");
  },
});

export const addChecklistItemAction = createAction({
  name: "addChecklistItemAction",
  permission: "timeline:manage",
  schema: checklistItemSchema,
  async handler(input, { scope, actor }) {
    await addChecklistItem(scope, actor, input);
    revalidatePath("/timeline");
    redirect(`/timeline?saved=added#phase-${input.phase}`);
  },
});

export const updateChecklistItemAction = createAction({
  name: "updateChecklistItemAction",
  permission: "timeline:manage",
  schema: updateChecklistItemSchema,
  async handler(input, { scope, actor }) {
    await updateChecklistItem(scope, actor, input);
    revalidatePath("/timeline");
    redirect(`/timeline?saved=item#phase-${input.phase}`);
  },
});

export const tickChecklistItemAction = createAction({
  name: "tickChecklistItemAction",
  permission: "timeline:checklist",
  schema: tickChecklistItemSchema,
  async handler(input, { scope, actor }) {
    await tickChecklistItem(scope, actor, input);
    revalidatePath("/timeline");
    return { status: "ok", message: input.done ? "Marked as done." : "Marked as not done." };
  },
});

export const removeChecklistItemAction = createAction({
  name: "removeChecklistItemAction",
  permission: "timeline:manage",
  schema: removeChecklistItemSchema,
  async handler(input, { scope, actor }) {
    await removeChecklistItem(scope, actor, input);
    revalidatePath("/timeline");
    return { status: "ok", message: "Item removed." };
  },
});
