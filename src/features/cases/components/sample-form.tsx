"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { changeSampleAction } from "../actions";
import { SAMPLE_FORM_ID } from "./sample-form-id";

/**
 * Moves the ticked cases (checkboxes in the table, tied to this form by its id) to a stage of the
 * sample. Works without JavaScript: the buttons post the form.
 */
export function SampleForm() {
  const [state, formAction, pending] = useActionState(changeSampleAction, idle);
  return (
    <form id={SAMPLE_FORM_ID} action={formAction} className="mb-4">
      <fieldset>
        <legend className="mb-2 font-bold">With the cases ticked below</legend>
        <div className="flex flex-wrap gap-2">
          <Button name="stage" value="long_list" variant="secondary" pending={pending}>
            Put on the long list
          </Button>
          <Button name="stage" value="selected" variant="secondary" pending={pending}>
            Mark as selected by CQC
          </Button>
          <Button name="stage" value="engaged" variant="secondary" pending={pending}>
            Mark as engaged
          </Button>
          <Button name="stage" value="none" variant="secondary" pending={pending}>
            Take out of the sample
          </Button>
        </div>
      </fieldset>
      <div role="status" className="mt-2">
        {state.status === "error" ? (
          <p className="font-bold text-[var(--color-error)]">
            {state.formError ?? Object.values(state.fieldErrors)[0]}
          </p>
        ) : null}
        {state.status === "ok" ? <p className="font-bold">{state.message}</p> : null}
      </div>
    </form>
  );
}
