"use client";

import { Button } from "@/components/forms/button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Radios } from "@/components/forms/radios";
import { TextInput } from "@/components/forms/text-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { createPulseLinkAction } from "../actions";
import { DEFAULT_LINK_DAYS, LINK_DAYS, MAX_ANSWERS, MOMENTS, MOMENT_LABELS } from "../domain";
import { createPulseLinkSchema } from "../schema";

export function CreatePulseLinkForm({ sessionId }: { sessionId: string }) {
  const { formAction, onSubmit, field, summary, pending } = useActionForm({
    schema: createPulseLinkSchema,
    action: createPulseLinkAction,
    defaults: { days: String(DEFAULT_LINK_DAYS), maxAnswers: String(MAX_ANSWERS.default) },
  });
  return (
    <>
      <ErrorSummary {...summary} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <input type="hidden" name="sessionId" value={sessionId} />
        <Radios
          legend="When will staff answer?"
          options={MOMENTS.map((moment) => ({ value: moment, label: MOMENT_LABELS[moment] }))}
          inline
          {...field("moment")}
        />
        <Radios
          legend="How long should the link stay open?"
          hint="After this, the link stops taking answers. You can close it sooner."
          options={LINK_DAYS.map((days) => ({ value: String(days), label: days === 1 ? "1 day" : `${days} days` }))}
          inline
          {...field("days")}
        />
        <TextInput
          label="Most answers the link takes"
          hint={`From ${MAX_ANSWERS.min} to ${MAX_ANSWERS.max}. A little more than the number of staff at the session.`}
          inputMode="numeric"
          width={4}
          {...field("maxAnswers")}
        />
        <Button variant="secondary" pending={pending}>
          Create link
        </Button>
      </form>
    </>
  );
}
