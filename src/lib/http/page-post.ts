import { isSameOrigin } from "./same-origin";

/**
 * What a post to a page (a server action) must look like before Next reads it. Next answers a
 * malformed one with a 500 and an error in the log: a body it cannot parse, one over its size
 * limit, a missing or malformed Origin. Checked here first, each is refused with a 4xx and a
 * plain sentence, and logged as the client's mistake. Every form on our pages posts
 * multipart/form-data, with or without JavaScript.
 */
export const ACTION_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export type Refusal = { status: number; reason: string; message: string };

const NOT_OURS = "This request did not come from this service's own pages.";
const UNREADABLE = "This form could not be read. Go back, reload the page and submit it again.";

export async function refusePagePost(request: Request, appUrl: string): Promise<Refusal | null> {
  if (!isSameOrigin(request, appUrl)) return { status: 403, reason: "not same origin", message: NOT_OURS };
  const length = request.headers.get("content-length");
  if (length === null || !/^\d+$/.test(length))
    return { status: 411, reason: "no content length", message: UNREADABLE };
  if (Number(length) > ACTION_BODY_LIMIT_BYTES)
    return {
      status: 413,
      reason: "body too large",
      message: `This form is too large to send (the limit is ${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB). Shorten what you entered and try again.`,
    };
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;.*\bboundary=/i.test(type))
    return { status: 415, reason: "not a multipart form", message: UNREADABLE };
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return { status: 400, reason: "malformed multipart body", message: UNREADABLE };
  }
  return malformedActionFields(form, request.headers.has("next-action"))
    ? { status: 400, reason: "malformed action fields", message: UNREADABLE }
    : null;
}

/**
 * The fields Next and React decode themselves as JSON: a script's call (Next-Action) carries its
 * arguments in numbered fields, from "0"; a form posted before scripts load names its action in
 * `$ACTION_<n>:<m>` fields. Anything else in them would be a parse error inside Next.
 */
function malformedActionFields(form: FormData, scripted: boolean): boolean {
  if (scripted && typeof form.get("0") !== "string") return true;
  for (const [name, value] of form.entries()) {
    const reference = /^\$ACTION_REF_(\d+)$/.exec(name)?.[1];
    if (reference !== undefined && !namesAnAction(form.get(`$ACTION_${reference}:0`))) return true;
    const decoded = scripted ? /^\d+$/.test(name) : /^\$ACTION_\d+:\d+$/.test(name);
    if (!decoded) continue;
    if (typeof value !== "string" || !isJson(value)) return true;
  }
  return false;
}

function namesAnAction(value: FormDataEntryValue | null): boolean {
  if (typeof value !== "string" || !isJson(value)) return false;
  const parsed = JSON.parse(value) as unknown;
  return typeof parsed === "object" && parsed !== null && typeof (parsed as { id?: unknown }).id === "string";
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
