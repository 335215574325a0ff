"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { setupAction } from "../actions";
import { setupSchema } from "../schema";

export function SetupForm() {
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: setupSchema,
    action: setupAction,
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl">
        <TextInput
          label="Council name"
          hint="As it should appear on every page, for example Eastvale Borough Council"
          autoComplete="organization"
          {...field("councilName")}
        />
        <h2 className="mb-4 mt-8 text-2xl font-bold">You, the first administrator</h2>
        <TextInput label="Your full name" autoComplete="name" {...field("name")} />
        <TextInput label="E-mail address" type="email" autoComplete="email" spellCheck={false} {...field("email")} />
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
        <Button pending={pending}>Create workspace</Button>
      </form>
    </>
  );
}
