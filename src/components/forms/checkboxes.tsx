import type { InputHTMLAttributes, Ref } from "react";
import { describedBy, FieldMessages } from "./field-messages";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "defaultValue" | "type"> & {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string; hint?: string }[];
  /** The checked values, one per line (as forms send them back after an error). */
  defaultValue?: string;
  ref?: Ref<HTMLInputElement>;
  /** Lay the options out in columns when there are many. */
  columns?: boolean;
};

/** A group of checkboxes in a fieldset; the first carries the group's id for the error summary. */
export function Checkboxes({ id, name, legend, hint, error, options, defaultValue = "", ref, columns, ...input }: Props) {
  const messages = describedBy(id, hint, error);
  const checked = defaultValue.split("\n").filter(Boolean);
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-[var(--color-error)] pl-4" : ""}`}>
      <fieldset aria-describedby={messages}>
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
                  className="mt-1 size-6 shrink-0 accent-gray-900"
                  ref={ref}
                  {...input}
                />
                <label htmlFor={optionId}>{option.label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
