"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptInvitationAction } from "../actions";
import { acceptInvitationSchema } from "../schema";

export function AcceptInvitationForm({ token, name }: { token: string; name: string }) {
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: acceptInvitationSchema,
    action: acceptInvitationAction,
    defaults: { name },
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl">
        <input type="hidden" {...field("token")} defaultValue={token} />
        <TextInput label="Your full name" autoComplete="name" {...field("name")} />
        <TextInput
          label="Create a password"
          hint="At least 12 characters, and not a common password. A few random words make a strong password that is easy to remember."
          type="password"
          autoComplete="new-password"
          {...field("password")}
        />
        <TextInput
          label="Confirm your password"
          type="password"
          autoComplete="new-password"
          {...field("confirmPassword")}
        />
        <Button pending={pending}>Accept invitation</Button>
      </form>
    </>
  );
}
