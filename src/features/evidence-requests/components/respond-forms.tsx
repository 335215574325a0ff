"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { Textarea } from "@/components/forms/textarea";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { declineRequestAction, withdrawRequestAction } from "../actions";
import { declineRequestSchema, withdrawRequestSchema } from "../schema";

export function DeclineRequestForm({ requestId }: { requestId: string }) {
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: declineRequestSchema,
    action: declineRequestAction,
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <input type="hidden" name="requestId" value={requestId} />
        <Textarea
          label="Why can you not provide it?"
          hint="For example: we do not collect this, or another team holds it (say which)."
          rows={3}
          {...field("reason")}
        />
        <Button variant="secondary" pending={pending}>
          Decline the request
        </Button>
      </form>
    </>
  );
}

export function WithdrawRequestForm({ requestId }: { requestId: string }) {
  const { formAction, onSubmit, formError, fieldErrors, errorId, pending } = useActionForm({
    schema: withdrawRequestSchema,
    action: withdrawRequestAction,
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="requestId" value={requestId} />
        <Button variant="warning" pending={pending}>
          Withdraw the request
        </Button>
      </form>
    </>
  );
}
