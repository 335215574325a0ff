import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonWords } from "@zxcvbn-ts/language-common";
import { dictionary as englishWords, translations } from "@zxcvbn-ts/language-en";

/**
 * NCSC's password guidance: no complexity rules, but refuse the passwords attackers try first:
 * common and breached ones, keyboard runs, repeats, dates and words with a digit on the end. The
 * zxcvbn-ts estimator carries those lists (bundled in its packages, nothing fetched) and scores
 * how many guesses a password would take; score 3 is about 10^8 guesses.
 */
const MINIMUM_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

function strength() {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonWords, ...englishWords },
    graphs: adjacencyGraphs,
    translations,
  });
  return estimator;
}

/**
 * Why a new password is too easy to guess, as a sentence that says what to do; null when it is
 * fine. `related` is what the person typed alongside it (name, e-mail, council), which an
 * attacker would try too.
 */
export function passwordWeakness(password: string, related: string[] = []): string | null {
  const words = related.flatMap((one) => one.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((one) => one.length > 2);
  const result = strength().check(password, words);
  if (result.score >= MINIMUM_SCORE) return null;
  const reason = result.feedback.warning
    ? result.feedback.warning.charAt(0).toLowerCase() + result.feedback.warning.slice(1).replace(/\.$/, "")
    : "it would be found quickly by trying common passwords and patterns";
  // NCSC: "three random words" is a strong, memorable password.
  return `Choose a password that is harder to guess: ${reason}. Three or more random words together make a strong password.`;
}
