"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { Textarea } from "@/components/forms/textarea";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { recordSessionAction } from "../actions";
import { recordSessionSchema } from "../schema";

/** After the session: who came, what was said, and the themes staff raised. */
export function RecordForm({
  session,
}: {
  session: { id: string; version: number; attendees: string[]; notes: string; themes: string[] };
}) {
  const { formAction, onSubmit, field, summary, pending } = useActionForm({
    schema: recordSessionSchema,
    action: recordSessionAction,
    defaults: { attendees: session.attendees.join("\n"), notes: session.notes, themes: session.themes.join("\n") },
  });
  return (
    <>
      <ErrorSummary {...summary} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <input type="hidden" name="sessionId" value={session.id} />
        <input type="hidden" name="expectedVersion" value={session.version} readOnly />
        <Textarea
          label="Attendance"
          hint="One person per line: their name or job title, as your team would record it."
          rows={8}
          {...field("attendees")}
        />
        <Textarea
          label="Notes"
          hint="What went well, where staff were less sure, anything to pass on."
          rows={8}
          {...field("notes")}
        />
        <Textarea
          label="Themes raised"
          hint="One theme per line, for example: not sure where to find the carers' strategy."
          rows={5}
          {...field("themes")}
        />
        <Button pending={pending}>Save the record</Button>
      </form>
    </>
  );
}
