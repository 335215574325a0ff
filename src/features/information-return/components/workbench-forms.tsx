"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { DateInput } from "@/components/forms/date-input";
import { setNotificationDateAction, startInformationReturnAction } from "../actions";

/** The notification date: the information return's due date, and the assessment timeline, follow from it. */
export function NotificationDateForm({
  value,
  hint = "The information return is due three weeks later.",
}: {
  value: string;
  hint?: string;
}) {
  const [state, formAction, pending] = useActionState(setNotificationDateAction, idle);
  return (
    <form action={formAction} className="mb-8 max-w-xl">
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={state.fieldErrors} errorId={state.errorId} />
      ) : null}
      {state.status === "ok" ? (
        <p role="status" className="mb-2 font-bold">
          {state.message}
        </p>
      ) : null}
      <DateInput
        id="notificationDate"
        name="notificationDate"
        label="Date CQC notified the council"
        hint={`${hint} For example, 2 11 2026.`}
        defaultValue={state.status === "error" ? state.values.notificationDate : value}
        error={state.status === "error" ? state.fieldErrors.notificationDate : undefined}
      />
      <Button variant="secondary" pending={pending}>
        Save notification date
      </Button>
    </form>
  );
}

export function StartReturnForm() {
  const [state, formAction, pending] = useActionState(startInformationReturnAction, idle);
  return (
    <form action={formAction}>
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={state.fieldErrors} errorId={state.errorId} />
      ) : null}
      <Button pending={pending}>Start from the standard list</Button>
    </form>
  );
}
