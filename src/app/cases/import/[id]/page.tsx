import type { Metadata } from "next";
import Link from "next/link";
import { loadCaseImportPreview } from "@/features/cases/loaders";
import { importCasesAction } from "@/features/cases/actions";
import { ImportDecision, ImportRowsTable } from "@/components/forms/import-preview";

export const metadata: Metadata = { title: "Check the case import" };

type Props = { params: Promise<{ id: string }> };

export default async function CaseImportPreviewPage({ params }: Props) {
  const { id, fileName, completed, imported, rows } = await loadCaseImportPreview((await params).id);
  const invalid = rows.filter((row) => row.errors.length > 0);
  const known = rows.filter((row) => row.errors.length === 0 && row.alreadyRecorded);
  const fresh = rows.length - invalid.length - known.length;
  return (
    <>
      <Link href="/cases/import" className="mb-6 inline-block">
        Upload a different file
      </Link>
      <h1 className="mb-4 text-4xl font-bold">Check the case import</h1>
      {completed ? (
        <p className="mb-6 font-bold">
          This file has been imported ({imported} cases). <Link href="/cases">Go to the case list</Link>
        </p>
      ) : (
        <>
          <p className="mb-6 text-lg">
            {fileName}: {rows.length} rows, {fresh} new {fresh === 1 ? "case" : "cases"} to import
            {known.length ? `, ${known.length} already recorded (left as they are)` : ""}
            {invalid.length ? `, ${invalid.length} with problems` : ""}.
          </p>
          <ImportDecision action={importCasesAction} importId={id} importable={fresh} invalid={invalid.length} />
          <ImportRowsTable
            columns={["Case reference"]}
            rows={rows.map((row) => ({
              line: row.line,
              errors: row.errors,
              cells: [row.reference || "(none)"],
              status: row.alreadyRecorded ? "Already recorded: left as it is" : "Ready",
              order: row.alreadyRecorded ? 0 : 1,
            }))}
          />
        </>
      )}
    </>
  );
}
