"use client";

import { useEffect, useState, type Ref, type TextareaHTMLAttributes } from "react";
import { describedBy, FieldMessages, FormGroup } from "./field-messages";

export type TextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> & {
  name: string;
  /** Defaults to `name`. */
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
  /** Show a running word count ("120 words"). Implied by `recommendedWords`. */
  wordCount?: boolean;
  /** A length to aim for: the count reads "120 words (recommended up to 100): 20 over". Never enforced. */
  recommendedWords?: number;
  /** Visually smaller label, for rows inside a list. */
  labelClassName?: string;
};

// Screen readers hear the count only once the user pauses, not after every word (GOV.UK character count).
const ANNOUNCE_AFTER_MS = 1000;

function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

function describeCount(count: number, recommended?: number): string {
  const words = `${count} ${count === 1 ? "word" : "words"}`;
  if (recommended === undefined) return words;
  const over = count - recommended;
  return `${words} (recommended up to ${recommended})${over > 0 ? `: ${over} over` : ""}`;
}

/** A labelled textarea; optionally with a word count that also works before JavaScript loads (rendered from the default value). */
export function Textarea({
  id: givenId,
  name,
  label,
  hint,
  error,
  wordCount,
  recommendedWords,
  labelClassName,
  rows = 5,
  onChange,
  defaultValue,
  className,
  ...rest
}: TextareaProps) {
  const id = givenId ?? name;
  const counting = wordCount === true || recommendedWords !== undefined;
  const [count, setCount] = useState(() => countWords(String(defaultValue ?? "")));
  const [announced, setAnnounced] = useState("");
  const [typed, setTyped] = useState(false);
  const message = describeCount(count, recommendedWords);
  const over = recommendedWords !== undefined && count > recommendedWords;
  const countId = counting ? `${id}-count` : null;

  useEffect(() => {
    // Nothing is announced on page load: only a change the user made is news.
    if (!counting || !typed) return;
    const timer = window.setTimeout(() => setAnnounced(message), ANNOUNCE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [counting, typed, message]);

  return (
    <FormGroup error={error}>
      <label htmlFor={id} className={labelClassName ?? "block font-bold"}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-describedby={describedBy(id, hint, error, countId)}
        aria-invalid={error ? true : undefined}
        defaultValue={defaultValue}
        className={`mt-1 block w-full border-2 ${error ? "border-error" : "border-ink"} bg-white p-2 ${className ?? ""}`}
        onChange={(event) => {
          setCount(countWords(event.currentTarget.value));
          setTyped(true);
          onChange?.(event);
        }}
        {...rest}
      />
      {countId ? (
        <>
          {/* Read when the field is focused (aria-describedby), so hidden from the live announcement. */}
          <p
            id={countId}
            aria-hidden="true"
            className={`mt-1 text-base ${over ? "font-bold text-error" : "text-secondary-ink"}`}
          >
            {message}
          </p>
          <p aria-live="polite" className="sr-only">
            {announced}
          </p>
        </>
      ) : null}
    </FormGroup>
  );
}
