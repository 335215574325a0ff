import type { ReactNode } from "react";

/**
 * What every field shares: ids, hint and error text, and the red bar that marks a field in error.
 * Ids follow one rule so the error summary can link to any field: the input's id is its name
 * unless given, its hint is `${id}-hint` and its error `${id}-error`.
 */
export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The ids an input's aria-describedby lists: hint first, then error, as GOV.UK reads them. */
export function describedBy(
  id: string,
  hint?: string,
  error?: string,
  ...extra: (string | null | undefined)[]
): string | undefined {
  return [hint ? hintId(id) : null, error ? errorId(id) : null, ...extra].filter(Boolean).join(" ") || undefined;
}

/** One field's message from an errors record, e.g. `fieldError(state.fieldErrors, "title")`. */
export function fieldError(errors: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  return errors?.[name] || undefined;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="text-secondary-ink">
      {children}
    </div>
  );
}

/** The "Error:" prefix tells screen reader users what the red text is; sighted users see colour, bar and bold. */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="font-bold text-error">
      <span className="sr-only">Error: </span>
      {children}
    </p>
  );
}

export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? <Hint id={hintId(id)}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId(id)}>{error}</ErrorMessage> : null}
    </>
  );
}

/** The wrapper around one question; in error it gets a thick left bar, so colour is not the only sign. */
export function FormGroup({ error, className, children }: { error?: string; className?: string; children: ReactNode }) {
  return <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""} ${className ?? ""}`}>{children}</div>;
}
