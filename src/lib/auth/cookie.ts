import { secureCookies } from "@/lib/env";

/**
 * The session cookie, named and configured in one place so that next-auth (OIDC sign-in) and our
 * own password sign-in write the same cookie: httpOnly, SameSite=Lax, Secure behind HTTPS.
 */
export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function sessionCookieOptions(maxAgeSeconds: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: secureCookies(),
    maxAge: maxAgeSeconds,
  };
}
