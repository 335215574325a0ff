import type { Metadata } from "next";
import Link from "next/link";
import { loadSessionForm } from "@/features/visit/loaders";
import { SessionForm } from "@/features/visit/components/session-form";

export const metadata: Metadata = { title: "Change a session" };

type Props = { params: Promise<{ id: string }> };

export default async function EditVisitSessionPage({ params }: Props) {
  const { id } = await params;
  const { item, statements } = await loadSessionForm(id);
  return (
    <>
      <Link href={`/visit/sessions/${id}`} className="mb-6 inline-block">Back to the session</Link>
      <h1 className="mb-6 text-4xl font-bold">Change {item?.title}</h1>
      <SessionForm item={item} statements={statements} />
    </>
  );
}
