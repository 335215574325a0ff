import { describedBy, FieldMessages } from "./field-messages";
import type { InputHTMLAttributes, Ref } from "react";

type Option = { value: string; label: string; hint?: string };

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "defaultValue" | "type"> & {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: Option[];
  defaultValue?: string;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A group of radios in a fieldset with a legend. The first radio carries the group's id, so the
 * error summary's link lands on it.
 */
export function Radios({ id, name, legend, hint, error, options, defaultValue, ref, ...input }: Props) {
  const messages = describedBy(id, hint, error);
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-[var(--color-error)] pl-4" : ""}`}>
      <fieldset aria-describedby={messages}>
        <legend className="font-bold">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className="mt-2 space-y-3">
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
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                  className="mt-1 size-6 shrink-0 accent-gray-900"
                  ref={ref}
                  {...input}
                />
                <div>
                  <label htmlFor={optionId}>{option.label}</label>
                  {option.hint ? (
                    <p id={`${optionId}-hint`} className="text-gray-700">
                      {option.hint}
                    </p>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
