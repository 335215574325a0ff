import type { Metadata } from "next";
import Link from "next/link";
import { loadCaseAudit } from "@/features/cases/loaders";
import { AuditForm } from "@/features/cases/components/audit-form";

export const metadata: Metadata = { title: "Case audit" };

type Props = { params: Promise<{ id: string }> };

export default async function CaseAuditPage({ params }: Props) {
  const { id } = await params;
  const { item, questions, statements } = await loadCaseAudit(id);
  return (
    <>
      <Link href={`/cases/${item.id}`} className="mb-6 inline-block">
        Back to the case
      </Link>
      <span className="block text-xl text-gray-700">Case {item.reference}</span>
      <h1 className="mb-4 text-4xl font-bold">Case audit</h1>
      <p className="mb-8 max-w-3xl">
        Answer every question from the case record. Choose &ldquo;Not applicable&rdquo; where a question does not fit
        this case. Notes stay with the case; only the answers are counted on the statement pages.
      </p>
      <AuditForm caseId={item.id} questions={questions} statements={statements} answers={item.audit?.answers ?? []} />
    </>
  );
}
