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
  permission: "visit:manage",
  schema: visitSessionSchema,
  async handler(input, { member, session }) {
    const { id } = await createVisitSession(member.scope, { userId: session.user.id }, input);
    revalidatePath("/visit");
    redirect(`/visit/sessions/${id}?saved=created`);
  },
});

export const updateVisitSessionAction = createAction({
  permission: "visit:manage",
  schema: updateVisitSessionSchema,
  async handler(input, { member, session }) {
    await updateVisitSession(member.scope, { userId: session.user.id }, input);
    revalidatePath("/visit");
    redirect(`/visit/sessions/${input.id}?saved=updated`);
  },
});

export const addSessionParticipantsAction = createAction({
  permission: "visit:manage",
  schema: addSessionParticipantsSchema,
  async handler(input, { member, session }) {
    await addSessionParticipants(member.scope, { userId: session.user.id }, input);
    revalidatePath("/visit");
    redirect(`/visit/sessions/${input.sessionId}?saved=participants`);
  },
});

export const removeSessionParticipantAction = createAction({
  permission: "visit:manage",
  schema: sessionParticipantSchema,
  async handler(input, { member, session }) {
    await removeSessionParticipant(member.scope, { userId: session.user.id }, input);
    revalidatePath(`/visit/sessions/${input.sessionId}`);
    return { status: "ok", message: "Removed from this session." };
  },
});

export const removeVisitSessionAction = createAction({
  permission: "visit:manage",
  schema: removeVisitSessionSchema,
  async handler(input, { member, session }) {
    await removeVisitSession(member.scope, { userId: session.user.id }, input);
    revalidatePath("/visit");
    redirect("/visit?removed=1");
  },
});

export const markBriefedAction = createAction({
  permission: "visit:manage",
  schema: sessionParticipantSchema,
  async handler(input, { member, session }) {
    await markBriefed(member.scope, { userId: session.user.id }, input);
    revalidatePath(`/visit/sessions/${input.sessionId}`);
    return { status: "ok", message: "Marked as briefed." };
  },
});

export const setSessionEvidenceAction = createAction({
  permission: "visit:manage",
  schema: sessionEvidenceSchema,
  async handler(input, { member, session }) {
    await setSessionEvidence(member.scope, { userId: session.user.id }, input);
    redirect(`/visit/sessions/${input.sessionId}?saved=evidence`);
  },
});

export const saveDebriefAction = createAction({
  permission: "visit:manage",
  schema: debriefSchema,
  async handler(input, { member, session }) {
    await saveDebrief(member.scope, { userId: session.user.id }, input);
    redirect(`/visit/sessions/${input.sessionId}?saved=debrief`);
  },
});

export const addFollowUpRequestAction = createAction({
  permission: "visit:manage",
  schema: followUpRequestSchema,
  async handler(input, { member, session }) {
    await addFollowUpRequest(member.scope, { userId: session.user.id }, input);
    revalidatePath("/visit/requests");
    redirect(input.sessionId ? `/visit/sessions/${input.sessionId}?saved=request` : "/visit/requests?saved=request");
  },
});

export const settleFollowUpRequestAction = createAction({
  permission: "visit:manage",
  schema: settleFollowUpSchema,
  async handler(input, { member, session }) {
    await settleFollowUpRequest(member.scope, { userId: session.user.id }, input);
    revalidatePath("/visit/requests");
    return { status: "ok", message: input.status === "sent" ? "Marked as sent." : "Marked as withdrawn." };
  },
});

export const createParticipantAction = createAction({
  permission: "visit:manage",
  schema: participantSchema,
  async handler(input, { member, session }) {
    const { id } = await createParticipant(member.scope, { userId: session.user.id }, input);
    revalidatePath("/visit/participants");
    redirect(`/visit/participants?saved=added#participant-${id}`);
  },
});

export const importVisitScheduleAction = createAction({
  permission: "visit:manage",
  schema: confirmVisitImportSchema,
  async handler(input, { member, session }) {
    const { imported, dropped, skipped } = await completeVisitImport(member.scope, { userId: session.user.id }, input);
    revalidatePath("/visit");
    redirect(`/visit?imported=${imported}&dropped=${dropped}&skipped=${skipped}`);
  },
});
