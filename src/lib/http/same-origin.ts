/**
 * Cross-site request forgery: a post that changes something must come from our own pages. One rule
 * for route handlers (createRoute) and server actions (src/proxy.ts): Next compares Origin with
 * Host for actions itself but lets a request without Origin through, and does nothing for route
 * handlers.
 */
export function isSameOrigin(request: Request, appUrl: string): boolean {
  const origin = request.headers.get("origin");
  // Browsers send Origin on every post; a request without one is trusted only when the browser
  // vouches it came from this very origin.
  if (!origin) return request.headers.get("sec-fetch-site") === "same-origin";
  let sender: URL;
  try {
    sender = new URL(origin);
  } catch {
    // "null" (a sandboxed frame, a data: page) and anything malformed are not our pages.
    return false;
  }
  // The service's own address, scheme included; or, behind a proxy that terminates TLS, the host
  // the request was sent to (the scheme is then the proxy's, so only the host can be compared).
  return sender.origin === originOf(appUrl) || sender.host === request.headers.get("host");
}

function originOf(appUrl: string): string | null {
  try {
    return new URL(appUrl).origin;
  } catch {
    return null;
  }
}
