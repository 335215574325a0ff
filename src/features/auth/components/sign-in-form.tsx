"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { signInAction } from "../actions";
import { signInSchema } from "../schema";

export function SignInForm({ next, extraError }: { next?: string; extraError?: string }) {
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: signInSchema,
    action: signInAction,
  });
  return (
    <>
      <ErrorSummary formError={formError ?? extraError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl">
        {next ? <input type="hidden" {...field("next")} defaultValue={next} /> : null}
        <TextInput label="E-mail address" type="email" autoComplete="username" spellCheck={false} {...field("email")} />
        <TextInput label="Password" type="password" autoComplete="current-password" {...field("password")} />
        <Button pending={pending}>Sign in</Button>
      </form>
    </>
  );
}
