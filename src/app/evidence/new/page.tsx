import type { Metadata } from "next";
import Link from "next/link";
import { loadEvidenceForm } from "@/features/evidence/loaders";
import { loadReturnItemOptions } from "@/features/information-return/loaders";
import { EvidenceForm } from "@/features/evidence/components/evidence-form";

export const metadata: Metadata = { title: "Add evidence" };

export default async function NewEvidencePage() {
  const [form, returnItems] = await Promise.all([loadEvidenceForm(), loadReturnItemOptions()]);
  return (
    <>
      <Link href="/evidence" className="mb-6 inline-block">
        Back to evidence
      </Link>
      <h1 className="mb-6 text-4xl font-bold">Add evidence</h1>
      <EvidenceForm {...form} returnItems={returnItems} item={null} />
    </>
  );
}
