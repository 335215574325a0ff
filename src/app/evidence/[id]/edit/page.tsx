import type { Metadata } from "next";
import Link from "next/link";
import { loadEvidenceForm } from "@/features/evidence/loaders";
import { loadReturnItemOptions } from "@/features/information-return/loaders";
import { EvidenceForm } from "@/features/evidence/components/evidence-form";

export const metadata: Metadata = { title: "Change evidence" };

type Props = { params: Promise<{ id: string }> };

export default async function EditEvidencePage({ params }: Props) {
  const { id } = await params;
  const [form, returnItems] = await Promise.all([loadEvidenceForm(id), loadReturnItemOptions()]);
  return (
    <>
      <Link href={`/evidence/${id}`} className="mb-6 inline-block">
        Back to the item
      </Link>
      <h1 className="mb-6 text-4xl font-bold">Change evidence</h1>
      <EvidenceForm {...form} returnItems={returnItems} />
    </>
  );
}
