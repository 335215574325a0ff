import { NextResponse, type NextRequest } from "next/server";
import { settings } from "@/lib/env";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/http/security-headers";

// Runs before every request: a per-request CSP nonce (passed to the page through the request
// headers, as Next expects) and the other security headers on every response.
export function proxy(request: NextRequest) {
  // A NUL character has no place in an address; PostgreSQL would refuse it in a search filter.
  if (/%00/.test(request.nextUrl.pathname + request.nextUrl.search)) {
    return new NextResponse("This address contains a character that is not allowed. Check the link and try again.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const nonce = btoa(crypto.randomUUID());
  const { APP_URL: appUrl, OIDC_ISSUER: issuer, NODE_ENV } = settings("APP_URL", "OIDC_ISSUER", "NODE_ENV");
  const policy = contentSecurityPolicy(nonce, {
    dev: NODE_ENV === "development",
    https: appUrl.startsWith("https://"),
    formTargets: issuer ? [new URL(issuer).origin] : [],
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Lets the layout mark the current section in the navigation (aria-current).
  requestHeaders.set("x-pathname", request.nextUrl.pathname);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(staticSecurityHeaders)) response.headers.set(name, value);
  if (appUrl.startsWith("https://"))
    response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  // Uploads are left out: the proxy would hold request bodies in memory (and cut them at 10 MB).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/uploads/).*)" }],
};
