import type { Metadata } from "next";
import Link from "next/link";
import { loadEditSession } from "@/features/preparation/loaders";
import { SessionForm } from "@/features/preparation/components/session-form";

export const metadata: Metadata = { title: "Change session details" };

export default async function EditSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { item, facilitators } = await loadEditSession(id);
  return (
    <>
      <p className="mb-4">
        <Link href={`/preparation/sessions/${item.id}`}>Back to {item.title}</Link>
      </p>
      <h1 className="mb-6 text-4xl font-bold">Change session details</h1>
      <SessionForm item={item} facilitators={facilitators} userId={item.facilitatorId} />
    </>
  );
}
