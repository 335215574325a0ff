import type { Metadata } from "next";
import Link from "next/link";
import { loadNewSession } from "@/features/preparation/loaders";
import { SessionForm } from "@/features/preparation/components/session-form";

export const metadata: Metadata = { title: "Plan a session" };

export default async function NewSessionPage() {
  const { facilitators, userId } = await loadNewSession();
  return (
    <>
      <p className="mb-4">
        <Link href="/preparation">Back to staff preparation</Link>
      </p>
      <h1 className="mb-6 text-4xl font-bold">Plan a session</h1>
      <SessionForm item={null} facilitators={facilitators} userId={userId} />
    </>
  );
}
