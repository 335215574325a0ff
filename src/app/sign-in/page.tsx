import type { Metadata } from "next";
import { loadSignInPage } from "@/features/auth/loaders";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { OidcSignInButton } from "@/features/auth/components/oidc-sign-in-button";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { safeNextPath } from "@/features/auth/schema";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Messages for the identity provider's outcomes (next-auth sends people back with ?error=…).
const OIDC_ERRORS: Record<string, string> = {
  "not-invited":
    "Your council account has not been invited to this service. Ask your administrator to invite you, using the e-mail address of your council account.",
  AccessDenied:
    "Your council account has not been invited to this service. Ask your administrator to invite you, using the e-mail address of your council account.",
  OAuthCallback: "Signing in with your council account did not work. Try again, or sign in with your password.",
  OAuthSignin: "Signing in with your council account did not work. Try again, or sign in with your password.",
};

export default async function SignInPage({ searchParams }: Props) {
  const { oidc } = await loadSignInPage();
  const params = await searchParams;
  const next = typeof params.next === "string" ? params.next : undefined;
  const error = typeof params.error === "string" ? (OIDC_ERRORS[params.error] ?? OIDC_ERRORS.OAuthCallback) : undefined;
  return (
    <>
      {params["signed-out"] ? (
        <NotificationBanner>
          <p>You have signed out.</p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-6 text-4xl font-bold">Sign in</h1>
      <SignInForm next={next} extraError={error} />
      {oidc ? (
        <section aria-labelledby="oidc-heading" className="mt-10 max-w-xl border-t-2 border-gray-300 pt-6">
          <h2 id="oidc-heading" className="mb-4 text-2xl font-bold">
            Or use your council account
          </h2>
          <OidcSignInButton providerName={oidc.name} callbackUrl={safeNextPath(next)} />
        </section>
      ) : null}
    </>
  );
}
