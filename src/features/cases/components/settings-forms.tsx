"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { Select } from "@/components/forms/select";
import { Radios } from "@/components/forms/radios";
import { Checkboxes } from "@/components/forms/checkboxes";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { addAuditQuestionAction, addCohortAction, closeCaseTrackingAction, setUpCaseTrackingAction } from "../actions";
import { auditQuestionSchema, closeCaseTrackingSchema, cohortSchema } from "../schema";

export function SetUpCaseTrackingForm() {
  const [state, formAction, pending] = useActionState(setUpCaseTrackingAction, idle);
  return (
    <form action={formAction}>
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={state.fieldErrors} errorId={state.errorId} />
      ) : null}
      <Button pending={pending}>Set up case tracking</Button>
    </form>
  );
}

function Saved({ message }: { message?: string }) {
  return (
    <p role="status" className="mb-2 font-bold">
      {message ?? ""}
    </p>
  );
}

export function AddCohortForm() {
  const { state, formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: cohortSchema,
    action: addCohortAction,
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <Saved message={state.status === "ok" ? state.message : undefined} />
      <form
        key={state.status === "ok" ? state.message : "form"}
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        className="max-w-xl"
      >
        <TextInput label="New cohort or pathway" widthClass="max-w-md" {...field("name")} />
        <Button variant="secondary" pending={pending}>
          Add cohort
        </Button>
      </form>
    </>
  );
}

export function AddQuestionForm({ statements }: { statements: { key: string; number: number; name: string }[] }) {
  const { state, formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: auditQuestionSchema,
    action: addAuditQuestionAction,
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <Saved message={state.status === "ok" ? state.message : undefined} />
      <form
        key={state.status === "ok" ? state.message : "form"}
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        className="max-w-3xl"
      >
        <TextInput
          label="New audit question"
          hint='Answerable with yes, partly, no or not applicable, for example "Was the carer offered an assessment?"'
          {...field("text")}
        />
        <Select
          label="Quality statement it informs"
          options={[
            { value: "", label: "Choose a quality statement" },
            ...statements.map((statement) => ({
              value: statement.key,
              label: `${statement.number}. ${statement.name}`,
            })),
          ]}
          {...field("statementKey")}
        />
        <Button variant="secondary" pending={pending}>
          Add question
        </Button>
      </form>
    </>
  );
}

/** The one deliberate step after the assessment: anonymise or delete every case. */
export function CloseCaseTrackingForm({ cases }: { cases: number }) {
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: closeCaseTrackingSchema,
    action: closeCaseTrackingAction,
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <Radios
          legend={`What should happen to all ${cases} cases?`}
          options={[
            {
              value: "anonymise",
              label: "Anonymise them",
              hint: "Keeps the numbers (cohorts, teams, audit answers, dates to the month) and removes references, practitioners, support types, equality information, contact logs, audit notes and reflective log text.",
            },
            {
              value: "delete",
              label: "Delete them",
              hint: "Removes every case with its audit, reflective log and contacts. Audit results on the statement pages go too.",
            },
          ]}
          {...field("mode")}
        />
        <Checkboxes
          legend="Confirm"
          options={[{ value: "yes", label: "I understand this applies to every case and cannot be undone" }]}
          {...field("confirm")}
        />
        <Button variant="warning" pending={pending}>
          Apply to all cases
        </Button>
      </form>
    </>
  );
}
