"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { useForm, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { idle, type ActionResult } from "@/lib/actions/result";

/**
 * Connects a form to a server action so it works the same with and without JavaScript.
 * - Without JavaScript the browser posts the form; the server validates and re-renders it with
 *   the user's values and errors (`defaultValue` on every field).
 * - With JavaScript the same zod schema validates first (react-hook-form); a valid form is sent to
 *   the same action as FormData, and the typed text stays in the fields whatever comes back.
 */
type ServerAction = (previous: ActionResult, formData: FormData) => Promise<ActionResult>;

export function useActionForm<I extends FieldValues, O extends FieldValues>({
  schema,
  action,
  defaults = {},
}: {
  schema: z.ZodType<O, I>;
  action: ServerAction;
  defaults?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  const form = useForm<I, unknown, O>({
    resolver: zodResolver<I, unknown, O, z.ZodType<O, I>>(schema),
    mode: "onSubmit",
    reValidateMode: "onChange",
    // The error summary takes focus, as the GOV.UK pattern asks, not the first field.
    shouldFocusError: false,
  });

  const clientErrors: Record<string, string> = {};
  for (const [name, error] of Object.entries(form.formState.errors)) {
    if (error && typeof error.message === "string") clientErrors[name] = error.message;
  }
  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const fieldErrors = hasClientErrors ? clientErrors : state.status === "error" ? state.fieldErrors : {};
  const formError = hasClientErrors ? undefined : state.status === "error" ? state.formError : undefined;
  const values: Record<string, string> = state.status === "error" ? { ...defaults, ...state.values } : defaults;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const element = event.currentTarget;
    void form.handleSubmit(() => {
      startTransition(() => formAction(new FormData(element)));
    })(event);
  }

  /** Everything a field component needs: name, id, registration, the value to show and its error. */
  function field(name: Path<I> & string) {
    return { ...form.register(name), id: name, defaultValue: values[name] ?? "", error: fieldErrors[name] };
  }

  return { state, formAction, pending, onSubmit, field, fieldErrors, formError, errorId: state.status === "error" ? state.errorId : undefined };
}
