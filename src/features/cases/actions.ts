"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import {
  addAuditQuestion,
  addCohort,
  addContact,
  closeCaseTracking,
  completeCaseImport,
  createCase,
  removeCohort,
  retireAuditQuestion,
  saveCaseAudit,
  saveReflectiveLog,
  setConsent,
  setSampleStage,
  setUpCaseTracking,
  signOffReflectiveLog,
  updateCase,
} from "./mutations";
import {
  auditQuestionSchema,
  caseAuditSchema,
  caseSchema,
  closeCaseTrackingSchema,
  cohortSchema,
  confirmCaseImportSchema,
  consentSchema,
  contactSchema,
  reflectiveLogSchema,
  removeCohortSchema,
  retireQuestionSchema,
  sampleChangeSchema,
  signOffSchema,
  updateCaseSchema,
} from "./schema";
import { z } from "zod";

const nothing = z.object({});

export const setUpCaseTrackingAction = createAction({
  name: "setUpCaseTrackingAction",
  permission: "case:manage",
  schema: nothing,
  async handler(_input, { scope, actor }) {
    await setUpCaseTracking(scope, actor);
    revalidatePath("/cases");
    redirect("/cases?saved=set-up");
  },
});

export const createCaseAction = createAction({
  name: "createCaseAction",
  permission: "case:edit",
  schema: caseSchema,
  async handler(input, { scope, actor }) {
    const { id } = await createCase(scope, actor, input);
    revalidatePath("/cases");
    redirect(`/cases/${id}?saved=created`);
  },
});

export const updateCaseAction = createAction({
  name: "updateCaseAction",
  permission: "case:edit",
  schema: updateCaseSchema,
  async handler(input, { scope, actor }) {
    await updateCase(scope, actor, input);
    revalidatePath("/cases");
    redirect(`/cases/${input.id}?saved=updated`);
  },
});

export const changeSampleAction = createAction({
  name: "changeSampleAction",
  permission: "case:edit",
  schema: sampleChangeSchema,
  async handler(input, { scope, actor }) {
    const { changed } = await setSampleStage(scope, actor, input);
    revalidatePath("/cases");
    return { status: "ok", message: `${changed} ${changed === 1 ? "case" : "cases"} updated.` };
  },
});

export const setConsentAction = createAction({
  name: "setConsentAction",
  permission: "case:edit",
  schema: consentSchema,
  async handler(input, { scope, actor }) {
    await setConsent(scope, actor, input);
    redirect(`/cases/${input.caseId}?saved=consent`);
  },
});

export const addContactAction = createAction({
  name: "addContactAction",
  permission: "case:edit",
  schema: contactSchema,
  async handler(input, { scope, actor }) {
    await addContact(scope, actor, input);
    redirect(`/cases/${input.caseId}?saved=contact`);
  },
});

export const saveCaseAuditAction = createAction({
  name: "saveCaseAuditAction",
  permission: "case:audit",
  schema: caseAuditSchema,
  async handler(input, { scope, actor }) {
    await saveCaseAudit(scope, actor, input);
    revalidatePath("/cases");
    redirect(`/cases/${input.caseId}?saved=audited`);
  },
});

export const saveReflectiveLogAction = createAction({
  name: "saveReflectiveLogAction",
  permission: "case:reflect",
  schema: reflectiveLogSchema,
  async handler(input, { scope, actor }) {
    await saveReflectiveLog(scope, actor, input);
    redirect(`/cases/${input.caseId}/reflective-log?saved=${input.intent === "submit" ? "submitted" : "saved"}`);
  },
});

export const signOffReflectiveLogAction = createAction({
  name: "signOffReflectiveLogAction",
  permission: "case:sign-off",
  schema: signOffSchema,
  async handler(input, { scope, actor }) {
    await signOffReflectiveLog(scope, actor, input);
    redirect(
      `/cases/${input.caseId}/reflective-log?saved=${input.decision === "sign_off" ? "signed-off" : "returned"}`,
    );
  },
});

export const addCohortAction = createAction({
  name: "addCohortAction",
  permission: "case:manage",
  schema: cohortSchema,
  async handler(input, { scope, actor }) {
    await addCohort(scope, actor, input);
    revalidatePath("/cases/settings");
    return { status: "ok", message: `Cohort "${input.name}" added.` };
  },
});

export const removeCohortAction = createAction({
  name: "removeCohortAction",
  permission: "case:manage",
  schema: removeCohortSchema,
  async handler(input, { scope, actor }) {
    await removeCohort(scope, actor, input);
    revalidatePath("/cases/settings");
    return { status: "ok", message: "Cohort removed." };
  },
});

export const addAuditQuestionAction = createAction({
  name: "addAuditQuestionAction",
  permission: "case:manage",
  schema: auditQuestionSchema,
  async handler(input, { scope, actor }) {
    await addAuditQuestion(scope, actor, input);
    revalidatePath("/cases/settings");
    return { status: "ok", message: `Question added: "${input.text}"` };
  },
});

export const retireAuditQuestionAction = createAction({
  name: "retireAuditQuestionAction",
  permission: "case:manage",
  schema: retireQuestionSchema,
  async handler(input, { scope, actor }) {
    await retireAuditQuestion(scope, actor, input);
    revalidatePath("/cases/settings");
    return { status: "ok", message: "Question no longer asked. Its answers so far are kept." };
  },
});

export const importCasesAction = createAction({
  name: "importCasesAction",
  permission: "case:edit",
  schema: confirmCaseImportSchema,
  async handler(input, { scope, actor }) {
    const { imported, dropped, skipped } = await completeCaseImport(scope, actor, input);
    revalidatePath("/cases");
    redirect(`/cases?imported=${imported}&dropped=${dropped}&skipped=${skipped}`);
  },
});

export const closeCaseTrackingAction = createAction({
  name: "closeCaseTrackingAction",
  permission: "case:manage",
  schema: closeCaseTrackingSchema,
  async handler(input, { scope, actor }) {
    const { cases } = await closeCaseTracking(scope, actor, input);
    revalidatePath("/cases");
    redirect(`/cases?closed=${input.mode}&count=${cases}`);
  },
});
