import { z } from "zod";
import { DEFAULT_LINK_DAYS, MAX_ANSWERS, MOMENTS, PULSE_MESSAGES, inSentence, type Theme } from "./domain";

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const sessionId = z.uuid("This session was not found. Go back to your sessions and open it again.");

export const createPulseLinkSchema = z.object({
  sessionId,
  moment: z.enum(MOMENTS, { error: "Choose whether the link is for before or after the session" }),
  days: z.preprocess(
    blankToUndefined,
    z
      .enum(["1", "3", "7"], { error: "Choose how long the link stays open: 1, 3 or 7 days" })
      .default(String(DEFAULT_LINK_DAYS) as "3")
      .transform((value) => Number(value) as 1 | 3 | 7),
  ),
  maxAnswers: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({
        error: `Enter the most answers the link takes, as a number from ${MAX_ANSWERS.min} to ${MAX_ANSWERS.max}`,
      })
      .int(`Enter the most answers as a whole number from ${MAX_ANSWERS.min} to ${MAX_ANSWERS.max}`)
      .min(MAX_ANSWERS.min, `A link takes at least ${MAX_ANSWERS.min} answers, so results can be shown`)
      .max(MAX_ANSWERS.max, `A link takes at most ${MAX_ANSWERS.max} answers`)
      .default(MAX_ANSWERS.default),
  ),
});
export type CreatePulseLinkInput = z.output<typeof createPulseLinkSchema>;

export const closePulseLinkSchema = z.object({
  linkId: z.uuid("This link was not found. Reload the page and try again."),
});

/** 32 random bytes in base64url: 43 letters, digits, "-" and "_". */
export const pulseTokenField = z
  .string({ error: PULSE_MESSAGES.unknown })
  .regex(/^[A-Za-z0-9_-]{43}$/, PULSE_MESSAGES.unknown);

export function isPulseToken(value: string): boolean {
  return pulseTokenField.safeParse(value).success;
}

const SCORE_VALUES = ["1", "2", "3", "4", "5"] as const;

/**
 * The pulse form: one answer from 1 to 5 for each theme, named by the theme's key, and nothing
 * else. Built from the themes of the session's framework, so it is the same in the browser and on
 * the server.
 */
export type PulseFormOutput = { token: string; scores: Record<string, number> };

export function pulseFormSchema(themes: readonly Theme[]): z.ZodType<PulseFormOutput, Record<string, string>> {
  const scores = Object.fromEntries(
    themes.map((theme) => [
      theme.key,
      z
        .enum(SCORE_VALUES, { error: `Choose how confident you feel about ${inSentence(theme.name)}` })
        .transform(Number),
    ]),
  );
  return z
    .strictObject(
      { token: pulseTokenField, ...scores },
      { error: (issue) => (issue.code === "unrecognized_keys" ? PULSE_MESSAGES.changed : undefined) },
    )
    .transform(({ token, ...rest }) => ({ token: token as string, scores: rest as Record<string, number> }));
}

const FIELD_NAME = /^[a-z0-9][a-z0-9-]{0,79}$/;

/**
 * What the public action accepts before it knows the session's themes: the token and up to a dozen
 * short answers named like theme keys. Anything else is refused; the handler then checks the
 * answers with `pulseFormSchema` for the link's own themes.
 */
export const pulseSubmissionSchema = z.looseObject({ token: pulseTokenField }).transform((value, ctx) => {
  const answers: Record<string, string> = {};
  for (const [name, given] of Object.entries(value)) {
    if (name === "token") continue;
    if (!FIELD_NAME.test(name) || typeof given !== "string" || given.length > 2 || Object.keys(answers).length >= 12) {
      ctx.addIssue({ code: "custom", path: [], message: PULSE_MESSAGES.changed });
      return z.NEVER;
    }
    answers[name] = given;
  }
  return { token: value.token, answers };
});

/** The results page's filter, from the query string; anything odd falls back to every team. */
export const confidenceQuerySchema = z.object({
  team: z.string().trim().min(1).max(100).optional().catch(undefined),
});
