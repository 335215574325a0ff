"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { applyOutcomeImportAction } from "../actions";
import { applyOutcomeImportSchema } from "../schema";

/** Names the checked set and applies it, whole. */
export function ApplyImportForm({ importId, councils }: { importId: string; councils: number }) {
  const { formAction, onSubmit, field, summary, pending } = useActionForm({
    schema: applyOutcomeImportSchema,
    action: applyOutcomeImportAction,
    defaults: { importId },
  });
  return (
    <>
      <ErrorSummary {...summary} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="mb-8 max-w-3xl">
        <input type="hidden" name="importId" value={importId} />
        <TextInput
          label="Name of this version"
          hint="Shown beside every benchmark figure, such as March 2027."
          widthClass="max-w-md"
          {...field("version")}
        />
        <TextInput
          label="Where these outcomes come from"
          hint="Such as CQC assessment reports published up to March 2027."
          {...field("source")}
        />
        <Button pending={pending}>Apply all {councils} councils</Button>
      </form>
    </>
  );
}
