"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { Checkboxes } from "@/components/forms/checkboxes";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { DateInput } from "@/components/forms/date-input";
import { Textarea } from "@/components/forms/textarea";
import { setTimelineDateAction, setVisitWeeksAction } from "../actions";

type Entered = { date: string; confirmed: boolean; note: string } | null;

/** One key date: enter it (and tick when CQC has confirmed it), or go back to the expected date. */
export function TimelineDateForm({
  dateKey,
  label,
  entered,
  clearLabel,
}: {
  dateKey: string;
  label: string;
  entered: Entered;
  clearLabel: string;
}) {
  const [state, formAction, pending] = useActionState(setTimelineDateAction, idle);
  const values = state.status === "error" ? state.values : null;
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} className="max-w-xl">
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={errors} errorId={state.errorId} />
      ) : null}
      <input type="hidden" name="key" value={dateKey} />
      <DateInput
        id="date"
        name="date"
        label={label}
        defaultValue={values?.date ?? entered?.date ?? ""}
        error={errors.date}
      />
      <Checkboxes
        name="confirmed"
        legend="Has CQC confirmed it?"
        options={[{ value: "yes", label: "Confirmed by CQC" }]}
        defaultValue={values ? (values.confirmed ?? "") : entered?.confirmed ? "yes" : ""}
        error={errors.confirmed}
      />
      <Textarea
        id="note"
        name="note"
        label="Note (optional)"
        hint="For example, where CQC said so: a letter, an e-mail or a call, and when."
        rows={3}
        defaultValue={values?.note ?? entered?.note ?? ""}
        error={errors.note}
      />
      <div className="flex flex-wrap gap-4">
        <Button pending={pending} name="intent" value="save">
          Save date
        </Button>
        {entered ? (
          <Button variant="secondary" pending={pending} name="intent" value="clear">
            {clearLabel}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** The timeline's setting: how many weeks after notification the on-site visit is expected. */
export function VisitWeeksForm({ value }: { value: number }) {
  const [state, formAction, pending] = useActionState(setVisitWeeksAction, idle);
  return (
    <form action={formAction} className="mb-8 max-w-xl">
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={state.fieldErrors} errorId={state.errorId} />
      ) : null}
      <TextInput
        id="visitWeeks"
        name="visitWeeks"
        label="Expected on-site visit, in weeks after notification"
        hint="In 2025 CQC's visits came 5 to 7 months (22 to 30 weeks) after notification; 26 is about 6 months. The visit dates below follow it until you enter the dates CQC gives."
        inputMode="numeric"
        width={3}
        defaultValue={state.status === "error" ? state.values.visitWeeks : String(value)}
        error={state.status === "error" ? state.fieldErrors.visitWeeks : undefined}
      />
      <Button variant="secondary" pending={pending}>
        Save visit setting
      </Button>
    </form>
  );
}
