"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { importEvidenceAction } from "../actions";

/** Import everything, or (only when chosen) the valid rows without the others. */
export function ImportConfirm({ importId, valid, invalid }: { importId: string; valid: number; invalid: number }) {
  const [state, formAction, pending] = useActionState(importEvidenceAction, idle);
  return (
    <>
      {state.status === "error" ? <ErrorSummary formError={state.formError} fieldErrors={state.fieldErrors} errorId={state.errorId} /> : null}
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
