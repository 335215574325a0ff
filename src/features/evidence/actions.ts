"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { completeImport, createEvidence, queueFileReadingAgain, updateEvidence } from "./mutations";
import { confirmImportSchema, evidenceItemSchema, readFileAgainSchema, updateEvidenceItemSchema } from "./schema";
import { queueFileReading } from "./jobs";

export const createEvidenceAction = createAction({
  permission: "evidence:create",
  schema: evidenceItemSchema,
  async handler(input, { member, session }) {
    const { id } = await createEvidence(member.scope, { userId: session.user.id }, input);
    revalidatePath("/evidence");
    redirect(`/evidence/${id}?saved=created`);
  },
});

export const updateEvidenceAction = createAction({
  permission: "evidence:edit",
  schema: updateEvidenceItemSchema,
  async handler(input, { member, session }) {
    await updateEvidence(member.scope, { userId: session.user.id }, input);
    revalidatePath("/evidence");
    redirect(`/evidence/${input.id}?saved=updated`);
  },
});

export const importEvidenceAction = createAction({
  permission: "evidence:create",
  schema: confirmImportSchema,
  async handler(input, { member, session }) {
    const { imported, dropped } = await completeImport(member.scope, { userId: session.user.id }, input);
    revalidatePath("/evidence");
    redirect(`/evidence?imported=${imported}&dropped=${dropped}`);
  },
});

export const readFileAgainAction = createAction({
  permission: "evidence:edit",
  schema: readFileAgainSchema,
  async handler(input, { member, session }) {
    const itemId = await queueFileReadingAgain(member.scope, { userId: session.user.id }, input.fileId);
    // If the queue cannot take it now, the minutely sweep picks the queued file up.
    await queueFileReading(input.fileId).catch(() => undefined);
    redirect(`/evidence/${itemId}?saved=reading-again`);
  },
});
