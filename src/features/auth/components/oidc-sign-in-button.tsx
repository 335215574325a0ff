"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/forms/button";

/** Starts sign-in with the council's identity provider (next-auth needs JavaScript for this step). */
export function OidcSignInButton({ providerName, callbackUrl = "/" }: { providerName: string; callbackUrl?: string }) {
  const [pending, setPending] = useState(false);
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        pending={pending}
        onClick={() => {
          setPending(true);
          void signIn("oidc", { callbackUrl });
        }}
      >
        Sign in with {providerName}
      </Button>
      <noscript>
        <p className="mt-2">
          Signing in with {providerName} needs JavaScript. You can sign in with your password instead.
        </p>
      </noscript>
    </>
  );
}
