"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { DateInput } from "@/components/forms/date-input";
import { Textarea } from "@/components/forms/textarea";
import { Radios } from "@/components/forms/radios";
import { Checkboxes } from "@/components/forms/checkboxes";
import { Select } from "@/components/forms/select";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { createEvidenceAction, updateEvidenceAction } from "../actions";
import { EVIDENCE_KINDS, EVIDENCE_STATUSES, EVIDENCE_STATUS_LABELS, KIND_LABELS } from "../domain";
import { evidenceItemSchema } from "../schema";

type Item = {
  id: string;
  version: number;
  title: string;
  description: string;
  kind: string;
  url: string | null;
  ownerId: string | null;
  sourceTeam: string;
  evidenceDate: Date | null;
  reviewBy: Date | null;
  containsPersonalData: boolean;
  storedStatus: string;
  categories: string[];
  tags: string[];
  statements: { key: string }[];
  iStatements: { key: string }[];
  returnItems: { id: string }[];
};

const isoDate = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");

export function EvidenceForm({
  item,
  statements,
  categories,
  iStatements,
  returnItems,
  owners,
  currentUserId,
}: {
  item: Item | null;
  statements: { key: string; number: number; name: string }[];
  categories: { key: string; name: string }[];
  iStatements: { key: string; text: string }[];
  returnItems: { id: string; reference: string; title: string }[];
  owners: { id: string; name: string }[];
  currentUserId: string;
}) {
  const defaults: Record<string, string> = item
    ? {
        title: item.title,
        description: item.description,
        kind: item.kind,
        url: item.url ?? "",
        ownerId: item.ownerId ?? "",
        sourceTeam: item.sourceTeam,
        evidenceDate: isoDate(item.evidenceDate),
        reviewBy: isoDate(item.reviewBy),
        status: item.storedStatus,
        tags: item.tags.join(", "),
        statementKeys: item.statements.map((statement) => statement.key).join("\n"),
        categories: item.categories.join("\n"),
        iStatementKeys: item.iStatements.map((statement) => statement.key).join("\n"),
        returnItemIds: item.returnItems.map((returnItem) => returnItem.id).join("\n"),
        containsPersonalData: item.containsPersonalData ? "yes" : "",
      }
    : { ownerId: currentUserId, status: "draft" };
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: evidenceItemSchema,
    action: item ? updateEvidenceAction : createEvidenceAction,
    defaults,
  });

  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        {item ? (
          <>
            <input type="hidden" name="id" value={item.id} />
            <input type="hidden" name="expectedVersion" value={item.version} readOnly />
          </>
        ) : null}
        <TextInput label="Title" {...field("title")} />
        <Textarea
          label="Description"
          hint="What it shows and where the key points are."
          rows={4}
          {...field("description")}
        />
        <Radios
          legend="Kind of evidence"
          options={EVIDENCE_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))}
          {...field("kind")}
        />
        <TextInput
          label="Web address (optional)"
          hint="Required for a link. Files can be added once the item is saved."
          type="url"
          spellCheck={false}
          {...field("url")}
        />
        <Checkboxes
          legend="Quality statements it supports"
          options={statements.map((statement) => ({
            value: statement.key,
            label: `${statement.number}. ${statement.name}`,
          }))}
          columns
          {...field("statementKeys")}
        />
        <Checkboxes
          legend="Evidence categories"
          options={categories.map((category) => ({ value: category.key, label: category.name }))}
          {...field("categories")}
        />
        <Checkboxes
          legend="I statements it speaks to (optional)"
          hint="What people say good care and support feels like."
          options={iStatements.map((statement) => ({ value: statement.key, label: statement.text }))}
          {...field("iStatementKeys")}
        />
        {returnItems.length > 0 ? (
          <Checkboxes
            legend="Information return items it answers (optional)"
            hint="Add the page or section to look at from the information return item."
            options={returnItems.map((returnItem) => ({
              value: returnItem.id,
              label: `${returnItem.reference} ${returnItem.title}`,
            }))}
            columns
            {...field("returnItemIds")}
          />
        ) : null}
        <Select
          label="Owner"
          options={[
            { value: "", label: "No owner" },
            ...owners.map((owner) => ({ value: owner.id, label: owner.name })),
          ]}
          {...field("ownerId")}
        />
        <TextInput label="Source team (optional)" widthClass="max-w-md" {...field("sourceTeam")} />
        <DateInput
          label="Date the evidence is from (optional)"
          hint="Today or earlier, for example 24 11 2026."
          {...field("evidenceDate")}
        />
        <DateInput
          label="Review by (optional)"
          hint="On or after the date the evidence is from, for example 31 3 2027. After this date the item shows as out of date on its owner's list."
          {...field("reviewBy")}
        />
        <Checkboxes
          legend="Sensitivity"
          options={[
            {
              value: "yes",
              label: "Contains personal data (only roles allowed to see sensitive evidence will find it)",
            },
          ]}
          {...field("containsPersonalData")}
        />
        <Select
          label="Status"
          options={EVIDENCE_STATUSES.map((status) => ({ value: status, label: EVIDENCE_STATUS_LABELS[status] }))}
          {...field("status")}
        />
        <TextInput label="Tags (optional)" hint="Separate tags with commas." {...field("tags")} />
        <Button pending={pending}>{item ? "Save changes" : "Add evidence"}</Button>
      </form>
    </>
  );
}
