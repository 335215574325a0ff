"use client";

import { useActionState } from "react";
import { idle, type ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Textarea } from "@/components/forms/textarea";
import { agreeStatementAction, reopenStatementAction, submitStatementAction } from "../actions";
import type { StatementStatus } from "../domain";

type Action = (previous: ActionResult, formData: FormData) => Promise<ActionResult>;

function StepForm({
  action,
  statementKey,
  version,
  label,
  children,
}: {
  action: Action;
  statementKey: string;
  version: number;
  label: string;
  children?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="mb-4">
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={state.fieldErrors} errorId={state.errorId} />
      ) : null}
      <input type="hidden" name="statementKey" value={statementKey} />
      <input type="hidden" name="expectedVersion" value={version} readOnly />
      {children}
      <Button variant="secondary" pending={pending}>
        {label}
      </Button>
    </form>
  );
}

/** The review steps this member may take from the statement's current status. */
export function ReviewActions({
  statementKey,
  version,
  status,
  may,
}: {
  statementKey: string;
  version: number;
  status: StatementStatus;
  may: { submit: boolean; agree: boolean; reopen: boolean };
}) {
  const steps = [
    may.submit && status === "in_progress" ? (
      <StepForm
        key="submit"
        action={submitStatementAction}
        statementKey={statementKey}
        version={version}
        label="Submit for review"
      />
    ) : null,
    may.agree && status === "ready_for_review" ? (
      <StepForm
        key="agree"
        action={agreeStatementAction}
        statementKey={statementKey}
        version={version}
        label="Agree statement"
      />
    ) : null,
    may.reopen && (status === "agreed" || status === "ready_for_review") ? (
      <StepForm
        key="reopen"
        action={reopenStatementAction}
        statementKey={statementKey}
        version={version}
        label="Reopen statement"
      >
        <Textarea
          id="reason"
          name="reason"
          label="Why reopen it"
          hint="Recorded in the history with your name."
          rows={2}
        />
      </StepForm>
    ) : null,
  ].filter(Boolean);
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="review-heading" className="mb-10 border-l-4 border-blue-800 pl-4">
      <h2 id="review-heading" className="mb-4 text-2xl font-bold">
        Review
      </h2>
      {steps}
    </section>
  );
}
