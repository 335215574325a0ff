import type { Ref, SelectHTMLAttributes } from "react";
import { describedBy, FieldMessages } from "./field-messages";

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  ref?: Ref<HTMLSelectElement>;
};

export function Select({ id, label, hint, error, options, ...select }: Props) {
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-[var(--color-error)] pl-4" : ""}`}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select id={id} aria-describedby={describedBy(id, hint, error)} className="mt-1 block border-2 border-gray-900 p-2" {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
