import type { Metadata } from "next";
import Link from "next/link";
import { loadEditAction } from "@/features/improvement-plan/loaders";
import { ActionForm } from "@/features/improvement-plan/components/action-form";
import { sourceValue } from "@/features/improvement-plan/domain";

export const metadata: Metadata = { title: "Change an action" };

type Props = { params: Promise<{ id: string }> };

export default async function EditActionPage({ params }: Props) {
  const { id } = await params;
  const { item, themes, owners, sources } = await loadEditAction(id);
  const values = {
    title: item.title,
    description: item.description,
    ownerId: item.ownerId ?? "",
    ownerName: item.ownerId ? "" : item.owner,
    dueDate: item.dueDate.toISOString().slice(0, 10),
    status: item.status,
    rag: item.rag,
    statementKeys: item.statementKeys.join("\n"),
    tags: item.tags.join(", "),
    source: sourceValue(item.source),
  };
  return (
    <>
      <Link href={`/improvement-plan/${item.id}`} className="mb-6 inline-block">
        Back to the action
      </Link>
      <h1 className="mb-6 text-4xl font-bold">Change the action</h1>
      <ActionForm
        existing={{ id: item.id, version: item.version, values }}
        defaults={{}}
        themes={themes}
        owners={owners}
        sources={sources}
      />
    </>
  );
}
