"use client";

import Link from "next/link";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { DateInput } from "@/components/forms/date-input";
import { Textarea } from "@/components/forms/textarea";
import { Radios } from "@/components/forms/radios";
import { Select, type SelectOption } from "@/components/forms/select";
import { Button } from "@/components/forms/button";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { CopyLink } from "@/components/feedback/copy-link";
import { useActionForm } from "@/components/forms/use-action-form";
import { createRequestAction } from "../actions";
import { createRequestSchema } from "../schema";

type Props = {
  members: { id: string; name: string; invited: boolean }[];
  targets: SelectOption[];
  categories: { key: string; name: string }[];
  defaults: Record<string, string>;
  mayInvite: boolean;
  emails: boolean;
};

/** Ask a colleague, or someone new, for evidence: who, for what, what kind, by when, and why. */
export function RequestForm({ members, targets, categories, defaults, mayInvite, emails }: Props) {
  const { state, formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: createRequestSchema,
    action: createRequestAction,
    defaults,
  });
  if (state.status === "ok" && state.data?.link) {
    return (
      <NotificationBanner>
        <p className="mb-4 font-bold">{state.message}</p>
        <CopyLink link={state.data.link} />
        <p className="mt-4">
          <Link href={`/requests/${state.data.requestId}`}>Go to the request</Link>
        </p>
      </NotificationBanner>
    );
  }
  const colleague = (
    <Select
      label="Which colleague?"
      hint={
        emails
          ? "They get an e-mail with the request, and reminders before and after the due date."
          : "They see the request, and reminders, when they sign in."
      }
      options={[
        { value: "", label: "Choose a colleague" },
        ...members.map((member) => ({
          value: member.id,
          label: member.invited ? `${member.name} (invited, not yet joined)` : member.name,
        })),
      ]}
      {...field("assigneeId")}
    />
  );
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        {mayInvite ? (
          <>
            <Radios
              legend="Who are you asking?"
              options={[
                { value: "member", label: "A colleague who already uses this service" },
                {
                  value: "new",
                  label: "Someone new",
                  hint: emails
                    ? "They are invited as a contributor by e-mail."
                    : "They are invited as a contributor; you get a link to send them.",
                },
              ]}
              {...field("askWho")}
            />
            <div className="mb-6 border-l-4 border-gray-400 pl-4">
              {colleague}
              <fieldset className="mb-2">
                <legend className="mb-2 font-bold">Or, for someone new</legend>
                <TextInput label="Their full name" autoComplete="off" widthClass="max-w-md" {...field("name")} />
                <TextInput
                  label="Their e-mail address"
                  type="email"
                  autoComplete="off"
                  spellCheck={false}
                  widthClass="max-w-md"
                  {...field("email")}
                />
              </fieldset>
            </div>
          </>
        ) : (
          <>
            <input type="hidden" name="askWho" value="member" />
            {colleague}
          </>
        )}
        <Select
          label="What is the evidence for?"
          options={[{ value: "", label: "Choose a quality statement or information return item" }, ...targets]}
          {...field("target")}
        />
        <Radios
          legend="What kind of evidence do you need?"
          options={categories.map((category) => ({ value: category.key, label: category.name }))}
          {...field("categoryKey")}
        />
        <DateInput
          label="Due date"
          hint="For example, 9 12 2026. Reminders go a few days before, and once it is overdue."
          {...field("dueDate")}
        />
        <Textarea
          label="Message (optional)"
          hint="What you need and why, for example which period or which team."
          rows={4}
          {...field("message")}
        />
        <Button pending={pending}>Send request</Button>
      </form>
    </>
  );
}
