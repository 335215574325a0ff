"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { completeImport, createEvidence, updateEvidence } from "./mutations";
import { confirmImportSchema, evidenceItemSchema, updateEvidenceItemSchema } from "./schema";

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
