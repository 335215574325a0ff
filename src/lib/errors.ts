/**
 * Expected failures: typed, turned into a message for the user. Anything else is unexpected and
 * shown as "Sorry, there is a problem" with a reference id, never a stack trace or SQL.
 */
export type AppErrorCode =
  "unauthenticated" | "forbidden" | "not_found" | "conflict" | "stale" | "too_large" | "rate_limited" | "invalid";

const defaultMessages: Record<AppErrorCode, string> = {
  unauthenticated: "Sign in to continue.",
  forbidden: "You do not have permission to do that. Ask your administrator if you need it.",
  not_found: "We could not find that. It may have been removed, or the link may be wrong.",
  conflict: "That clashes with something that already exists.",
  stale: "Someone else changed this while you were editing. Your text has been kept: check it and save again.",
  too_large: "That is too large.",
  rate_limited: "Too many attempts. Wait a few minutes and try again.",
  invalid: "Check what you entered and try again.",
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Field-level messages, for errors that belong to one field (for example a taken e-mail). */
  readonly fieldErrors?: Record<string, string>;

  constructor(code: AppErrorCode, message?: string, fieldErrors?: Record<string, string>) {
    super(message ?? defaultMessages[code]);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
