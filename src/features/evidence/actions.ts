"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { completeImport, createEvidence, updateEvidence } from "./mutations";
import { confirmImportSchema, evidenceItemSchema, updateEvidenceItemSchema } from "./schema";

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
