"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { Checkboxes } from "@/components/forms/checkboxes";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { addQuestionsAction } from "../actions";
import { addQuestionsSchema } from "../schema";

/** Tick questions from the bank to add them to the session, after those already chosen. */
export function QuestionChoiceForm({
  sessionId,
  options,
}: {
  sessionId: string;
  options: { value: string; label: string; hint?: string }[];
}) {
  const { formAction, onSubmit, field, summary, pending } = useActionForm({
    schema: addQuestionsSchema,
    action: addQuestionsAction,
  });
  return (
    <>
      <ErrorSummary {...summary} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="sessionId" value={sessionId} />
        <Checkboxes legend={`Questions (${options.length})`} options={options} {...field("questionIds")} />
        <Button pending={pending}>Add ticked questions</Button>
      </form>
    </>
  );
}
