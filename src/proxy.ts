import { NextResponse, type NextRequest } from "next/server";
import { settings } from "@/lib/env";
import { logger } from "@/lib/logger";
import { refusePagePost, type Refusal } from "@/lib/http/page-post";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/http/security-headers";

// Runs before every request: refuses malformed requests and forged posts to pages (server
// actions), then sets a per-request CSP nonce (passed to the page through the request headers, as
// Next expects) and the other security headers on every response.
export async function proxy(request: NextRequest) {
  const { APP_URL: appUrl, OIDC_ISSUER: issuer, NODE_ENV } = settings("APP_URL", "OIDC_ISSUER", "NODE_ENV");
  const refusal = refuseAddress(request) ?? (await refusePost(request, appUrl));
  if (refusal) {
    // The client's mistake, not ours: a warning naming what was refused, no stack.
    logger.warn(
      { method: request.method, path: request.nextUrl.pathname, status: refusal.status, reason: refusal.reason },
      "request refused",
    );
    return new NextResponse(refusal.message, {
      status: refusal.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const nonce = btoa(crypto.randomUUID());
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

function refuseAddress(request: NextRequest): Refusal | null {
  // A NUL character has no place in an address; PostgreSQL would refuse it in a search filter.
  if (!/%00/.test(request.nextUrl.pathname + request.nextUrl.search)) return null;
  return {
    status: 400,
    reason: "NUL in address",
    message: "This address contains a character that is not allowed. Check the link and try again.",
  };
}

/**
 * A post to a page is a server action: the same Origin rule as route handlers, and a body Next can
 * read (lib/http/page-post.ts). Route handlers under /api check their own posts.
 */
function refusePost(request: NextRequest, appUrl: string): Promise<Refusal | null> | null {
  if (request.method === "GET" || request.method === "HEAD" || request.nextUrl.pathname.startsWith("/api/"))
    return null;
  return refusePagePost(request, appUrl);
}

export const config = {
  // Uploads are left out: the proxy would hold request bodies in memory (and cut them at 10 MB).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/uploads/).*)" }],
};
