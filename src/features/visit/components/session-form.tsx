"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { DateInput } from "@/components/forms/date-input";
import { Textarea } from "@/components/forms/textarea";
import { Radios } from "@/components/forms/radios";
import { Checkboxes } from "@/components/forms/checkboxes";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { londonWallClock } from "@/lib/calendar";
import { createVisitSessionAction, updateVisitSessionAction } from "../actions";
import { KIND_LABELS, SESSION_KINDS, type SessionKind } from "../domain";
import { visitSessionSchema } from "../schema";

type Session = {
  id: string;
  version: number;
  title: string;
  kind: SessionKind;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineLink: string;
  cqcAttendees: string;
  statementKeys: string[];
  notes: string;
};

/** Plan or change a session of the on-site visit; times are London times. */
export function SessionForm({
  item,
  statements,
}: {
  item: Session | null;
  statements: { key: string; number: number; name: string }[];
}) {
  const defaults: Record<string, string> = item
    ? {
        title: item.title,
        kind: item.kind,
        day: londonWallClock(item.startsAt).day,
        startTime: londonWallClock(item.startsAt).time,
        endTime: londonWallClock(item.endsAt).time,
        place: item.place,
        onlineLink: item.onlineLink,
        cqcAttendees: item.cqcAttendees,
        statementKeys: item.statementKeys.join("\n"),
        notes: item.notes,
      }
    : { kind: "interview" };
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: visitSessionSchema,
    action: item ? updateVisitSessionAction : createVisitSessionAction,
    defaults,
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        {item ? (
          <>
            <input type="hidden" name="id" value={item.id} />
            <input type="hidden" name="expectedVersion" value={item.version} readOnly />
          </>
        ) : null}
        <TextInput
          label="Title"
          hint="For example, Carers focus group or Interview with the principal social worker."
          {...field("title")}
        />
        <Radios
          legend="Kind of session"
          inline
          options={SESSION_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))}
          {...field("kind")}
        />
        <fieldset className="mb-6">
          <legend className="mb-2 text-xl font-bold">When (UK time)</legend>
          <DateInput label="Date" {...field("day")} />
          <TextInput
            label="Start time"
            type="time"
            hint="For example, 09:30"
            widthClass="max-w-xs"
            {...field("startTime")}
          />
          <TextInput
            label="End time"
            type="time"
            hint="For example, 10:30"
            widthClass="max-w-xs"
            {...field("endTime")}
          />
        </fieldset>
        <TextInput
          label="Place (optional)"
          hint="The room and building, as people will look for it."
          widthClass="max-w-md"
          {...field("place")}
        />
        <TextInput
          label="Online link (optional)"
          hint="For a session on Teams or Zoom, starting https://"
          type="url"
          spellCheck={false}
          {...field("onlineLink")}
        />
        <TextInput
          label="CQC attendees (optional)"
          hint="Who from CQC will be there, as they introduced themselves."
          {...field("cqcAttendees")}
        />
        <Checkboxes
          legend="Quality statements in focus (optional)"
          columns
          options={statements.map((statement) => ({
            value: statement.key,
            label: `${statement.number}. ${statement.name}`,
          }))}
          {...field("statementKeys")}
        />
        <Textarea
          label="Notes (optional)"
          hint="Anything the people taking part or the co-ordinator should know."
          rows={4}
          {...field("notes")}
        />
        <Button pending={pending}>{item ? "Save changes" : "Add session"}</Button>
      </form>
    </>
  );
}
