/**
 * The one result shape every form action returns. On failure the page re-renders what the user
 * typed (`values`), an error summary (`formError`, `fieldErrors`) and keeps focus management simple.
 * On success most actions redirect (post/redirect/get); those that stay on the page return `ok`.
 */
export type FieldErrors = Record<string, string>;

export type ActionResult =
  | { status: "idle" }
  | { status: "ok"; message?: string; data?: Record<string, string> }
  | {
      status: "error";
      formError?: string;
      fieldErrors: FieldErrors;
      /** What the user submitted, as strings, so the form shows it again. Never includes passwords. */
      values: Record<string, string>;
      /** A reference for unexpected errors, shown to the user and written to the log. */
      errorId?: string;
      /** The AppError code of an expected failure, for forms that react to one (e.g. "stale"). */
      code?: string;
    };

export const idle: ActionResult = { status: "idle" };
