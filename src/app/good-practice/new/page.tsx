import type { Metadata } from "next";
import Link from "next/link";
import { loadNewGoodPracticeForm } from "@/features/good-practice/loaders";
import { EntryForm } from "@/features/good-practice/components/entry-form";

export const metadata: Metadata = { title: "Record good practice or a challenge" };

export default async function NewGoodPracticePage() {
  const { themes } = await loadNewGoodPracticeForm();
  return (
    <>
      <Link href="/good-practice" className="mb-6 inline-block">
        Back to the good practice log
      </Link>
      <h1 className="mb-4 text-4xl font-bold">Record good practice or a challenge</h1>
      <p className="mb-8 max-w-3xl">
        Something from your service that went well, or that is hard and what you are doing about it. Colleagues can read
        it in the good practice log, and the readiness team may add it to the evidence for CQC.
      </p>
      <EntryForm entry={null} themes={themes} />
    </>
  );
}
