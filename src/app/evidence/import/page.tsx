import type { Metadata } from "next";
import { errorTitle } from "@/components/forms/error-title";
import Link from "next/link";
import { TableUploadError, TableUploadForm } from "@/components/forms/table-upload";
import { loadImportPage } from "@/features/evidence/loaders";
import { IMPORT_COLUMNS } from "@/features/evidence/domain";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** A refused upload comes back here with its reason in the address: the title then says "Error:". */
export async function generateMetadata({ searchParams }: Pick<Props, "searchParams">): Promise<Metadata> {
  return { title: errorTitle("Import an evidence register", Boolean((await searchParams).error)) };
}

export default async function ImportPage({ searchParams }: Props) {
  await loadImportPage();
  const { error } = await searchParams;
  return (
    <>
      <Link href="/evidence" className="mb-6 inline-block">
        Back to evidence
      </Link>
      <h1 className="mb-4 text-4xl font-bold">Import an evidence register</h1>
      <TableUploadError error={error} field="register" />
      <p className="mb-4 max-w-3xl">
        Upload your existing register as CSV or Excel. You will see every row checked before anything is imported;
        nothing is imported until you confirm.
      </p>
      <p className="mb-2 font-bold">Columns (first row), in any order; only Title is required:</p>
      <ul className="mb-4 list-disc pl-6">
        {IMPORT_COLUMNS.map((column) => (
          <li key={column}>{column}</li>
        ))}
      </ul>
      <p className="mb-8 max-w-3xl">
        Give quality statements by number (1 to 9) or name, several separated by semicolons. Dates as 2026-11-24.
      </p>
      <TableUploadForm action="/api/uploads/evidence-import" name="register" error={error} label="Register file" />
    </>
  );
}
