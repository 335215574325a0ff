import type { Metadata } from "next";
import Link from "next/link";
import { loadSession } from "@/features/preparation/loaders";
import { RecordForm } from "@/features/preparation/components/record-form";

export const metadata: Metadata = { title: "Record the session" };

export default async function RecordSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { item } = await loadSession(id);
  return (
    <>
      <p className="mb-4">
        <Link href={`/preparation/sessions/${item.id}`}>Back to {item.title}</Link>
      </p>
      <h1 className="mb-2 text-4xl font-bold">Record the session</h1>
      <p className="mb-6 max-w-3xl text-xl">
        {item.title}, {item.team}
      </p>
      <RecordForm session={item} />
    </>
  );
}
