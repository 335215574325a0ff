"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { Textarea } from "@/components/forms/textarea";
import { Radios } from "@/components/forms/radios";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { createGoodPracticeAction, updateGoodPracticeAction } from "../actions";
import { GOOD_PRACTICE_KINDS, KIND_LABELS } from "../domain";
import type { ThemeChoices } from "@/features/framework/domain";
import { entrySchema } from "../schema";
import { StatementChoices } from "@/components/forms/statement-choices";

type Entry = {
  id: string;
  kind: string;
  title: string;
  description: string;
  team: string;
  statementKeys: string[];
  updatedAt: string;
};

const KIND_HINTS = {
  good_practice: "Something that went well for people, that others could learn from.",
  challenge: "Something that is hard for the service, and what you are doing about it.",
} as const;

/** Record, or change, an entry in the good practice log. Works before JavaScript loads. */
export function EntryForm({ entry, themes }: { entry: Entry | null; themes: ThemeChoices }) {
  const { formAction, onSubmit, field, summary, pending } = useActionForm({
    schema: entrySchema,
    action: entry ? updateGoodPracticeAction : createGoodPracticeAction,
    defaults: entry
      ? {
          kind: entry.kind,
          title: entry.title,
          description: entry.description,
          team: entry.team,
          statementKeys: entry.statementKeys.join("\n"),
        }
      : {},
  });
  return (
    <>
      <ErrorSummary {...summary} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        {entry ? (
          <>
            <input type="hidden" name="id" value={entry.id} />
            <input type="hidden" name="expectedUpdatedAt" value={entry.updatedAt} readOnly />
          </>
        ) : null}
        <Radios
          legend="Is this good practice or a challenge?"
          options={GOOD_PRACTICE_KINDS.map((kind) => ({
            value: kind,
            label: KIND_LABELS[kind],
            hint: KIND_HINTS[kind],
          }))}
          {...field("kind")}
        />
        <TextInput label="Title" hint="A few words your colleagues would recognise." {...field("title")} />
        <Textarea
          label="What happened"
          hint="What was done, for whom (without names), and what difference it made. Do not include anything that identifies a person who uses services."
          rows={8}
          wordCount
          {...field("description")}
        />
        <TextInput
          label="Team (optional)"
          hint="The team or service it comes from."
          widthClass="max-w-md"
          {...field("team")}
        />
        <h2 className="mb-1 text-xl font-bold">Quality statements it relates to (optional)</h2>
        <p className="mb-4 text-gray-700">
          Choose any that fit. The readiness team uses them to find evidence for each quality statement.
        </p>
        <StatementChoices themes={themes} field={field("statementKeys")} />
        <Button pending={pending}>{entry ? "Save changes" : "Save entry"}</Button>
      </form>
    </>
  );
}
