import type { Metadata } from "next";
import Link from "next/link";
import { loadCaseForm } from "@/features/cases/loaders";
import { CaseForm } from "@/features/cases/components/case-form";

export const metadata: Metadata = { title: "Change a case" };

type Props = { params: Promise<{ id: string }> };

export default async function EditCasePage({ params }: Props) {
  const { id } = await params;
  const { item, cohorts } = await loadCaseForm(id);
  return (
    <>
      <Link href={`/cases/${id}`} className="mb-6 inline-block">
        Back to the case
      </Link>
      <h1 className="mb-6 text-4xl font-bold">Change case {item?.reference}</h1>
      <CaseForm item={item} cohorts={cohorts} />
    </>
  );
}
