"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Select } from "@/components/forms/select";
import { DateInput } from "@/components/forms/date-input";
import { Textarea } from "@/components/forms/textarea";
import { linkEvidenceAction, unlinkEvidenceAction, updateInformationReturnItemAction } from "../actions";
import { IR_STATUSES, IR_STATUS_LABELS } from "../domain";

type Item = { id: string; ownerId: string | null; status: string; dueDate: Date | null; notes: string };

export function ItemForm({ item, owners }: { item: Item; owners: { id: string; name: string }[] }) {
  const [state, formAction, pending] = useActionState(updateInformationReturnItemAction, idle);
  const values = state.status === "error" ? state.values : null;
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} className="mb-10 max-w-xl">
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={errors} errorId={state.errorId} />
      ) : null}
      <input type="hidden" name="id" value={item.id} />
      <Select
        id="ownerId"
        name="ownerId"
        label="Owner"
        defaultValue={values?.ownerId ?? item.ownerId ?? ""}
        error={errors.ownerId}
        options={[
          { value: "", label: "Not assigned" },
          ...owners.map((owner) => ({ value: owner.id, label: owner.name })),
        ]}
      />
      <Select
        id="status"
        name="status"
        label="Status"
        defaultValue={values?.status ?? item.status}
        error={errors.status}
        options={IR_STATUSES.map((status) => ({ value: status, label: IR_STATUS_LABELS[status] }))}
      />
      <DateInput
        id="dueDate"
        name="dueDate"
        label="Own due date (optional)"
        hint="Only if CQC gave this item a different date from the rest of the return. For example, 23 11 2026."
        defaultValue={values?.dueDate ?? (item.dueDate ? item.dueDate.toISOString().slice(0, 10) : "")}
        error={errors.dueDate}
      />
      <Textarea
        id="notes"
        name="notes"
        label="Notes"
        rows={4}
        defaultValue={values?.notes ?? item.notes}
        error={errors.notes}
      />
      <Button pending={pending}>Save item</Button>
    </form>
  );
}

export function LinkEvidenceForm({
  itemId,
  evidenceItemId,
  title,
}: {
  itemId: string;
  evidenceItemId: string;
  title: string;
}) {
  const [state, formAction, pending] = useActionState(linkEvidenceAction, idle);
  const pointerId = `pointer-${evidenceItemId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="evidenceItemId" value={evidenceItemId} />
      <div>
        <label htmlFor={pointerId} className="block text-base">
          Page or section<span className="sr-only"> in {title}</span> (optional)
        </label>
        <input id={pointerId} name="pointer" className="border-2 border-gray-900 p-1" />
      </div>
      <Button variant="secondary" pending={pending} className="text-base">
        Link<span className="sr-only"> {title}</span>
      </Button>
      {state.status === "error" ? (
        <p role="alert" className="w-full font-bold text-[var(--color-error)]">
          {state.formError ?? Object.values(state.fieldErrors)[0]}
        </p>
      ) : null}
    </form>
  );
}

export function UnlinkEvidenceForm({
  itemId,
  evidenceItemId,
  title,
}: {
  itemId: string;
  evidenceItemId: string;
  title: string;
}) {
  const [, formAction, pending] = useActionState(unlinkEvidenceAction, idle);
  return (
    <form action={formAction}>
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="evidenceItemId" value={evidenceItemId} />
      <Button variant="link" pending={pending} className="text-base">
        Remove<span className="sr-only"> {title}</span>
      </Button>
    </form>
  );
}
