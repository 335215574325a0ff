"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { DateInput } from "@/components/forms/date-input";
import { Textarea } from "@/components/forms/textarea";
import { Radios } from "@/components/forms/radios";
import { Checkboxes } from "@/components/forms/checkboxes";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import {
  addFollowUpRequestAction,
  addSessionParticipantsAction,
  saveDebriefAction,
  setSessionEvidenceAction,
} from "../actions";
import { GROUP_LABELS, PARTICIPANT_GROUPS, participantLabel, type ParticipantGroup } from "../domain";
import { addSessionParticipantsSchema, debriefSchema, followUpRequestSchema, sessionEvidenceSchema } from "../schema";

/** Add people already on the visit's list, or someone new, to a session. */
export function AddParticipantsForm({
  sessionId,
  others,
}: {
  sessionId: string;
  others: { id: string; name: string; jobTitle: string; group: ParticipantGroup }[];
}) {
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: addSessionParticipantsSchema,
    action: addSessionParticipantsAction,
    defaults: { group: "staff" },
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <input type="hidden" name="sessionId" value={sessionId} />
        {others.length > 0 ? (
          <Checkboxes
            legend="People already on the list"
            columns
            options={others.map((person) => ({
              value: person.id,
              label: participantLabel(person),
              hint: GROUP_LABELS[person.group],
            }))}
            {...field("participantIds")}
          />
        ) : null}
        <fieldset className="mb-6">
          <legend className="mb-2 font-bold">Or someone new (optional)</legend>
          <TextInput label="Name" widthClass="max-w-md" autoComplete="off" {...field("name")} />
          <TextInput label="Job title (optional)" widthClass="max-w-md" {...field("jobTitle")} />
          <Radios
            legend="Group"
            options={PARTICIPANT_GROUPS.map((group) => ({ value: group, label: GROUP_LABELS[group] }))}
            {...field("group")}
          />
        </fieldset>
        <Button variant="secondary" pending={pending}>
          Add to this session
        </Button>
      </form>
    </>
  );
}

/** Choose the evidence that goes into the session's briefing pack. */
export function BriefingEvidenceForm({
  sessionId,
  choices,
  chosen,
}: {
  sessionId: string;
  choices: { id: string; title: string }[];
  chosen: string[];
}) {
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: sessionEvidenceSchema,
    action: setSessionEvidenceAction,
    defaults: { evidenceItemIds: chosen.join("\n") },
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <input type="hidden" name="sessionId" value={sessionId} />
        <Checkboxes
          legend="Evidence for the briefing"
          hint="Evidence mapped to the quality statements in focus."
          options={choices.map((item) => ({ value: item.id, label: item.title }))}
          {...field("evidenceItemIds")}
        />
        <Button variant="secondary" pending={pending}>
          Save briefing evidence
        </Button>
      </form>
    </>
  );
}

export function DebriefForm({ sessionId, debrief }: { sessionId: string; debrief: string }) {
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: debriefSchema,
    action: saveDebriefAction,
    defaults: { debrief },
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <input type="hidden" name="sessionId" value={sessionId} />
        <Textarea
          label="Debrief note"
          hint="What CQC asked about, what went well, anything to follow up. No personal details of people who use services."
          rows={6}
          {...field("debrief")}
        />
        <Button variant="secondary" pending={pending}>
          Save debrief
        </Button>
      </form>
    </>
  );
}

/** Record something CQC asked for, for this session or (with no session) for the visit as a whole. */
export function FollowUpRequestForm({ sessionId }: { sessionId?: string }) {
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: followUpRequestSchema,
    action: addFollowUpRequestAction,
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <input type="hidden" name="sessionId" value={sessionId ?? ""} />
        <Textarea label="What CQC asked for" rows={3} {...field("request")} />
        <TextInput label="Owner (optional)" hint="Who will send it." widthClass="max-w-md" {...field("owner")} />
        <DateInput label="Due date" {...field("dueDate")} />
        <Button variant="secondary" pending={pending}>
          Add follow-up request
        </Button>
      </form>
    </>
  );
}
