import type { InputHTMLAttributes, Ref } from "react";
import { describedBy, FieldMessages, FormGroup } from "./field-messages";

/** GOV.UK's fixed widths, in characters, so a field's size hints at the answer's length. */
const widths = {
  2: "max-w-[5.4ch]",
  3: "max-w-[6.4ch]",
  4: "max-w-[7.4ch]",
  5: "max-w-[8.4ch]",
  10: "max-w-[13.4ch]",
  20: "max-w-[23.4ch]",
  30: "max-w-[33.4ch]",
} as const;

export type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  name: string;
  /** Defaults to `name`; the error summary links to it. */
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  /** React 19 passes refs as props, so `{...register("title")}` spreads straight in. */
  ref?: Ref<HTMLInputElement>;
  /** Width in characters for short answers (dates, postcodes, numbers). */
  width?: keyof typeof widths;
  /** Any Tailwind max-width class, when the fixed widths do not fit; full width up to max-w-xl by default. */
  widthClass?: string;
};

/** A labelled text input with optional hint and error, linked by aria-describedby (GOV.UK pattern). */
export function TextInput({
  id: givenId,
  name,
  label,
  hint,
  error,
  width,
  widthClass = "max-w-xl",
  className,
  ...input
}: TextInputProps) {
  const id = givenId ?? name;
  return (
    <FormGroup error={error}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        name={name}
        type="text"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`mt-1 block w-full ${width ? widths[width] : widthClass} border-2 ${error ? "border-error" : "border-ink"} bg-white p-2 ${className ?? ""}`}
        {...input}
      />
    </FormGroup>
  );
}
