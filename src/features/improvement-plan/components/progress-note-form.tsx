"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { Textarea } from "@/components/forms/textarea";
import { Select } from "@/components/forms/select";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { addProgressNoteAction } from "../actions";
import { ACTION_STATUSES, RAGS, RAG_LABELS, STATUS_LABELS } from "../domain";
import { progressNoteSchema } from "../schema";

/** A progress note, which may move the status and RAG; marking it done asks for evidence of completion. */
export function ProgressNoteForm({
  actionId,
  evidence,
}: {
  actionId: string;
  evidence: { id: string; title: string }[];
}) {
  const { formAction, onSubmit, field, summary, pending } = useActionForm({
    schema: progressNoteSchema,
    action: addProgressNoteAction,
  });
  return (
    <>
      <ErrorSummary {...summary} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <input type="hidden" name="actionId" value={actionId} />
        <Textarea
          label="Progress note"
          hint="What has happened since the last note, and what is next."
          rows={5}
          {...field("note")}
        />
        <Select
          label="Status"
          options={[
            { value: "", label: "Leave as it is" },
            ...ACTION_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
          ]}
          {...field("status")}
        />
        <Select
          label="RAG rating"
          options={[
            { value: "", label: "Leave as it is" },
            ...RAGS.map((rag) => ({ value: rag, label: RAG_LABELS[rag] })),
          ]}
          {...field("rag")}
        />
        <Select
          label="Evidence of completion (when marking it done)"
          hint="The item in the evidence library that shows it was done, if there is one. Add it to the library first."
          options={[{ value: "", label: "None" }, ...evidence.map((item) => ({ value: item.id, label: item.title }))]}
          className="w-full"
          {...field("completionEvidenceId")}
        />
        <Button pending={pending}>Add note</Button>
      </form>
    </>
  );
}
