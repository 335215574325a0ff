import type { Metadata } from "next";
import Link from "next/link";
import { loadImportPreview } from "@/features/evidence/loaders";
import { ImportDecision, ImportRowsTable } from "@/components/forms/import-preview";
import { importEvidenceAction } from "@/features/evidence/actions";

export const metadata: Metadata = { title: "Check the import" };

type Props = { params: Promise<{ id: string }> };

export default async function ImportPreviewPage({ params }: Props) {
  const { id, fileName, completed, imported, rows } = await loadImportPreview((await params).id);
  const invalid = rows.filter((row) => row.errors.length > 0);
  const valid = rows.length - invalid.length;
  return (
    <>
      <Link href="/evidence/import" className="mb-6 inline-block">
        Upload a different file
      </Link>
      <h1 className="mb-4 text-4xl font-bold">Check the import</h1>
      <p className="mb-6 text-lg">
        {fileName}: {rows.length} rows, {valid} ready to import
        {invalid.length ? `, ${invalid.length} with problems` : ""}.
      </p>
      {completed ? (
        <p className="mb-6 font-bold">
          This file has been imported ({imported} items). <Link href="/evidence">Go to the evidence list</Link>
        </p>
      ) : (
        <ImportDecision action={importEvidenceAction} importId={id} importable={valid} invalid={invalid.length} />
      )}
      <ImportRowsTable
        columns={["Title"]}
        rows={rows.map((row) => ({
          line: row.line,
          errors: row.errors,
          cells: [row.title || "(no title)"],
          status: "Ready",
        }))}
      />
    </>
  );
}
