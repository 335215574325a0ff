"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useForm, type FieldValues, type Path, type PathValue } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { formDataToObject } from "@/lib/actions/form-data";
import { idle, type ActionResult, type FieldErrors } from "@/lib/actions/result";

/**
 * Connects a form to a server action so it works the same with and without JavaScript.
 * - Without JavaScript (or before it loads) the browser posts the form to `formAction`; the server
 *   validates and the page re-renders with the user's values and errors (`field()` gives every
 *   input its `defaultValue`).
 * - With JavaScript the same zod schema checks the form first, on the very FormData about to be
 *   sent (shaped as the server shapes it), so browser and server always agree. If it fails nothing
 *   is sent and the errors show at once; if it passes, that FormData goes to the same action.
 *
 * Use: `<ErrorSummary {...summary} />` and `<form action={formAction} onSubmit={onSubmit} noValidate>`
 * with `<TextInput label="Title" {...field("title")} />` for each field.
 */
export type ServerAction = (previous: ActionResult, formData: FormData) => Promise<ActionResult>;

export function useActionForm<I extends FieldValues, O extends FieldValues>({
  schema,
  action,
  defaultValues = {},
  defaults,
}: {
  schema: z.ZodType<O, I>;
  action: ServerAction;
  /** What the fields show first, as the strings a form sends (one per line for checkboxes). */
  defaultValues?: Record<string, string>;
  /** Same as `defaultValues` (the earlier name). */
  defaults?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  // react-hook-form's own values differ from what a browser sends (an untouched checkbox group is
  // `false`, not absent), so the resolver checks the submitted FormData when there is one.
  const submitted = useRef<FormData | null>(null);
  const resolve = zodResolver<I, unknown, O, z.ZodType<O, I>>(schema);
  const form = useForm<I, unknown, O>({
    resolver: (values, context, options) => {
      const sent = submitted.current;
      // The schema's input is, by design, a submitted form as formDataToObject shapes it on the server.
      return resolve(sent ? (formDataToObject(sent) as unknown as I) : values, context, options);
    },
    mode: "onSubmit",
    // Messages change only when the user submits again, as GOV.UK asks; re-checking on every
    // keystroke would also move focus back to the summary mid-word.
    reValidateMode: "onSubmit",
    // The error summary takes focus, as the GOV.UK pattern asks, not the first field.
    shouldFocusError: false,
  });

  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  // Bumped on every failed attempt, client or server, so the error summary is focused each time.
  const [attempt, setAttempt] = useState(0);
  const [lastState, setLastState] = useState(state);
  if (lastState !== state) {
    setLastState(state);
    if (state.status === "error") setAttempt((count) => count + 1);
  }

  const serverErrors = state.status === "error" ? state.fieldErrors : {};
  // The client's answer is newer than the server's where both speak of a field; server-only
  // checks (an e-mail already in use) stay until the server answers again.
  const { "": clientFormError, ...clientFieldErrors } = clientErrors;
  const errors: FieldErrors = { ...serverErrors, ...clientFieldErrors };
  // A check on the whole form (a zod refine with no path) has no field to link to.
  const formError = clientFormError ?? (state.status === "error" ? state.formError : undefined);
  const errorId = state.status === "error" ? state.errorId : undefined;
  const values: Record<string, string> = {
    ...(defaults ?? defaultValues),
    ...(state.status === "error" ? state.values : {}),
  };

  // After an error the server sends back what it received. Fields that came back empty (a form
  // reset, a remount) are filled again; a field with text is left alone, so nothing typed while
  // the form was being sent is overwritten. Passwords never come back, by design.
  useEffect(() => {
    if (state.status !== "error") return;
    for (const [name, value] of Object.entries(state.values)) {
      if (value === "") continue;
      const path = name as Path<I>;
      const current: unknown = form.getValues(path);
      if (!isEmpty(current)) continue;
      // A checkbox group holds an array; the server joins repeated values with new lines.
      const next = Array.isArray(current) ? value.split("\n").filter(Boolean) : value;
      form.setValue(path, next as PathValue<I, Path<I>>);
    }
  }, [state, form]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (pending) {
      event.preventDefault(); // a second click while the first is being sent
      return;
    }
    // The clicked button's name and value belong in the FormData, as a native submit sends them.
    const submitter = event.nativeEvent instanceof SubmitEvent ? event.nativeEvent.submitter : null;
    const data = new FormData(event.currentTarget, submitter);
    submitted.current = data;
    // handleSubmit calls preventDefault before validating, so the browser never posts as well.
    void form
      .handleSubmit(
        () => {
          setClientErrors({});
          startTransition(() => formAction(data));
        },
        (invalid) => {
          setClientErrors(flattenMessages(invalid));
          setAttempt((count) => count + 1);
        },
      )(event)
      .finally(() => {
        submitted.current = null; // a later form.trigger() checks the fields as they are then
      });
  }

  /** Everything a field component needs: registration, id (= name), the value to show and its error. */
  function field(name: Path<I> & string) {
    return { ...form.register(name), id: name, defaultValue: values[name] ?? "", error: errors[name] };
  }

  return {
    form,
    state,
    formAction,
    pending,
    onSubmit,
    field,
    /** Field errors shown now: client checks and the server's, by field name. */
    errors,
    /** Same as `errors` (the earlier name). */
    fieldErrors: errors,
    formError,
    errorId,
    /** Props for `<ErrorSummary {...summary} />`. */
    summary: { formError, fieldErrors: errors, errorId, focusKey: attempt },
  };
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === "" ||
    value === false ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * react-hook-form nests errors by path ({ tags: [, { message }] }); the summary and the server
 * use flat dotted keys ("tags.1"), the same as zod issue paths joined with dots.
 */
function flattenMessages(errors: object, prefix = "", into: FieldErrors = {}): FieldErrors {
  for (const [key, entry] of Object.entries(errors)) {
    if (key === "ref" || typeof entry !== "object" || entry === null) continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const message: unknown = (entry as { message?: unknown }).message;
    if (typeof message === "string" && message) into[key === "root" && prefix ? prefix : name] ??= message;
    else flattenMessages(entry, name, into);
  }
  return into;
}
