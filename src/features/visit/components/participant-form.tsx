"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { Radios } from "@/components/forms/radios";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { createParticipantAction } from "../actions";
import { GROUP_LABELS, PARTICIPANT_GROUPS } from "../domain";
import { participantSchema } from "../schema";

export function ParticipantForm() {
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: participantSchema,
    action: createParticipantAction,
    defaults: { group: "staff" },
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <TextInput label="Name" widthClass="max-w-md" autoComplete="off" {...field("name")} />
        <TextInput label="Job title (optional)" widthClass="max-w-md" {...field("jobTitle")} />
        <Radios
          legend="Group"
          options={PARTICIPANT_GROUPS.map((group) => ({ value: group, label: GROUP_LABELS[group] }))}
          {...field("group")}
        />
        <Button variant="secondary" pending={pending}>
          Add participant
        </Button>
      </form>
    </>
  );
}
