import type { InputHTMLAttributes, Ref } from "react";
import { describedBy, FieldMessages, FormGroup, Hint, hintId } from "./field-messages";

export type ChoiceOption = { value: string; label: string; hint?: string };

export type RadiosProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "defaultValue" | "type"> & {
  name: string;
  /** Defaults to `name`; given to the first radio so the error summary's link lands on it. */
  id?: string;
  legend: string;
  hint?: string;
  error?: string;
  options: ChoiceOption[];
  /** The chosen value, as the form sent it (so an echoed `values[name]` spreads straight in). */
  defaultValue?: string;
  /** Side by side, for two short answers such as Yes and No. */
  inline?: boolean;
  ref?: Ref<HTMLInputElement>;
};

/** One answer from a few, in a fieldset whose legend is the question (GOV.UK radios). */
export function Radios({ id: givenId, name, legend, hint, error, options, defaultValue, inline, ref, ...input }: RadiosProps) {
  const id = givenId ?? name;
  return (
    <FormGroup error={error}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend className="font-bold">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={`mt-2 ${inline ? "flex flex-wrap gap-x-6 gap-y-3" : "space-y-3"}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div key={option.value} className="flex items-start gap-3">
                <input
                  type="radio"
                  id={optionId}
                  name={name}
                  value={option.value}
                  defaultChecked={defaultValue === option.value}
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
