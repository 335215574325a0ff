"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { Checkboxes } from "@/components/forms/checkboxes";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Radios } from "@/components/forms/radios";
import { TextInput } from "@/components/forms/text-input";
import { Textarea } from "@/components/forms/textarea";
import { addPointAction, setOutcomeAction, updatePointAction } from "../actions";
import { OUTCOMES, OUTCOME_LABELS } from "../domain";

type Point = {
  id: string;
  version: number;
  reference: string;
  draftText: string;
  correction: string;
  evidenceIds: string[];
};

/** Adds a point, or edits one when `point` is given (refused if someone saved it meanwhile). */
export function PointForm({ point, choices }: { point?: Point; choices: { id: string; title: string }[] }) {
  const [state, formAction, pending] = useActionState(point ? updatePointAction : addPointAction, idle);
  const values = state.status === "error" ? state.values : null;
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} className="mb-10 max-w-3xl">
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={errors} errorId={state.errorId} />
      ) : null}
      {point ? (
        <>
          <input type="hidden" name="id" value={point.id} />
          <input type="hidden" name="expectedVersion" value={point.version} />
        </>
      ) : null}
      <TextInput
        id="reference"
        name="reference"
        label="Where it is in the draft report (optional)"
        hint="For example, page 12, paragraph 3."
        widthClass="max-w-md"
        defaultValue={values?.reference ?? point?.reference ?? ""}
        error={errors.reference}
      />
      <Textarea
        id="draftText"
        name="draftText"
        label="What the draft report says"
        rows={4}
        defaultValue={values?.draftText ?? point?.draftText ?? ""}
        error={errors.draftText}
      />
      <Textarea
        id="correction"
        name="correction"
        label="The council's correction"
        hint="Say what is factually wrong or missing and what it should say."
        rows={5}
        defaultValue={values?.correction ?? point?.correction ?? ""}
        error={errors.correction}
      />
      {choices.length ? (
        <Checkboxes
          name="evidenceIds"
          legend="Evidence for the correction (optional)"
          hint="Ready or approved items from the evidence library."
          options={choices.map((item) => ({ value: item.id, label: item.title }))}
          defaultValue={values ? (values.evidenceIds ?? "") : (point?.evidenceIds.join("\n") ?? "")}
          error={errors.evidenceIds}
        />
      ) : (
        <p className="mb-6">
          No ready or approved evidence matches. Change the filter above, or mark evidence as ready in the library
          first.
        </p>
      )}
      <Button pending={pending}>{point ? "Save changes" : "Add point"}</Button>
    </form>
  );
}

/** What CQC decided on a point. */
export function OutcomeForm({
  point,
}: {
  point: { id: string; version: number; outcome: string; outcomeNote: string };
}) {
  const [state, formAction, pending] = useActionState(setOutcomeAction, idle);
  const values = state.status === "error" ? state.values : null;
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} className="mb-10 max-w-3xl">
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={errors} errorId={state.errorId} />
      ) : null}
      <input type="hidden" name="id" value={point.id} />
      <input type="hidden" name="expectedVersion" value={point.version} />
      <Radios
        name="outcome"
        legend="What did CQC decide?"
        options={OUTCOMES.map((value) => ({ value, label: OUTCOME_LABELS[value] }))}
        defaultValue={values?.outcome ?? point.outcome}
        error={errors.outcome}
      />
      <Textarea
        id="outcomeNote"
        name="outcomeNote"
        label="Note (optional)"
        hint="For example, what CQC changed in the report."
        rows={3}
        defaultValue={values?.outcomeNote ?? point.outcomeNote}
        error={errors.outcomeNote}
      />
      <Button pending={pending}>Save outcome</Button>
    </form>
  );
}
