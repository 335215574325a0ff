import type { Metadata } from "next";
import Link from "next/link";
import { loadCaseForm } from "@/features/cases/loaders";
import { CaseForm } from "@/features/cases/components/case-form";

export const metadata: Metadata = { title: "Add a case" };

export default async function NewCasePage() {
  const { cohorts } = await loadCaseForm();
  return (
    <>
      <Link href="/cases" className="mb-6 inline-block">
        Back to cases
      </Link>
      <h1 className="mb-6 text-4xl font-bold">Add a case</h1>
      <CaseForm item={null} cohorts={cohorts} />
    </>
  );
}
