"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import {
  acceptSuggestion,
  completeImport,
  createEvidence,
  dismissSuggestion,
  queueFileReadingAgain,
  updateEvidence,
} from "./mutations";
import {
  confirmImportSchema,
  evidenceItemSchema,
  readFileAgainSchema,
  suggestionSchema,
  updateEvidenceItemSchema,
} from "./schema";
import { queueFileReading } from "./jobs";

export const createEvidenceAction = createAction({
  name: "createEvidenceAction",
  permission: "evidence:create",
  schema: evidenceItemSchema,
  async handler(input, { scope, actor }) {
    const { id } = await createEvidence(scope, actor, input);
    revalidatePath("/evidence");
    redirect(`/evidence/${id}?saved=created`);
  },
});

export const updateEvidenceAction = createAction({
  name: "updateEvidenceAction",
  permission: "evidence:edit",
  schema: updateEvidenceItemSchema,
  async handler(input, { scope, actor }) {
    await updateEvidence(scope, actor, input);
    revalidatePath("/evidence");
    redirect(`/evidence/${input.id}?saved=updated`);
  },
});

export const importEvidenceAction = createAction({
  name: "importEvidenceAction",
  permission: "evidence:create",
  schema: confirmImportSchema,
  async handler(input, { scope, actor }) {
    const { imported, dropped } = await completeImport(scope, actor, input);
    revalidatePath("/evidence");
    redirect(`/evidence?imported=${imported}&dropped=${dropped}`);
  },
});

export const readFileAgainAction = createAction({
  name: "readFileAgainAction",
  permission: "evidence:edit",
  schema: readFileAgainSchema,
  async handler(input, { scope, actor }) {
    const itemId = await queueFileReadingAgain(scope, actor, input.fileId);
    // If the queue cannot take it now, the minutely sweep picks the queued file up.
    await queueFileReading(input.fileId).catch(() => undefined);
    redirect(`/evidence/${itemId}?saved=reading-again`);
  },
});

export const acceptSuggestionAction = createAction({
  name: "acceptSuggestionAction",
  permission: "evidence:edit",
  schema: suggestionSchema,
  async handler(input, { scope, actor }) {
    await acceptSuggestion(scope, actor, input);
    revalidatePath("/evidence");
    redirect(`/evidence/${input.itemId}?saved=suggestion-accepted#suggestions-heading`);
  },
});

export const dismissSuggestionAction = createAction({
  name: "dismissSuggestionAction",
  permission: "evidence:edit",
  schema: suggestionSchema,
  async handler(input, { scope, actor }) {
    await dismissSuggestion(scope, actor, input);
    redirect(`/evidence/${input.itemId}?saved=suggestion-dismissed#suggestions-heading`);
  },
});
