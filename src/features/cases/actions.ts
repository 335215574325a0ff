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
  permission: "case:manage",
  schema: nothing,
  async handler(_input, { member, session }) {
    await setUpCaseTracking(member.scope, { userId: session.user.id });
    revalidatePath("/cases");
    redirect("/cases?saved=set-up");
  },
});

export const createCaseAction = createAction({
  permission: "case:edit",
  schema: caseSchema,
  async handler(input, { member, session }) {
    const { id } = await createCase(member.scope, { userId: session.user.id }, input);
    revalidatePath("/cases");
    redirect(`/cases/${id}?saved=created`);
  },
});

export const updateCaseAction = createAction({
  permission: "case:edit",
  schema: updateCaseSchema,
  async handler(input, { member, session }) {
    await updateCase(member.scope, { userId: session.user.id }, input);
    revalidatePath("/cases");
    redirect(`/cases/${input.id}?saved=updated`);
  },
});

export const changeSampleAction = createAction({
  permission: "case:edit",
  schema: sampleChangeSchema,
  async handler(input, { member, session }) {
    const { changed } = await setSampleStage(member.scope, { userId: session.user.id }, input);
    revalidatePath("/cases");
    return { status: "ok", message: `${changed} ${changed === 1 ? "case" : "cases"} updated.` };
  },
});

export const setConsentAction = createAction({
  permission: "case:edit",
  schema: consentSchema,
  async handler(input, { member, session }) {
    await setConsent(member.scope, { userId: session.user.id }, input);
    redirect(`/cases/${input.caseId}?saved=consent`);
  },
});

export const addContactAction = createAction({
  permission: "case:edit",
  schema: contactSchema,
  async handler(input, { member, session }) {
    await addContact(member.scope, { userId: session.user.id }, input);
    redirect(`/cases/${input.caseId}?saved=contact`);
  },
});

export const saveCaseAuditAction = createAction({
  permission: "case:audit",
  schema: caseAuditSchema,
  async handler(input, { member, session }) {
    await saveCaseAudit(member.scope, { userId: session.user.id }, input);
    revalidatePath("/cases");
    redirect(`/cases/${input.caseId}?saved=audited`);
  },
});

export const saveReflectiveLogAction = createAction({
  permission: "case:reflect",
  schema: reflectiveLogSchema,
  async handler(input, { member, session }) {
    await saveReflectiveLog(member.scope, { userId: session.user.id }, input);
    redirect(`/cases/${input.caseId}/reflective-log?saved=${input.intent === "submit" ? "submitted" : "saved"}`);
  },
});

export const signOffReflectiveLogAction = createAction({
  permission: "case:sign-off",
  schema: signOffSchema,
  async handler(input, { member, session }) {
    await signOffReflectiveLog(member.scope, { userId: session.user.id }, input);
    redirect(
      `/cases/${input.caseId}/reflective-log?saved=${input.decision === "sign_off" ? "signed-off" : "returned"}`,
    );
  },
});

export const addCohortAction = createAction({
  permission: "case:manage",
  schema: cohortSchema,
  async handler(input, { member, session }) {
    await addCohort(member.scope, { userId: session.user.id }, input);
    revalidatePath("/cases/settings");
    return { status: "ok", message: `Cohort "${input.name}" added.` };
  },
});

export const removeCohortAction = createAction({
  permission: "case:manage",
  schema: removeCohortSchema,
  async handler(input, { member, session }) {
    await removeCohort(member.scope, { userId: session.user.id }, input);
    revalidatePath("/cases/settings");
    return { status: "ok", message: "Cohort removed." };
  },
});

export const addAuditQuestionAction = createAction({
  permission: "case:manage",
  schema: auditQuestionSchema,
  async handler(input, { member, session }) {
    await addAuditQuestion(member.scope, { userId: session.user.id }, input);
    revalidatePath("/cases/settings");
    return { status: "ok", message: `Question added: "${input.text}"` };
  },
});

export const retireAuditQuestionAction = createAction({
  permission: "case:manage",
  schema: retireQuestionSchema,
  async handler(input, { member, session }) {
    await retireAuditQuestion(member.scope, { userId: session.user.id }, input);
    revalidatePath("/cases/settings");
    return { status: "ok", message: "Question no longer asked. Its answers so far are kept." };
  },
});

export const importCasesAction = createAction({
  permission: "case:edit",
  schema: confirmCaseImportSchema,
  async handler(input, { member, session }) {
    const { imported, dropped, skipped } = await completeCaseImport(member.scope, { userId: session.user.id }, input);
    revalidatePath("/cases");
    redirect(`/cases?imported=${imported}&dropped=${dropped}&skipped=${skipped}`);
  },
});

export const closeCaseTrackingAction = createAction({
  permission: "case:manage",
  schema: closeCaseTrackingSchema,
  async handler(input, { member, session }) {
    const { cases } = await closeCaseTracking(member.scope, { userId: session.user.id }, input);
    revalidatePath("/cases");
    redirect(`/cases?closed=${input.mode}&count=${cases}`);
  },
});
