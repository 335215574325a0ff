"use client";

import { useActionState } from "react";
import { idle, type ActionResult } from "@/lib/actions/result";
import { Button } from "./button";
import { ErrorSummary } from "./error-summary";

type ImportAction = (previous: ActionResult, formData: FormData) => Promise<ActionResult>;

/** Confirms a checked import: everything, or (only when chosen) the valid rows without the others. */
export function ImportConfirm({
  action,
  importId,
  valid,
  invalid,
}: {
  action: ImportAction;
  importId: string;
  valid: number;
  invalid: number;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <>
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={state.fieldErrors} errorId={state.errorId} />
      ) : null}
      <form action={formAction} className="flex flex-wrap gap-4">
        <input type="hidden" name="importId" value={importId} />
        {invalid === 0 ? (
          <Button pending={pending}>Import {valid} rows</Button>
        ) : valid > 0 ? (
          <Button name="dropInvalid" value="yes" variant="warning" pending={pending}>
            Import the {valid} valid rows and leave out {invalid}
          </Button>
        ) : null}
      </form>
    </>
  );
}
