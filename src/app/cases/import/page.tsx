import type { Metadata } from "next";
import { errorTitle } from "@/components/forms/error-title";
import Link from "next/link";
import { TableUploadError, TableUploadForm } from "@/components/forms/table-upload";
import { loadCaseImportPage } from "@/features/cases/loaders";
import { CASE_IMPORT_COLUMNS } from "@/features/cases/domain";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** A refused upload comes back here with its reason in the address: the title then says "Error:". */
export async function generateMetadata({ searchParams }: Pick<Props, "searchParams">): Promise<Metadata> {
  return { title: errorTitle("Import cases", Boolean((await searchParams).error)) };
}

export default async function CaseImportPage({ searchParams }: Props) {
  const { cohorts } = await loadCaseImportPage();
  const { error } = await searchParams;
  return (
    <>
      <Link href="/cases" className="mb-6 inline-block">
        Back to cases
      </Link>
      <h1 className="mb-4 text-4xl font-bold">Import cases</h1>
      <TableUploadError error={error} field="extract" />
      <p className="mb-4 max-w-3xl">
        Upload an extract from your case management system as CSV or Excel. Leave out names, addresses and dates of
        birth: the case reference is enough. You will see every row checked before anything is imported; cases already
        recorded are left as they are.
      </p>
      <p className="mb-2 font-bold">Columns (first row), in any order; Case reference and Cohort are required:</p>
      <ul className="mb-4 list-disc pl-6">
        {CASE_IMPORT_COLUMNS.map((column) => (
          <li key={column}>{column}</li>
        ))}
      </ul>
      <p className="mb-8 max-w-3xl">
        Cohorts as named in your list ({cohorts.map((cohort) => cohort.name).join(", ")}). Dates as dd/mm/yyyy, for
        example 14/03/2026 for 14 March 2026, or as 2026-03-14.
      </p>
      <TableUploadForm action="/api/uploads/case-import" name="extract" error={error} label="Case extract" />
    </>
  );
}
