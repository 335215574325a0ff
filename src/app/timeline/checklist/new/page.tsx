import type { Metadata } from "next";
import Link from "next/link";
import { loadNewChecklistItem } from "@/features/timeline/loaders";
import { ChecklistItemForm } from "@/features/timeline/components/checklist-forms";

export const metadata: Metadata = { title: "Add a checklist item" };

export default async function NewChecklistItemPage() {
  await loadNewChecklistItem();
  return (
    <>
      <Link href="/timeline" className="mb-6 inline-block">
        Back to the timeline
      </Link>
      <h1 className="mb-6 text-4xl font-bold">Add a checklist item</h1>
      <ChecklistItemForm />
    </>
  );
}
