"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { DateInput } from "@/components/forms/date-input";
import { Textarea } from "@/components/forms/textarea";
import { Select, type SelectOption } from "@/components/forms/select";
import { Radios } from "@/components/forms/radios";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { createImprovementActionAction, updateImprovementActionAction } from "../actions";
import { ACTION_STATUSES, RAGS, RAG_LABELS, STATUS_LABELS } from "../domain";
import type { ThemeChoices } from "@/features/framework/domain";
import { StatementChoices } from "@/components/forms/statement-choices";
import { actionSchema } from "../schema";
import type { SourceOptions } from "../data";

type Existing = { id: string; version: number; values: Record<string, string> };

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

function sourceChoices(sources: SourceOptions): SelectOption[] {
  return [
    { value: "", label: "Not linked to anything" },
    ...sources.areas.map((area) => ({
      value: `improvement:${area.statementKey}:${area.id}`,
      label: `${area.statement}: ${short(area.text)}`,
      group: "Areas for improvement in the self-assessment",
    })),
    ...sources.questions.map((question) => ({
      value: `audit:${question.id}`,
      label: short(question.text),
      group: "Case audit questions",
    })),
    ...sources.sessions.map((session) => ({
      value: `session:${session.id}`,
      label: short(session.title),
      group: "Preparation sessions",
    })),
    ...sources.followUps.map((followUp) => ({
      value: `follow-up:${followUp.id}`,
      label: `${short(followUp.text)} (${short(followUp.session)})`,
      group: "Preparation follow-ups",
    })),
    ...sources.findings.map((finding) => ({
      value: `cqc-finding:${finding.id}`,
      label: short(finding.text),
      group: "Findings in CQC's report",
    })),
  ];
}

/** Add or change an action in the improvement plan. Works before JavaScript loads. */
export function ActionForm({
  existing,
  defaults,
  themes,
  owners,
  sources,
}: {
  existing: Existing | null;
  defaults: Record<string, string>;
  themes: ThemeChoices;
  owners: { id: string; name: string }[];
  sources: SourceOptions;
}) {
  const { formAction, onSubmit, field, summary, pending } = useActionForm({
    schema: actionSchema,
    action: existing ? updateImprovementActionAction : createImprovementActionAction,
    defaults: { status: "not_started", rag: "green", ...defaults, ...existing?.values },
  });
  return (
    <>
      <ErrorSummary {...summary} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        {existing ? (
          <>
            <input type="hidden" name="id" value={existing.id} />
            <input type="hidden" name="expectedVersion" value={existing.version} readOnly />
          </>
        ) : null}
        <TextInput
          label="What will be done"
          hint="A short title your colleagues would recognise."
          {...field("title")}
        />
        <Textarea
          label="Description (optional)"
          hint="What the action involves and what difference it should make. Do not name people who use services."
          rows={5}
          {...field("description")}
        />
        <fieldset className="mb-6">
          <legend className="mb-2 text-xl font-bold">Owner</legend>
          <Select
            label="Member who owns it"
            hint="Reminders go to them when the action is overdue."
            options={[
              { value: "", label: "Choose a member" },
              ...owners.map((owner) => ({ value: owner.id, label: owner.name })),
            ]}
            {...field("ownerId")}
          />
          <TextInput
            label="Or, for someone without an account, their name"
            hint="Leave empty when you chose a member."
            widthClass="max-w-md"
            autoComplete="off"
            {...field("ownerName")}
          />
        </fieldset>
        <DateInput label="Due date" hint="For example, 31 3 2027." {...field("dueDate")} />
        <Radios
          legend="Status"
          inline
          options={ACTION_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))}
          {...field("status")}
        />
        <Radios
          legend="RAG rating"
          hint="How likely the action is to deliver on time."
          options={RAGS.map((rag) => ({ value: rag, label: RAG_LABELS[rag] }))}
          {...field("rag")}
        />
        <h2 className="mb-1 text-xl font-bold">Quality statements it addresses</h2>
        <p className="mb-4 text-gray-700">
          Choose at least one. The action is listed on each statement&apos;s self-assessment page.
        </p>
        <StatementChoices themes={themes} field={field("statementKeys")} />
        <TextInput
          label="Tags (optional)"
          hint="Separate tags with commas, for example unpaid carers. A thematic review lists the actions tagged with its lens."
          autoComplete="off"
          {...field("tags")}
        />
        <Select
          label="Where the need was found (optional)"
          hint="An area for improvement, a case audit question, or a staff preparation session or follow-up."
          options={sourceChoices(sources)}
          className="w-full"
          {...field("source")}
        />
        <Button pending={pending}>{existing ? "Save changes" : "Add action"}</Button>
      </form>
    </>
  );
}
