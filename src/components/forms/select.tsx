import type { Ref, SelectHTMLAttributes } from "react";
import { describedBy, FieldMessages, FormGroup } from "./field-messages";

export type SelectOption = { value: string; label: string };

export type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> & {
  name: string;
  /** Defaults to `name`. */
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  options: SelectOption[];
  ref?: Ref<HTMLSelectElement>;
};

/** A labelled select. GOV.UK prefers radios for short lists; use this for long ones (owners, teams). */
export function Select({ id: givenId, name, label, hint, error, options, className, ...select }: SelectProps) {
  const id = givenId ?? name;
  return (
    <FormGroup error={error}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`mt-1 block max-w-full border-2 ${error ? "border-error" : "border-ink"} bg-white p-2 ${className ?? ""}`}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
