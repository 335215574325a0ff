"use client";

import { useEffect, useId, useRef } from "react";

/**
 * The GOV.UK error summary: at the top of the page, focused when it appears, one link per field
 * error that moves focus to the field. While errors show, the page title starts with "Error: ".
 */
export function ErrorSummary({
  formError,
  fieldErrors,
  errorId,
}: {
  formError?: string;
  fieldErrors: Record<string, string>;
  errorId?: string;
}) {
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
  }, [visible, signature]);

  if (!visible) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className="mb-8 border-4 border-[var(--color-error)] p-4 focus:outline-[3px] focus:outline-[var(--color-focus)]"
    >
      <h2 id={titleId} className="text-2xl font-bold">
        There is a problem
      </h2>
      <ul className="mt-3 space-y-2">
        {formError ? <li className="font-bold text-[var(--color-error)]">{formError}</li> : null}
        {entries.map(([field, message]) => (
          <li key={field}>
            <a
              href={`#${field}`}
              className="font-bold text-[var(--color-error)] visited:text-[var(--color-error)]"
              onClick={(event) => {
                const target = document.getElementById(field);
                if (!target) return;
                event.preventDefault();
                target.scrollIntoView({ block: "center" });
                target.focus();
              }}
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
