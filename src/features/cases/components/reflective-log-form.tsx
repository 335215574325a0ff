"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Textarea } from "@/components/forms/textarea";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveReflectiveLogAction, signOffReflectiveLogAction } from "../actions";
import { reflectiveLogSchema } from "../schema";
import { REFLECTION_FIELDS } from "../domain";

type Log = {
  journey: string;
  wentWell: string;
  couldBeBetter: string;
  personVoice: string;
  outcomes: string;
  version: number;
} | null;

export function ReflectiveLogForm({ caseId, log }: { caseId: string; log: Log }) {
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: reflectiveLogSchema,
    action: saveReflectiveLogAction,
    defaults: log
      ? {
          journey: log.journey,
          wentWell: log.wentWell,
          couldBeBetter: log.couldBeBetter,
          personVoice: log.personVoice,
          outcomes: log.outcomes,
        }
      : {},
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <input type="hidden" name="caseId" value={caseId} />
        <input type="hidden" name="expectedVersion" value={log?.version ?? 0} readOnly />
        {REFLECTION_FIELDS.map((entry) => (
          <Textarea
            key={entry.name}
            label={entry.label}
            hint={entry.hint || undefined}
            rows={5}
            wordCount
            {...field(entry.name)}
          />
        ))}
        <div className="flex flex-wrap gap-4">
          <Button name="intent" value="save" variant="secondary" pending={pending}>
            Save as draft
          </Button>
          <Button name="intent" value="submit" pending={pending}>
            Send for sign-off
          </Button>
        </div>
      </form>
    </>
  );
}

export function SignOffForm({ caseId }: { caseId: string }) {
  const [state, formAction, pending] = useActionState(signOffReflectiveLogAction, idle);
  return (
    <form action={formAction} className="max-w-3xl">
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={state.fieldErrors} errorId={state.errorId} />
      ) : null}
      <input type="hidden" name="caseId" value={caseId} />
      <div className="flex flex-wrap gap-4">
        <Button name="decision" value="sign_off" pending={pending}>
          Sign off the reflective log
        </Button>
        <Button name="decision" value="return" variant="secondary" pending={pending}>
          Return it to the author
        </Button>
      </div>
    </form>
  );
}
