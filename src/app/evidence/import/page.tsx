import type { Metadata } from "next";
import Link from "next/link";
import { TABLE_UPLOAD_MESSAGES } from "@/lib/uploads/tabular";
import { loadImportPage } from "@/features/evidence/loaders";
import { IMPORT_COLUMNS } from "@/features/evidence/domain";

export const metadata: Metadata = { title: "Import an evidence register" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function ImportPage({ searchParams }: Props) {
  await loadImportPage();
  const { error } = await searchParams;
  return (
    <>
      <Link href="/evidence" className="mb-6 inline-block">Back to evidence</Link>
      <h1 className="mb-4 text-4xl font-bold">Import an evidence register</h1>
      {error ? (
        <div role="alert" aria-labelledby="import-error" className="mb-8 border-4 border-[var(--color-error)] p-4">
          <h2 id="import-error" className="text-xl font-bold">The file was not read</h2>
          <p>{TABLE_UPLOAD_MESSAGES[error as keyof typeof TABLE_UPLOAD_MESSAGES] ?? TABLE_UPLOAD_MESSAGES.unreadable}</p>
        </div>
      ) : null}
      <p className="mb-4 max-w-3xl">Upload your existing register as CSV or Excel. You will see every row checked before anything is imported; nothing is imported until you confirm.</p>
      <p className="mb-2 font-bold">Columns (first row), in any order; only Title is required:</p>
      <ul className="mb-4 list-disc pl-6">
        {IMPORT_COLUMNS.map((column) => <li key={column}>{column}</li>)}
      </ul>
      <p className="mb-8 max-w-3xl">Give quality statements by number (1 to 9) or name, several separated by semicolons. Dates as 2026-11-24.</p>
      <form method="post" action="/api/uploads/evidence-import" encType="multipart/form-data" className="max-w-xl">
        <label htmlFor="register" className="block font-bold">Register file</label>
        <p id="register-hint" className="text-gray-700">CSV or Excel (.xlsx), up to 5 MB.</p>
        <input id="register" name="register" type="file" accept=".csv,.xlsx" required aria-describedby="register-hint" className="mt-2 block" />
        <button type="submit" className="mt-4 bg-[var(--color-success)] px-4 py-2 text-white shadow-[0_2px_0_#002d18]">Check the file</button>
      </form>
    </>
  );
}
