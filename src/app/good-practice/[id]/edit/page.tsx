import type { Metadata } from "next";
import Link from "next/link";
import { loadGoodPracticeEditForm } from "@/features/good-practice/loaders";
import { EntryForm } from "@/features/good-practice/components/entry-form";

export const metadata: Metadata = { title: "Change an entry" };

type Props = { params: Promise<{ id: string }> };

export default async function EditGoodPracticePage({ params }: Props) {
  const { id } = await params;
  const { entry, themes, refusal } = await loadGoodPracticeEditForm(id);
  return (
    <>
      <Link href={`/good-practice/${entry.id}`} className="mb-6 inline-block">
        Back to the entry
      </Link>
      <h1 className="mb-6 text-4xl font-bold">Change &ldquo;{entry.title}&rdquo;</h1>
      {refusal ? (
        <p className="max-w-3xl text-lg">{refusal}</p>
      ) : (
        <EntryForm
          entry={{
            id: entry.id,
            kind: entry.kind,
            title: entry.title,
            description: entry.description,
            team: entry.team,
            statementKeys: entry.statementKeys,
            updatedAt: entry.updatedAt.toISOString(),
          }}
          themes={themes}
        />
      )}
    </>
  );
}
