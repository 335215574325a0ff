import type { InputHTMLAttributes, Ref } from "react";
import { describedBy, FieldMessages, FormGroup, Hint, hintId } from "./field-messages";
import type { ChoiceOption } from "./radios";

export type CheckboxesProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "defaultValue" | "type"> & {
  name: string;
  /** Defaults to `name`; given to the first checkbox so the error summary's link lands on it. */
  id?: string;
  legend: string;
  hint?: string;
  error?: string;
  options: ChoiceOption[];
  /** The checked values, one per line (as an action's `values` echoes a repeated field). */
  defaultValue?: string;
  ref?: Ref<HTMLInputElement>;
  /** Lay the options out in columns when there are many. */
  columns?: boolean;
};

/** Any number of answers from a list, in a fieldset whose legend is the question (GOV.UK checkboxes). */
export function Checkboxes({ id: givenId, name, legend, hint, error, options, defaultValue = "", ref, columns, ...input }: CheckboxesProps) {
  const id = givenId ?? name;
  const checked = defaultValue.split("\n").filter(Boolean);
  return (
    <FormGroup error={error}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend className="font-bold">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={`mt-2 gap-3 ${columns ? "grid sm:grid-cols-2" : "space-y-3"}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div key={option.value} className="flex items-start gap-3">
                <input
                  type="checkbox"
                  id={optionId}
                  name={name}
                  value={option.value}
                  defaultChecked={checked.includes(option.value)}
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
