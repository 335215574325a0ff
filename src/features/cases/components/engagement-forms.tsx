"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { DateInput } from "@/components/forms/date-input";
import { Textarea } from "@/components/forms/textarea";
import { Radios } from "@/components/forms/radios";
import { Select } from "@/components/forms/select";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { isoDay, ukToday } from "@/lib/calendar";
import { addContactAction, setConsentAction } from "../actions";
import { CONTACT_METHODS } from "../domain";
import { consentSchema, contactSchema } from "../schema";

export function ConsentForm({ caseId, consent }: { caseId: string; consent: boolean | null }) {
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: consentSchema,
    action: setConsentAction,
    defaults: { consent: consent === null ? "unknown" : consent ? "yes" : "no" },
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="mb-8 max-w-3xl">
        <input type="hidden" name="caseId" value={caseId} />
        <Radios
          legend="Has the person agreed to be contacted by CQC?"
          inline
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
            { value: "unknown", label: "Not asked yet" },
          ]}
          {...field("consent")}
        />
        <Button variant="secondary" pending={pending}>
          Save consent
        </Button>
      </form>
    </>
  );
}

export function ContactForm({ caseId }: { caseId: string }) {
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: contactSchema,
    action: addContactAction,
    defaults: { contactedOn: isoDay(ukToday(new Date())) },
  });
  return (
    <>
      <ErrorSummary formError={formError} fieldErrors={fieldErrors} errorId={errorId} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        <input type="hidden" name="caseId" value={caseId} />
        <DateInput label="Date of contact" {...field("contactedOn")} />
        <Select
          label="How"
          options={[
            { value: "", label: "Choose how" },
            ...CONTACT_METHODS.map((method) => ({ value: method, label: method })),
          ]}
          {...field("method")}
        />
        <Textarea
          label="Note (optional)"
          hint="What was agreed. No names or health details."
          rows={2}
          {...field("note")}
        />
        <Button variant="secondary" pending={pending}>
          Add to the contact log
        </Button>
      </form>
    </>
  );
}
