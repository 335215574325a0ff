import type { Metadata } from "next";
import Link from "next/link";
import { loadChecklistItem } from "@/features/timeline/loaders";
import { ChecklistItemForm } from "@/features/timeline/components/checklist-forms";
import { isoDay } from "@/lib/calendar";

export const metadata: Metadata = { title: "Edit a checklist item" };

type Props = { params: Promise<{ id: string }> };

export default async function ChecklistItemPage({ params }: Props) {
  const { id } = await params;
  const { item, follows } = await loadChecklistItem(id);
  return (
    <>
      <Link href="/timeline" className="mb-6 inline-block">
        Back to the timeline
      </Link>
      <h1 className="mb-6 text-4xl font-bold">Edit a checklist item</h1>
      <ChecklistItemForm
        item={{
          id: item.id,
          phase: item.phase,
          text: item.text,
          owner: item.owner,
          dueDate: item.dueDate ? isoDay(item.dueDate) : "",
          follows,
        }}
      />
    </>
  );
}
