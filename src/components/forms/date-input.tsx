import type { Ref } from "react";
import { splitDateParts } from "@/lib/date-parts";
import { describedBy, FieldMessages, FormGroup } from "./field-messages";

export type DateInputProps = {
  name: string;
  /** The day field's id, `name` unless given: the error summary links to it. */
  id?: string;
  label: string;
  /** "For example, 27 3 2027" unless given: say the order when a hint of your own replaces it. */
  hint?: string;
  error?: string;
  /** An ISO date ("2027-03-31"), or what was typed, as `joinDateParts` keeps it. */
  defaultValue?: string;
  /** The legend as a page heading's size, for a page that asks only this. */
  large?: boolean;
  // What react-hook-form's register() also hands over: the fields are read from the submitted
  // form (use-action-form.ts), so nothing here needs them.
  ref?: Ref<HTMLInputElement>;
  onChange?: unknown;
  onBlur?: unknown;
};

const FIELDS = [
  { part: "day", label: "Day", width: "max-w-[5.4ch]" },
  { part: "month", label: "Month", width: "max-w-[5.4ch]" },
  { part: "year", label: "Year", width: "max-w-[7.4ch]" },
] as const;

/**
 * GOV.UK's date input: a fieldset whose legend is the question, with day, month and year fields
 * (numeric keyboards on phones) instead of a browser's date picker, which shows dates in the order
 * of the browser's language and is hard to use with a screen reader. Sent as `<name>-day`,
 * `<name>-month` and `<name>-year` and joined into `<name>` on the way in (`lib/date-parts.ts`).
 */
export function DateInput({
  name,
  id: givenId,
  label,
  hint = "For example, 27 3 2027",
  error,
  defaultValue = "",
  large,
}: DateInputProps) {
  const id = givenId ?? name;
  const parts = splitDateParts(defaultValue);
  return (
    <FormGroup error={error}>
      <fieldset role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className={large ? "mb-2 text-3xl font-bold" : "font-bold"}>{label}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className="mt-1 flex flex-wrap gap-4">
          {FIELDS.map((field) => {
            const fieldId = field.part === "day" ? id : `${id}-${field.part}`;
            return (
              <div key={field.part}>
                <label htmlFor={fieldId} className="block">
                  {field.label}
                </label>
                <input
                  id={fieldId}
                  name={`${name}-${field.part}`}
                  type="text"
                  inputMode="numeric"
                  defaultValue={parts[field.part]}
                  aria-invalid={error ? true : undefined}
                  className={`mt-1 block w-full ${field.width} border-2 ${error ? "border-error" : "border-ink"} bg-white p-2`}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
