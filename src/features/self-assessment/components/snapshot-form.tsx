"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { DateInput } from "@/components/forms/date-input";
import { Button } from "@/components/forms/button";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { useActionForm } from "@/components/forms/use-action-form";
import { createSnapshotAction } from "../actions";
import { createSnapshotSchema } from "../schema";

export function SnapshotForm({ today }: { today: string }) {
  const { state, formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: createSnapshotSchema,
    action: createSnapshotAction,
    defaults: { takenOn: today },
  });
  return (
    <>
      {state.status === "ok" ? (
        <NotificationBanner>
          <p>{state.message}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form
        key={state.status === "ok" ? state.message : "form"}
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        className="max-w-xl"
      >
        <TextInput label="Name" hint='For example "Baseline" or "Before notification"' {...field("name")} />
        <DateInput label="Date" {...field("takenOn")} />
        <Button pending={pending}>Take snapshot</Button>
      </form>
    </>
  );
}
