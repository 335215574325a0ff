"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { settleFollowUpRequestAction } from "../actions";

/** Mark one open request as sent (saying what was sent) or withdrawn, from the list. */
export function SettleRequestForm({ requestId, label }: { requestId: string; label: string }) {
  const [state, formAction, pending] = useActionState(settleFollowUpRequestAction, idle);
  const error =
    state.status === "error"
      ? (state.fieldErrors.response ?? state.formError ?? Object.values(state.fieldErrors)[0])
      : undefined;
  const id = `response-${requestId}`;
  return (
    <form action={formAction} className="max-w-md">
      <input type="hidden" name="requestId" value={requestId} />
      <label htmlFor={id} className="block font-bold">
        What was sent<span className="sr-only"> for {label}</span>
      </label>
      {error ? (
        <p id={`${id}-error`} className="font-bold text-[var(--color-error)]">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name="response"
        rows={2}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        defaultValue={state.status === "error" ? state.values.response : ""}
        className="mt-1 block w-full border-2 border-ink p-2"
      />
      <div className="mt-2 flex flex-wrap gap-2">
        <Button name="status" value="sent" variant="secondary" pending={pending} className="text-base">
          Mark sent<span className="sr-only"> {label}</span>
        </Button>
        <Button name="status" value="withdrawn" variant="warning" pending={pending} className="text-base">
          Withdrawn<span className="sr-only"> {label}</span>
        </Button>
      </div>
      <div role="status">{state.status === "ok" ? <p className="font-bold">{state.message}</p> : null}</div>
    </form>
  );
}
