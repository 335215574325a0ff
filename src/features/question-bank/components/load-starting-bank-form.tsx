"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Button } from "@/components/forms/button";
import { loadStartingBankAction } from "../actions";

/** One button that fills an empty bank with the starting questions. */
export function LoadStartingBankForm({ size }: { size: number }) {
  const [state, formAction, pending] = useActionState(loadStartingBankAction, idle);
  return (
    <form action={formAction}>
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={state.fieldErrors} errorId={state.errorId} />
      ) : null}
      <Button pending={pending}>Load the starting bank of {size} questions</Button>
    </form>
  );
}
