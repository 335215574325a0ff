"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { DateInput } from "@/components/forms/date-input";
import { Select } from "@/components/forms/select";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { createCaseAction, updateCaseAction } from "../actions";
import { AGE_BANDS, DISABILITY, ETHNICITIES, SEXES } from "../domain";
import { caseSchema } from "../schema";

type Case = {
  id: string;
  version: number;
  reference: string | null;
  cohortId: string;
  team: string;
  practitioner: string;
  firstContactDate: Date | null;
  assessmentDate: Date | null;
  planDate: Date | null;
  lastReviewDate: Date | null;
  supportType: string;
  ageBand: string | null;
  ethnicity: string | null;
  sex: string | null;
  disability: string | null;
};

const iso = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");
const choices = (options: readonly string[]) => [
  { value: "", label: "Not recorded" },
  ...options.map((option) => ({ value: option, label: option })),
];

/** Record or change a case: no names, the council's own reference, the key dates, optional equality fields. */
export function CaseForm({ item, cohorts }: { item: Case | null; cohorts: { id: string; name: string }[] }) {
  const defaults: Record<string, string> = item
    ? {
        reference: item.reference ?? "",
        cohortId: item.cohortId,
        team: item.team,
        practitioner: item.practitioner,
        firstContactDate: iso(item.firstContactDate),
        assessmentDate: iso(item.assessmentDate),
        planDate: iso(item.planDate),
        lastReviewDate: iso(item.lastReviewDate),
        supportType: item.supportType,
        ageBand: item.ageBand ?? "",
        ethnicity: item.ethnicity ?? "",
        sex: item.sex ?? "",
        disability: item.disability ?? "",
      }
    : {};
  const { formAction, onSubmit, field, fieldErrors, formError, errorId, pending } = useActionForm({
    schema: caseSchema,
    action: item ? updateCaseAction : createCaseAction,
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
        <TextInput
          label="Case reference"
          hint="The reference in your case management system. Never a name: letters, numbers and - / . _ only."
          widthClass="max-w-xs"
          autoComplete="off"
          spellCheck={false}
          {...field("reference")}
        />
        <Select
          label="Cohort or pathway"
          options={[
            { value: "", label: "Choose a cohort" },
            ...cohorts.map((cohort) => ({ value: cohort.id, label: cohort.name })),
          ]}
          {...field("cohortId")}
        />
        <TextInput label="Team (optional)" widthClass="max-w-md" {...field("team")} />
        <TextInput
          label="Practitioner (optional)"
          hint="Their name or staff number, as your team would know them."
          widthClass="max-w-md"
          {...field("practitioner")}
        />
        <fieldset className="mb-6">
          <legend className="mb-2 text-xl font-bold">Key dates</legend>
          <DateInput label="First contact (optional)" {...field("firstContactDate")} />
          <DateInput label="Assessment (optional)" {...field("assessmentDate")} />
          <DateInput label="Plan agreed (optional)" {...field("planDate")} />
          <DateInput label="Last review (optional)" {...field("lastReviewDate")} />
        </fieldset>
        <TextInput
          label="Support type (optional)"
          hint="For example home care, direct payment, carer support."
          widthClass="max-w-md"
          {...field("supportType")}
        />
        <fieldset className="mb-6">
          <legend className="mb-1 text-xl font-bold">Equality information (optional)</legend>
          <p className="mb-4 text-gray-700">
            Only what an equity analysis needs, in broad groups. Left out of the export for CQC unless you choose to
            include it.
          </p>
          <Select label="Age band" options={choices(AGE_BANDS)} {...field("ageBand")} />
          <Select label="Ethnic group" options={choices(ETHNICITIES)} {...field("ethnicity")} />
          <Select label="Sex" options={choices(SEXES)} {...field("sex")} />
          <Select label="Disability" options={choices(DISABILITY)} {...field("disability")} />
        </fieldset>
        <Button pending={pending}>{item ? "Save changes" : "Add case"}</Button>
      </form>
    </>
  );
}
