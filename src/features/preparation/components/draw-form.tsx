"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { Checkboxes } from "@/components/forms/checkboxes";
import { Select } from "@/components/forms/select";
import { TextInput } from "@/components/forms/text-input";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { AUDIENCES } from "@/features/question-bank/domain";
import { drawQuestionsAction } from "../actions";
import { drawQuestionsSchema } from "../schema";

type Statement = { key: string; number: number; name: string; theme: string };

/** Draw a balanced random set: the same number from each ticked statement, for one audience. */
export function DrawForm({
  sessionId,
  statements,
  audienceKey,
}: {
  sessionId: string;
  statements: Statement[];
  audienceKey: string | null;
}) {
  const { formAction, onSubmit, field, summary, pending } = useActionForm({
    schema: drawQuestionsSchema,
    action: drawQuestionsAction,
    defaults: { count: "6", audienceKey: audienceKey ?? "" },
  });
  return (
    <>
      <ErrorSummary {...summary} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="sessionId" value={sessionId} />
        <Checkboxes
          legend="Quality statements to draw from"
          columns
          options={statements.map((statement) => ({
            value: statement.key,
            label: `${statement.number}. ${statement.name}`,
            hint: statement.theme,
          }))}
          {...field("statementKeys")}
        />
        <Select
          label="Audience"
          options={[
            { value: "", label: "Any audience" },
            ...AUDIENCES.map((audience) => ({ value: audience.key, label: audience.name })),
          ]}
          {...field("audienceKey")}
        />
        <TextInput label="How many questions" hint="From 1 to 20." inputMode="numeric" width={3} {...field("count")} />
        <Button pending={pending} variant="secondary">
          Draw questions
        </Button>
      </form>
    </>
  );
}
