"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Select } from "@/components/forms/select";
import { TextInput } from "@/components/forms/text-input";
import { DateInput } from "@/components/forms/date-input";
import { Textarea } from "@/components/forms/textarea";
import { addChecklistItemAction, startChecklistAction, updateChecklistItemAction } from "../actions";
import { CHECKLIST_PHASES, PHASE_LABELS } from "../domain";

export function StartChecklistForm() {
  const [state, formAction, pending] = useActionState(startChecklistAction, idle);
  return (
    <form action={formAction}>
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={state.fieldErrors} errorId={state.errorId} />
      ) : null}
      <Button pending={pending}>Start the checklist</Button>
    </form>
  );
}

type Item = { id: string; phase: string; text: string; owner: string; dueDate: string; follows?: string | null };

/** Adds an item, or edits one when `item` is given. */
export function ChecklistItemForm({ item, phase }: { item?: Item; phase?: string }) {
  const [state, formAction, pending] = useActionState(item ? updateChecklistItemAction : addChecklistItemAction, idle);
  const values = state.status === "error" ? state.values : null;
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} className="max-w-xl">
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={errors} errorId={state.errorId} />
      ) : null}
      {item ? <input type="hidden" name="id" value={item.id} /> : null}
      <Select
        id="phase"
        name="phase"
        label="Phase"
        defaultValue={values?.phase ?? item?.phase ?? phase ?? "notification"}
        error={errors.phase}
        options={CHECKLIST_PHASES.map((value) => ({ value, label: PHASE_LABELS[value] }))}
      />
      <Textarea
        id="text"
        name="text"
        label="What needs to be done"
        rows={3}
        defaultValue={values?.text ?? item?.text ?? ""}
        error={errors.text}
      />
      <TextInput
        id="owner"
        name="owner"
        label="Owner (optional)"
        hint="A name or a team."
        widthClass="max-w-md"
        defaultValue={values?.owner ?? item?.owner ?? ""}
        error={errors.owner}
      />
      <DateInput
        id="dueDate"
        name="dueDate"
        label="Due date (optional)"
        hint={
          item?.follows
            ? `Follows the timeline: ${item.follows}. It moves when that date changes; enter another date (for example, 14 12 2026) to set it yourself.`
            : undefined
        }
        defaultValue={values?.dueDate ?? item?.dueDate ?? ""}
        error={errors.dueDate}
      />
      <Button pending={pending}>{item ? "Save item" : "Add item"}</Button>
    </form>
  );
}
