import { describedBy, FieldMessages } from "./field-messages";
import type { InputHTMLAttributes, Ref } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
  /** Tailwind width, e.g. "max-w-md"; full width by default. */
  widthClass?: string;
};

/** A labelled text input with optional hint and error, linked by aria-describedby (GOV.UK pattern). */
export function TextInput({ id, label, hint, error, widthClass = "max-w-xl", className, ...input }: Props) {
  const messages = describedBy(id, hint, error);
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-[var(--color-error)] pl-4" : ""}`}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        aria-describedby={messages}
        aria-invalid={error ? true : undefined}
        className={`mt-1 block w-full ${widthClass} border-2 ${error ? "border-[var(--color-error)]" : "border-gray-900"} p-2 ${className ?? ""}`}
        {...input}
      />
    </div>
  );
}
