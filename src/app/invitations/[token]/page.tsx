import type { Metadata } from "next";
import Link from "next/link";
import { loadInvitationPage } from "@/features/auth/loaders";
import { AcceptInvitationForm } from "@/features/auth/components/accept-invitation-form";
import { JoinWorkspaceForm } from "@/features/auth/components/join-workspace-form";
import { OidcSignInButton } from "@/features/auth/components/oidc-sign-in-button";
import { ROLE_LABELS } from "@/lib/authz/permissions";

export const metadata: Metadata = { title: "Accept your invitation", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const { invitation, signedInAs, oidc } = await loadInvitationPage(token);
  if (!invitation) {
    return (
      <>
        <h1 className="mb-6 text-4xl font-bold">This invitation cannot be used</h1>
        <p className="max-w-3xl">
          This invitation has expired or has already been used. Ask your administrator to invite you again.
        </p>
      </>
    );
  }
  const intro = (
    <p className="mb-8 max-w-3xl text-lg">
      You have been invited to join {invitation.workspaceName} as {ROLE_LABELS[invitation.role].toLowerCase()}, with the
      e-mail address {invitation.email}.
    </p>
  );
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">Join {invitation.workspaceName}</h1>
      {intro}
      {invitation.hasAccount ? (
        signedInAs === invitation.email ? (
          <JoinWorkspaceForm token={token} councilName={invitation.workspaceName} />
        ) : (
          <p className="max-w-3xl">
            You already have an account.{" "}
            <Link href={`/sign-in?next=${encodeURIComponent(`/invitations/${token}`)}`}>
              Sign in as {invitation.email}
            </Link>{" "}
            to accept this invitation.
          </p>
        )
      ) : (
        <>
          <AcceptInvitationForm token={token} name={invitation.name} />
          {oidc ? (
            <section aria-labelledby="oidc-heading" className="mt-10 max-w-xl border-t-2 border-gray-300 pt-6">
              <h2 id="oidc-heading" className="mb-4 text-2xl font-bold">
                Or use your council account
              </h2>
              <OidcSignInButton providerName={oidc.name} />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
