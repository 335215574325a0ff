"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { DateInput } from "@/components/forms/date-input";
import { Radios } from "@/components/forms/radios";
import { StatementChoices } from "@/components/forms/statement-choices";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { CYCLE_KIND_HINTS, CYCLE_KIND_LABELS, STARTABLE_CYCLE_KINDS } from "@/features/cycles/domain";
import { startCycleSchema } from "@/features/cycles/schema";
import { startCycleAction } from "../actions";

type Themes = Parameters<typeof StatementChoices>[0]["themes"];

/** Starts the next cycle from the current one, whose name the page shows above the form. */
export function StartCycleForm({
  fromCycleId,
  themes,
  today,
  suggestedName,
}: {
  fromCycleId: string;
  themes: Themes;
  today: string;
  suggestedName: string;
}) {
  const { formAction, onSubmit, field, summary, pending } = useActionForm({
    schema: startCycleSchema,
    action: startCycleAction,
    defaults: { kind: "annual_self_assessment", name: suggestedName, startedOn: today },
  });
  return (
    <>
      <ErrorSummary {...summary} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <input type="hidden" name="fromCycleId" value={fromCycleId} />
        <Radios
          legend="What kind of cycle is this?"
          options={STARTABLE_CYCLE_KINDS.map((kind) => ({
            value: kind,
            label: CYCLE_KIND_LABELS[kind],
            hint: CYCLE_KIND_HINTS[kind],
          }))}
          {...field("kind")}
        />
        <TextInput label="Name" hint='For example "Annual self-assessment 2027"' {...field("name")} />
        <DateInput label="Start date" hint="For example, 1 4 2027." {...field("startedOn")} />
        <fieldset className="mb-6 border-l-4 border-gray-400 pl-4">
          <legend className="mb-2 text-xl font-bold">For a thematic review only</legend>
          <p className="mb-4">
            Choose the statements the review covers and its lens. The lens is a tag: the cycles page links to the
            evidence and the improvement actions tagged with it.
          </p>
          <TextInput label="Lens" hint="For example unpaid carers" widthClass="max-w-md" {...field("lens")} />
          <StatementChoices themes={themes} field={field("statementKeys")} />
        </fieldset>
        <Button pending={pending}>Start the cycle</Button>
      </form>
    </>
  );
}
