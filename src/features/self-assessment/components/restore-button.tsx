"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { restoreRevisionAction } from "../actions";

export function RestoreButton({
  statementKey,
  revisionId,
  version,
  label,
}: {
  statementKey: string;
  revisionId: string;
  version: number;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(restoreRevisionAction, idle);
  return (
    <form action={formAction}>
      <input type="hidden" name="statementKey" value={statementKey} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="expectedVersion" value={version} readOnly />
      <Button variant="secondary" pending={pending} className="text-base">
        Restore<span className="sr-only"> {label}</span>
      </Button>
      {state.status === "error" ? (
        <p role="alert" className="mt-1 text-base font-bold text-[var(--color-error)]">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
