"use client";

import { useEffect, useId, useRef, type MouseEvent } from "react";

export type ErrorSummaryProps = {
  formError?: string;
  fieldErrors: Readonly<Record<string, string>>;
  /** Reference of an unexpected failure, for the user to quote to support. */
  errorId?: string;
  /**
   * Changes on every failed submit (see useActionForm), so the summary takes focus again even when
   * the messages are the same as last time.
   */
  focusKey?: number;
};

/**
 * The GOV.UK error summary: at the top of the page, focused when it appears or its errors change,
 * one link per field error that moves focus to the field. While errors show, the page title
 * starts with "Error: ". Renders nothing without errors, so it can always be on the page.
 */
export function ErrorSummary({ formError, fieldErrors, errorId, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const entries = Object.entries(fieldErrors);
  const visible = Boolean(formError) || entries.length > 0;
  const signature = `${formError ?? ""}|${entries.map(([key, value]) => `${key}:${value}`).join("|")}`;

  useEffect(() => {
    if (!visible) return;
    ref.current?.focus();
    const original = document.title.replace(/^Error: /, "");
    document.title = `Error: ${original}`;
    return () => {
      document.title = original;
    };
  }, [visible, signature, focusKey]);

  if (!visible) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className="mb-8 border-4 border-error p-4 focus:outline-[3px] focus:outline-offset-0 focus:outline-focus"
    >
      <h2 id={titleId} className="text-2xl font-bold">
        There is a problem
      </h2>
      <ul className="mt-3 space-y-2">
        {formError ? <li className="font-bold text-error">{formError}</li> : null}
        {entries.map(([field, message]) => (
          <li key={field}>
            <a
              href={`#${field}`}
              className="font-bold text-error visited:text-error hover:text-red-900"
              onClick={(event) => focusField(event, field)}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
      {errorId ? <p className="mt-3">Reference: {errorId}</p> : null}
    </div>
  );
}

/**
 * Moves focus to the field and scrolls its label or legend into view too (a bare jump to the
 * input would hide the question above it). An error on part of a field ("tags.2") goes to the
 * field ("tags").
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, key: string) {
  let name = key;
  let target = document.getElementById(name);
  while (!target && name.includes(".")) {
    name = name.slice(0, name.lastIndexOf("."));
    target = document.getElementById(name);
  }
  if (!target) return;
  event.preventDefault();
  const legend = target.closest("fieldset")?.querySelector("legend");
  const label = document.querySelector(`label[for="${CSS.escape(target.id)}"]`);
  // A radio's own label is one answer; the question is the group's legend.
  const choice = target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox");
  const question = (choice ? legend : label) ?? legend ?? label ?? target;
  question.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
}
