/**
 * Sign-in throttling. Counting failures per e-mail stops guessing one account's password; per
 * address stops trying one password across many accounts. The same message is shown whether or
 * not the account exists, so the limit reveals nothing either.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 25;

export function isSignInThrottled(failures: { forEmail: number; forAddress: number }): boolean {
  return failures.forEmail >= MAX_FAILURES_PER_EMAIL || failures.forAddress >= MAX_FAILURES_PER_ADDRESS;
}

export const INVITATION_DAYS = 7;
