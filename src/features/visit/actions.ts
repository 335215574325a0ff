"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import {
  addFollowUpRequest,
  addSessionParticipants,
  completeVisitImport,
  createParticipant,
  createVisitSession,
  markBriefed,
  removeSessionParticipant,
  removeVisitSession,
  saveDebrief,
  setSessionEvidence,
  settleFollowUpRequest,
  updateVisitSession,
} from "./mutations";
import {
  addSessionParticipantsSchema,
  confirmVisitImportSchema,
  debriefSchema,
  followUpRequestSchema,
  participantSchema,
  removeVisitSessionSchema,
  sessionEvidenceSchema,
  sessionParticipantSchema,
  settleFollowUpSchema,
  updateVisitSessionSchema,
  visitSessionSchema,
} from "./schema";

export const createVisitSessionAction = createAction({
  name: "createVisitSessionAction",
  permission: "visit:manage",
  schema: visitSessionSchema,
  async handler(input, { scope, actor }) {
    const { id } = await createVisitSession(scope, actor, input);
    revalidatePath("/visit");
    redirect(`/visit/sessions/${id}?saved=created`);
  },
});

export const updateVisitSessionAction = createAction({
  name: "updateVisitSessionAction",
  permission: "visit:manage",
  schema: updateVisitSessionSchema,
  async handler(input, { scope, actor }) {
    await updateVisitSession(scope, actor, input);
    revalidatePath("/visit");
    redirect(`/visit/sessions/${input.id}?saved=updated`);
  },
});

export const addSessionParticipantsAction = createAction({
  name: "addSessionParticipantsAction",
  permission: "visit:manage",
  schema: addSessionParticipantsSchema,
  async handler(input, { scope, actor }) {
    await addSessionParticipants(scope, actor, input);
    revalidatePath("/visit");
    redirect(`/visit/sessions/${input.sessionId}?saved=participants`);
  },
});

export const removeSessionParticipantAction = createAction({
  name: "removeSessionParticipantAction",
  permission: "visit:manage",
  schema: sessionParticipantSchema,
  async handler(input, { scope, actor }) {
    await removeSessionParticipant(scope, actor, input);
    revalidatePath(`/visit/sessions/${input.sessionId}`);
    return { status: "ok", message: "Removed from this session." };
  },
});

export const removeVisitSessionAction = createAction({
  name: "removeVisitSessionAction",
  permission: "visit:manage",
  schema: removeVisitSessionSchema,
  async handler(input, { scope, actor }) {
    await removeVisitSession(scope, actor, input);
    revalidatePath("/visit");
    redirect("/visit?removed=1");
  },
});

export const markBriefedAction = createAction({
  name: "markBriefedAction",
  permission: "visit:manage",
  schema: sessionParticipantSchema,
  async handler(input, { scope, actor }) {
    await markBriefed(scope, actor, input);
    revalidatePath(`/visit/sessions/${input.sessionId}`);
    return { status: "ok", message: "Marked as briefed." };
  },
});

export const setSessionEvidenceAction = createAction({
  name: "setSessionEvidenceAction",
  permission: "visit:manage",
  schema: sessionEvidenceSchema,
  async handler(input, { scope, actor }) {
    await setSessionEvidence(scope, actor, input);
    redirect(`/visit/sessions/${input.sessionId}?saved=evidence`);
  },
});

export const saveDebriefAction = createAction({
  name: "saveDebriefAction",
  permission: "visit:manage",
  schema: debriefSchema,
  async handler(input, { scope, actor }) {
    await saveDebrief(scope, actor, input);
    redirect(`/visit/sessions/${input.sessionId}?saved=debrief`);
  },
});

export const addFollowUpRequestAction = createAction({
  name: "addFollowUpRequestAction",
  permission: "visit:manage",
  schema: followUpRequestSchema,
  async handler(input, { scope, actor }) {
    await addFollowUpRequest(scope, actor, input);
    revalidatePath("/visit/requests");
    redirect(input.sessionId ? `/visit/sessions/${input.sessionId}?saved=request` : "/visit/requests?saved=request");
  },
});

export const settleFollowUpRequestAction = createAction({
  name: "settleFollowUpRequestAction",
  permission: "visit:manage",
  schema: settleFollowUpSchema,
  async handler(input, { scope, actor }) {
    await settleFollowUpRequest(scope, actor, input);
    revalidatePath("/visit/requests");
    return { status: "ok", message: input.status === "sent" ? "Marked as sent." : "Marked as withdrawn." };
  },
});

export const createParticipantAction = createAction({
  name: "createParticipantAction",
  permission: "visit:manage",
  schema: participantSchema,
  async handler(input, { scope, actor }) {
    const { id } = await createParticipant(scope, actor, input);
    revalidatePath("/visit/participants");
    redirect(`/visit/participants?saved=added#participant-${id}`);
  },
});

export const importVisitScheduleAction = createAction({
  name: "importVisitScheduleAction",
  permission: "visit:manage",
  schema: confirmVisitImportSchema,
  async handler(input, { scope, actor }) {
    const { imported, dropped, skipped } = await completeVisitImport(scope, actor, input);
    revalidatePath("/visit");
    redirect(`/visit?imported=${imported}&dropped=${dropped}&skipped=${skipped}`);
  },
});
