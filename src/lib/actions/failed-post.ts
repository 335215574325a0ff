import "server-only";
import { cookies, headers } from "next/headers";

/**
 * "Error: " before the page title when a form comes back with errors (GOV.UK). With JavaScript the
 * error summary sets it in the browser; a form posted without JavaScript is answered by the server
 * rendering the page again, whose title comes from metadata, which cannot see the action's result.
 * So the pipeline marks that render: a cookie written during the action is visible to the render
 * that follows in the same request (Next copies the action's cookie writes to it), and with
 * Max-Age=0 the browser keeps nothing. Only for posts without JavaScript: with it, Next treats a
 * cookie written by an action as a reason to refresh the page.
 */
const FAILED_POST_COOKIE = "form-failed";

export async function markFailedPost(): Promise<void> {
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch {
    return; // Called outside a request (a test or a script): there is no page to title.
  }
  if (requestHeaders.has("next-action")) return;
  (await cookies()).set(FAILED_POST_COOKIE, "1", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax" });
}

/** Whether the page being rendered answers a form posted without JavaScript that failed. */
export async function answersFailedPost(): Promise<boolean> {
  return (await cookies()).get(FAILED_POST_COOKIE)?.value === "1";
}
