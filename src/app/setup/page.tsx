import type { Metadata } from "next";
import { loadSetupPage } from "@/features/auth/loaders";
import { SetupForm } from "@/features/auth/components/setup-form";

export const metadata: Metadata = { title: "Set up your council's workspace" };

export default async function SetupPage() {
  await loadSetupPage();
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">Set up your council&apos;s workspace</h1>
      <p className="mb-8 max-w-3xl text-lg">
        This is done once. You will be the workspace&apos;s first administrator and can then invite your colleagues.
      </p>
      <SetupForm />
    </>
  );
}
