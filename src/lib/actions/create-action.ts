import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { can } from "@/lib/authz/policy";
import type { Permission } from "@/lib/authz/permissions";
import { getCurrentSession, type CurrentMember, type CurrentSession } from "@/lib/auth/session";
import type { WorkspaceScope } from "@/lib/authz/scope";
import type { Actor } from "@/lib/audit";
import { AppError, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/unavailable";
import type { ActionResult, FieldErrors } from "./result";
import { formDataToObject, valuesToKeep } from "./form-data";
import { registerAction } from "./registry";
import { markFailedPost } from "./failed-post";

/**
 * The one pipeline for every server action: session → permission → zod → handler → result.
 * Expected failures (AppError, invalid input) come back as a result the form shows with the
 * user's input kept; unexpected ones are logged with an id and shown as "Sorry, there is a problem".
 * Next's redirect()/notFound() pass through, so handlers can post/redirect/get.
 *
 * Every action is named (its export's name, which the authorization tests check) so each log
 * line about a failure says which action failed.
 */
export type FormAction = (previous: ActionResult, formData: FormData) => Promise<ActionResult>;

type Handler<S extends z.ZodType, C> = (input: z.output<S>, context: C) => Promise<ActionResult | void>;

/**
 * What a member's action works with: the workspace's scope and the acting user, as `data.ts` and
 * `mutations.ts` take them, the membership (for row rules) and, rarely needed, the whole session.
 */
export type MemberActionContext = {
  scope: WorkspaceScope;
  actor: Actor;
  member: CurrentMember;
  session: CurrentSession;
};

export function createAction<S extends z.ZodType>(config: {
  name: string;
  permission: Permission;
  schema: S;
  handler: Handler<S, MemberActionContext>;
}): FormAction {
  const action: FormAction = (_previous, formData) =>
    run(config.name, formData, config.schema, config.handler, async (values) => {
      const session = await getCurrentSession();
      if (!session) return sessionEnded(values);
      const member = session.member;
      if (!member || !can(member, config.permission)) {
        return failure(values, new AppError("forbidden").message);
      }
      return { scope: member.scope, actor: { userId: session.user.id }, member, session };
    });
  return registerAction(action, config.name, { kind: "permission", permission: config.permission });
}

/** For actions any signed-in user may take on their own session (sign out, switch workspace). */
export function createSignedInAction<S extends z.ZodType>(config: {
  name: string;
  schema: S;
  handler: Handler<S, { actor: Actor; session: CurrentSession }>;
}): FormAction {
  const action: FormAction = (_previous, formData) =>
    run(config.name, formData, config.schema, config.handler, async (values) => {
      const session = await getCurrentSession();
      return session ? { actor: { userId: session.user.id }, session } : sessionEnded(values);
    });
  return registerAction(action, config.name, { kind: "signed-in" });
}

/** For the few actions that must work signed out (setup, sign-in, accepting an invitation). */
export function createPublicAction<S extends z.ZodType>(config: {
  name: string;
  reason: string;
  schema: S;
  handler: Handler<S, Record<string, never>>;
}): FormAction {
  const action: FormAction = (_previous, formData) =>
    run(config.name, formData, config.schema, config.handler, async () => ({}));
  return registerAction(action, config.name, { kind: "public", reason: config.reason });
}

/**
 * Access is checked before the input is parsed, so a refused caller learns nothing about the form;
 * `guard` returns the handler's context, or the failure to show.
 */
async function run<S extends z.ZodType, C extends object>(
  name: string,
  formData: FormData,
  schema: S,
  handler: Handler<S, C>,
  guard: (values: Record<string, string>) => Promise<C | ActionResult>,
): Promise<ActionResult> {
  // A hand-made request can call an action with anything; only a form is read (else: an empty one).
  const raw = formData instanceof FormData ? formDataToObject(formData) : {};
  const values = valuesToKeep(raw);
  const result = await attempt(name, raw, values, schema, handler, guard);
  if (result.status === "error") await markFailedPost();
  return result;
}

async function attempt<S extends z.ZodType, C extends object>(
  name: string,
  raw: Record<string, string | string[]>,
  values: Record<string, string>,
  schema: S,
  handler: Handler<S, C>,
  guard: (values: Record<string, string>) => Promise<C | ActionResult>,
): Promise<ActionResult> {
  try {
    const context = await guard(values);
    if (isResult(context)) return context;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error, values);
    return (await handler(parsed.data, context)) ?? { status: "ok" };
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error))
      return {
        status: "error",
        formError: error.message,
        fieldErrors: error.fieldErrors ?? {},
        values,
        code: error.code,
      };
    if (isDatabaseUnavailable(error)) {
      logger.warn(
        { action: name, err: error instanceof Error ? error.message : String(error) },
        `server action ${name} could not reach the database`,
      );
      return { status: "error", formError: DATABASE_UNAVAILABLE_MESSAGE, fieldErrors: {}, values, code: "unavailable" };
    }
    const errorId = randomUUID().slice(0, 8).toUpperCase();
    logger.error(
      {
        action: name,
        errorId,
        err: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
      },
      `server action ${name} failed`,
    );
    return {
      status: "error",
      formError: `Sorry, there is a problem with the service. Nothing was saved. Try again later, and quote reference ${errorId} if you contact support.`,
      fieldErrors: {},
      values,
      errorId,
    };
  }
}

function isResult(value: object): value is ActionResult {
  return "status" in value;
}

function invalid(error: z.ZodError, values: Record<string, string>): ActionResult {
  const fieldErrors: FieldErrors = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".");
    if (!key) formError ??= issue.message;
    else fieldErrors[key] ??= issue.message;
  }
  return { status: "error", formError, fieldErrors, values };
}

function failure(values: Record<string, string>, formError: string, fieldErrors: FieldErrors = {}): ActionResult {
  return { status: "error", formError, fieldErrors, values };
}

function sessionEnded(values: Record<string, string>): ActionResult {
  return failure(
    values,
    "Your session has ended. Sign in again in a new tab, then come back and submit this form: what you typed is still here.",
  );
}
