"use client";

import { useState, type Ref, type TextareaHTMLAttributes } from "react";
import { describedBy, FieldMessages } from "./field-messages";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
  /** Shows a running word count against this recommended length. */
  recommendedWords?: number;
  /** Visually smaller label, for rows inside a list. */
  labelClassName?: string;
};

function words(text: string) {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/** A labelled textarea; with `recommendedWords`, a word count that tells the user when they are over. */
export function Textarea({ id, label, hint, error, recommendedWords, labelClassName, rows = 5, onChange, defaultValue, ...rest }: Props) {
  const [count, setCount] = useState(() => words(String(defaultValue ?? "")));
  const countId = recommendedWords ? `${id}-count` : null;
  const messages = [describedBy(id, hint, error), countId].filter(Boolean).join(" ") || undefined;
  const over = recommendedWords !== undefined && count > recommendedWords;
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-[var(--color-error)] pl-4" : ""}`}>
      <label htmlFor={id} className={labelClassName ?? "block font-bold"}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        rows={rows}
        aria-describedby={messages}
        aria-invalid={error ? true : undefined}
        defaultValue={defaultValue}
        className={`mt-1 block w-full border-2 ${error ? "border-[var(--color-error)]" : "border-gray-900"} p-2`}
        onChange={(event) => {
          setCount(words(event.currentTarget.value));
          onChange?.(event);
        }}
        {...rest}
      />
      {recommendedWords ? (
        <p id={countId ?? undefined} aria-live="polite" className={`mt-1 text-base ${over ? "font-bold text-[var(--color-error)]" : "text-gray-700"}`}>
          {count} {count === 1 ? "word" : "words"} (recommended up to {recommendedWords}){over ? `: ${count - recommendedWords} over` : ""}
        </p>
      ) : null}
    </div>
  );
}
