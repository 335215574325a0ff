"use client";

import { useMemo } from "react";
import { Button } from "@/components/forms/button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Radios } from "@/components/forms/radios";
import { useActionForm } from "@/components/forms/use-action-form";
import { submitPulseAction } from "../actions";
import { CONFIDENCE_SCALE, type Theme } from "../domain";
import { pulseFormSchema } from "../schema";

const OPTIONS = CONFIDENCE_SCALE.map((step) => ({ value: String(step.value), label: step.label }));

/** One question per theme, each a 1–5 scale; posts to the server without JavaScript too. */
export function PulseForm({ token, themes }: { token: string; themes: Theme[] }) {
  const schema = useMemo(() => pulseFormSchema(themes), [themes]);
  const { formAction, onSubmit, field, summary, pending } = useActionForm({ schema, action: submitPulseAction });
  // A problem with the link is not a field the person can fix: it is said above the form.
  const { token: linkError, ...fieldErrors } = summary.fieldErrors;
  return (
    <>
      <ErrorSummary {...summary} formError={summary.formError ?? linkError} fieldErrors={fieldErrors} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <input type="hidden" name="token" value={token} />
        {themes.map((theme, index) => (
          <Radios
            key={theme.key}
            legend={`${index + 1}. ${theme.name}`}
            hint="How confident do you feel talking about your work on this theme?"
            options={OPTIONS}
            {...field(theme.key)}
          />
        ))}
        <Button pending={pending}>Submit my answers</Button>
      </form>
    </>
  );
}
