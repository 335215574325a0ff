"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { DateInput } from "@/components/forms/date-input";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { addFollowUpAction } from "../actions";
import { followUpSchema } from "../schema";

export function FollowUpForm({ sessionId }: { sessionId: string }) {
  const { formAction, onSubmit, field, summary, pending } = useActionForm({
    schema: followUpSchema,
    action: addFollowUpAction,
  });
  return (
    <>
      <ErrorSummary {...summary} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <input type="hidden" name="sessionId" value={sessionId} />
        <TextInput
          label="Follow-up"
          hint="What needs to happen, for example: share the carers' strategy with the team."
          {...field("text")}
        />
        <TextInput label="Owner (optional)" widthClass="max-w-md" {...field("owner")} />
        <DateInput label="Due date (optional)" {...field("dueDate")} />
        <Button pending={pending} variant="secondary">
          Add follow-up
        </Button>
      </form>
    </>
  );
}
