"use client";

import { useActionState } from "react";
import { idle, type ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";

type Action = (previous: ActionResult, formData: FormData) => Promise<ActionResult>;

/** The button that starts an export; on success the action goes on to the export's progress page. */
export function StartExportForm({ action, label }: { action: Action; label: string }) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="mb-2">
      <Button variant="secondary" pending={pending}>
        {label}
      </Button>
      <div role="status" className="text-base">
        {state.status === "error" ? (
          <p className="font-bold text-[var(--color-error)]">{state.formError ?? "Try again in a minute."}</p>
        ) : null}
      </div>
    </form>
  );
}
