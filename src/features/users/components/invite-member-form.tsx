"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { Radios } from "@/components/forms/radios";
import { Button } from "@/components/forms/button";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { useActionForm } from "@/components/forms/use-action-form";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from "@/lib/authz/permissions";
import { inviteMemberAction } from "../actions";
import { inviteMemberSchema } from "../schema";
import { CopyLink } from "@/components/feedback/copy-link";

const roleOptions = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role], hint: ROLE_DESCRIPTIONS[role] }));

export function InviteMemberForm() {
  const { state, formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: inviteMemberSchema,
    action: inviteMemberAction,
  });
  return (
    <>
      {state.status === "ok" && state.data?.link ? (
        <NotificationBanner>
          <p className="mb-4 font-bold">{state.message}</p>
          <CopyLink link={state.data.link} />
        </NotificationBanner>
      ) : null}
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      {/* A new key after each invitation empties the form for the next person. */}
      <form
        key={state.status === "ok" ? state.data?.link : "form"}
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        className="max-w-xl"
      >
        <TextInput label="Full name" autoComplete="off" {...field("name")} />
        <TextInput
          label="E-mail address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          hint="Their work address. They can also sign in with the council account that uses this address."
          {...field("email")}
        />
        <Radios legend="Role" options={roleOptions} {...field("role")} />
        <Button pending={pending}>Invite user</Button>
      </form>
    </>
  );
}
