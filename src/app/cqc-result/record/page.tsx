import type { Metadata } from "next";
import Link from "next/link";
import { loadRecordCqcResult } from "@/features/cqc-result/loaders";
import { CqcResultForm } from "@/features/cqc-result/components/result-form";

export const metadata: Metadata = { title: "Record the CQC result" };

export default async function RecordCqcResultPage() {
  const { result, statements, scoreLabels } = await loadRecordCqcResult();
  return (
    <>
      <Link href="/cqc-result" className="mb-6 inline-block">
        Back to the CQC result
      </Link>
      <h1 className="mb-2 text-4xl font-bold">{result ? "Correct the CQC result" : "Record the CQC result"}</h1>
      <p className="mb-8 text-lg">
        Paste the text of CQC&apos;s report to fill the form, or type it in. Check every field against the report before
        saving: all nine scores are needed, and the rating must be the one the percentage falls in.
      </p>
      <CqcResultForm statements={statements} scoreLabels={scoreLabels} result={result} />
    </>
  );
}
