"use client";

import { useActionState, type ReactNode } from "react";
import { idle, type ActionResult } from "@/lib/actions/result";
import { Button } from "./button";

type Action = (previous: ActionResult, formData: FormData) => Promise<ActionResult>;

/**
 * One button acting on one thing in a list (remove a cohort, retire a question), with its result
 * or error said next to it. `target` is read out after the label so each row's button is distinct.
 */
export function SmallActionForm({
  action,
  fields,
  label,
  target,
  variant = "secondary",
  children,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  target: string;
  variant?: "secondary" | "warning";
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Button variant={variant} pending={pending} className="text-base">
        {label}
        <span className="sr-only"> {target}</span>
      </Button>
      <div role="status" className="w-full text-base">
        {state.status === "error" ? (
          <p className="font-bold text-[var(--color-error)]">
            {state.formError ?? Object.values(state.fieldErrors)[0]}
          </p>
        ) : null}
        {state.status === "ok" ? <p className="font-bold">{state.message}</p> : null}
      </div>
    </form>
  );
}
