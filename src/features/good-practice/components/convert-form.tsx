"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { Radios } from "@/components/forms/radios";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { convertGoodPracticeAction } from "../actions";
import { convertSchema } from "../schema";
import type { ThemeChoices } from "@/features/framework/domain";
import { StatementChoices } from "@/components/forms/statement-choices";

// The framework's notes are fragments ("not used in the initial … assessments; may return").
const sentence = (note: string | null) => (note ? `${note.charAt(0).toUpperCase()}${note.slice(1)}.` : undefined);

/**
 * Adds an entry to the evidence library as a draft evidence item: the readiness team chooses the
 * evidence category; the title, description, team and quality statements come from the entry.
 * An entry that names no quality statement asks for them here (`themes` given).
 */
export function ConvertForm({
  entryId,
  title,
  categories,
  themes,
}: {
  entryId: string;
  title: string;
  categories: { key: string; name: string; note: string | null }[];
  themes: ThemeChoices | null;
}) {
  const { formAction, onSubmit, field, summary, pending } = useActionForm({
    schema: convertSchema,
    action: convertGoodPracticeAction,
    defaults: {},
  });
  return (
    <>
      <ErrorSummary {...summary} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <input type="hidden" name="entryId" value={entryId} />
        <Radios
          legend="Which evidence category is it?"
          hint="The kinds of evidence CQC looks at for councils."
          options={categories.map((category) => ({
            value: category.key,
            label: category.name,
            hint: sentence(category.note),
          }))}
          {...field("categoryKey")}
        />
        <TextInput
          label="Title in the evidence library (optional)"
          hint={`Leave blank to use "${title}".`}
          {...field("title")}
        />
        {themes ? (
          <>
            <h3 className="mb-1 text-xl font-bold">Quality statements it supports</h3>
            <p className="mb-4 text-gray-700">
              The entry names none yet, and evidence in the library supports at least one. They are saved on the entry
              too.
            </p>
            <StatementChoices themes={themes} field={field("statementKeys")} />
          </>
        ) : null}
        <Button pending={pending}>Add to the evidence library</Button>
      </form>
    </>
  );
}
