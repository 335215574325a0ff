"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { Textarea } from "@/components/forms/textarea";
import { Checkboxes } from "@/components/forms/checkboxes";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { createQuestionAction, updateQuestionAction } from "../actions";
import { AUDIENCES, QUESTION_LIMITS } from "../domain";
import { questionSchema } from "../schema";
import { StatementCheckboxes } from "./statement-checkboxes";

type Question = {
  id: string;
  version: number;
  text: string;
  statementKeys: string[];
  audienceKeys: string[];
  prompts: string[];
  followUps: string[];
};
type Theme = { key: string; name: string; statements: { key: string; number: number; name: string }[] };

/** Add or change a mock interview question: its wording, what it tests, who it suits, prompts and follow-ups. */
export function QuestionForm({ item, themes }: { item: Question | null; themes: Theme[] }) {
  const defaults: Record<string, string> = item
    ? {
        text: item.text,
        statementKeys: item.statementKeys.join("\n"),
        audienceKeys: item.audienceKeys.join("\n"),
        prompts: item.prompts.join("\n"),
        followUps: item.followUps.join("\n"),
      }
    : {};
  const { formAction, onSubmit, field, summary, pending } = useActionForm({
    schema: questionSchema,
    action: item ? updateQuestionAction : createQuestionAction,
    defaults,
  });
  return (
    <>
      <ErrorSummary {...summary} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        {item ? (
          <>
            <input type="hidden" name="id" value={item.id} />
            <input type="hidden" name="expectedVersion" value={item.version} readOnly />
          </>
        ) : null}
        <Textarea
          label="Question"
          hint={`As you would ask it in the interview, up to ${QUESTION_LIMITS.text.toLocaleString("en-GB")} characters.`}
          rows={3}
          {...field("text")}
        />
        <StatementCheckboxes
          legend="Quality statements it tests"
          hint="Select every statement a good answer would give evidence for."
          themes={themes}
          {...field("statementKeys")}
        />
        <Checkboxes
          legend="Who it suits"
          hint="Select everyone who could be asked it."
          options={AUDIENCES.map((audience) => ({ value: audience.key, label: audience.name }))}
          columns
          {...field("audienceKeys")}
        />
        <Textarea
          label="Prompts (optional)"
          hint={`What a good answer draws on, for the person asking. One per line, up to ${QUESTION_LIMITS.lines}, each up to ${QUESTION_LIMITS.line} characters.`}
          rows={5}
          {...field("prompts")}
        />
        <Textarea
          label="Follow-up questions (optional)"
          hint={`One per line, up to ${QUESTION_LIMITS.lines}, each up to ${QUESTION_LIMITS.line} characters.`}
          rows={4}
          {...field("followUps")}
        />
        <Button pending={pending}>{item ? "Save changes" : "Add question"}</Button>
      </form>
    </>
  );
}
