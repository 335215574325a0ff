import type { NextAuthOptions } from "next-auth";
import { env, oidcEnabled } from "@/lib/env";
import { logger } from "@/lib/logger";
import { sessionCookieName, sessionCookieOptions } from "./cookie";
import { findInvitedOrActiveUser } from "./data";
import { completeOidcSignIn } from "./mutations";

/**
 * next-auth runs the OpenID Connect sign-in with the council's identity provider (Microsoft Entra
 * ID or any OIDC provider, from OIDC_* settings). Password sign-in is our own server action
 * (features/auth), writing the same cookie. Either way the cookie's token carries only the id of a
 * UserSession row, which the session gate checks on every request.
 */
type OidcProfile = { sub: string; email?: string; preferred_username?: string; upn?: string; name?: string };

export function emailFromProfile(profile: Partial<OidcProfile> | undefined): string | null {
  // Entra ID often sends the address as preferred_username or upn rather than email.
  const value = profile?.email ?? profile?.preferred_username ?? profile?.upn;
  return value && value.includes("@") ? value.trim().toLowerCase() : null;
}

export function authOptions(): NextAuthOptions {
  const settings = env();
  const maxAge = settings.SESSION_MAX_HOURS * 3600;
  return {
    secret: settings.AUTH_SECRET,
    session: { strategy: "jwt", maxAge },
    cookies: { sessionToken: { name: sessionCookieName(), options: sessionCookieOptions(maxAge) } },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: oidcEnabled()
      ? [
          {
            id: "oidc",
            name: settings.OIDC_DISPLAY_NAME,
            type: "oauth",
            wellKnown: `${settings.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
            clientId: settings.OIDC_CLIENT_ID,
            clientSecret: settings.OIDC_CLIENT_SECRET,
            authorization: { params: { scope: "openid email profile" } },
            idToken: true,
            checks: ["pkce", "state"],
            profile(profile: OidcProfile) {
              return { id: profile.sub, email: emailFromProfile(profile), name: profile.name ?? null };
            },
          },
        ]
      : [],
    callbacks: {
      async signIn({ profile }) {
        const email = emailFromProfile(profile as Partial<OidcProfile> | undefined);
        const user = email ? await findInvitedOrActiveUser(email) : null;
        if (!user) {
          logger.info({ event: "oidc_refused" }, "identity provider sign-in refused: no invitation");
          return "/sign-in?error=not-invited";
        }
        return true;
      },
      async jwt({ token, account, profile }) {
        if (account) {
          // First call after the provider's callback: start our own session.
          const email = emailFromProfile(profile as Partial<OidcProfile> | undefined);
          const user = email ? await findInvitedOrActiveUser(email) : null;
          if (!user) return { ...token, sid: undefined };
          const sid = await completeOidcSignIn({ userId: user.id, maxHours: settings.SESSION_MAX_HOURS });
          return { sub: user.id, sid };
        }
        return token;
      },
    },
    logger: {
      error: (code) => logger.error({ code }, "next-auth error"),
      warn: (code) => logger.warn({ code }, "next-auth warning"),
      debug: () => undefined,
    },
  };
}
