import type { Metadata } from "next";
import Link from "next/link";
import { loadSessionForm } from "@/features/visit/loaders";
import { SessionForm } from "@/features/visit/components/session-form";

export const metadata: Metadata = { title: "Add a session" };

export default async function NewVisitSessionPage() {
  const { statements } = await loadSessionForm();
  return (
    <>
      <Link href="/visit" className="mb-6 inline-block">
        Back to the schedule
      </Link>
      <h1 className="mb-6 text-4xl font-bold">Add a session</h1>
      <SessionForm item={null} statements={statements} />
    </>
  );
}
