"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Button } from "@/components/forms/button";
import { joinWorkspaceAction } from "../actions";

export function JoinWorkspaceForm({ token, councilName }: { token: string; councilName: string }) {
  const [state, formAction, pending] = useActionState(joinWorkspaceAction, idle);
  return (
    <>
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={state.fieldErrors} errorId={state.errorId} />
      ) : null}
      <form action={formAction}>
        <input type="hidden" name="token" value={token} />
        <Button pending={pending}>Join {councilName}</Button>
      </form>
    </>
  );
}
