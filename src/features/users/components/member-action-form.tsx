"use client";

import { useActionState, type ReactNode } from "react";
import { idle, type ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { CopyLink } from "@/components/feedback/copy-link";

type Action = (previous: ActionResult, formData: FormData) => Promise<ActionResult>;

/** One small form acting on one member (change role, remove or restore access, renew the link). */
export function MemberActionForm({
  action,
  membershipId,
  label,
  personName,
  variant = "secondary",
  children,
}: {
  action: Action;
  membershipId: string;
  label: string;
  /** Read out after the label so each row's button is distinct to screen-reader users. */
  personName: string;
  variant?: "secondary" | "warning";
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      {children}
      <Button variant={variant} pending={pending} className="text-base">
        {label}
        <span className="sr-only"> for {personName}</span>
      </Button>
      <div role="status" className="w-full text-base">
        {state.status === "error" ? (
          <p className="font-bold text-[var(--color-error)]">
            {state.formError ?? Object.values(state.fieldErrors)[0]}
          </p>
        ) : null}
        {state.status === "ok" ? <p className="font-bold">{state.message}</p> : null}
        {state.status === "ok" && state.data?.link ? <CopyLink link={state.data.link} /> : null}
      </div>
    </form>
  );
}
