import type { Metadata } from "next";
import { loadNoAccessPage } from "@/features/auth/loaders";
import { SignOutButton } from "@/features/auth/components/sign-out-button";

export const metadata: Metadata = { title: "You do not have access to a workspace" };

export default async function NoAccessPage() {
  const { email } = await loadNoAccessPage();
  return (
    <>
      <h1 className="mb-6 text-4xl font-bold">You do not have access to a workspace</h1>
      <div className="max-w-3xl space-y-4">
        <p>You are signed in as {email}, but you are not an active member of any council&apos;s workspace.</p>
        <p>
          If you should have access, ask your council&apos;s administrator for this service to invite you or restore
          your access.
        </p>
        <SignOutButton />
      </div>
    </>
  );
}
