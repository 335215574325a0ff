import type { InputHTMLAttributes, Ref } from "react";
import { describedBy, FieldMessages, FormGroup, Hint, hintId } from "./field-messages";

export type ChoiceOption = { value: string; label: string; hint?: string };

export type ChoiceGroupProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "defaultValue" | "type"> & {
  type: "radio" | "checkbox";
  name: string;
  /** Defaults to `name`; given to the first option so the error summary's link lands on it. */
  id?: string;
  legend: string;
  hint?: string;
  error?: string;
  options: ChoiceOption[];
  /** The values chosen at first. */
  chosen: string[];
  /** How the options sit: stacked, side by side, or in two columns. */
  layout?: "stacked" | "inline" | "columns";
  ref?: Ref<HTMLInputElement>;
};

const LAYOUTS = {
  stacked: "space-y-3",
  inline: "flex flex-wrap gap-x-6 gap-y-3",
  columns: "grid gap-3 sm:grid-cols-2",
} as const;

/** Radios or checkboxes in a fieldset whose legend is the question (GOV.UK pattern). */
export function ChoiceGroup({
  type,
  id: givenId,
  name,
  legend,
  hint,
  error,
  options,
  chosen,
  layout = "stacked",
  ref,
  ...input
}: ChoiceGroupProps) {
  const id = givenId ?? name;
  return (
    <FormGroup error={error}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend className="font-bold">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={`mt-2 ${LAYOUTS[layout]}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div key={option.value} className="flex items-start gap-3">
                <input
                  type={type}
                  id={optionId}
                  name={name}
                  value={option.value}
                  defaultChecked={chosen.includes(option.value)}
                  aria-describedby={option.hint ? hintId(optionId) : undefined}
                  className="mt-1 size-6 shrink-0 accent-ink"
                  ref={ref}
                  {...input}
                />
                <div>
                  <label htmlFor={optionId}>{option.label}</label>
                  {option.hint ? <Hint id={hintId(optionId)}>{option.hint}</Hint> : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
