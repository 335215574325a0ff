import type { Metadata } from "next";
import Link from "next/link";
import { loadImportPreview } from "@/features/evidence/loaders";
import { ImportConfirm } from "@/components/forms/import-confirm";
import { importEvidenceAction } from "@/features/evidence/actions";

export const metadata: Metadata = { title: "Check the import" };

type Props = { params: Promise<{ id: string }> };

export default async function ImportPreviewPage({ params }: Props) {
  const { id, fileName, completed, imported, rows } = await loadImportPreview((await params).id);
  const invalid = rows.filter((row) => row.errors.length > 0);
  const valid = rows.length - invalid.length;
  return (
    <>
      <Link href="/evidence/import" className="mb-6 inline-block">Upload a different file</Link>
      <h1 className="mb-4 text-4xl font-bold">Check the import</h1>
      <p className="mb-6 text-lg">
        {fileName}: {rows.length} rows, {valid} ready to import{invalid.length ? `, ${invalid.length} with problems` : ""}.
      </p>
      {completed ? (
        <p className="mb-6 font-bold">This file has been imported ({imported} items). <Link href="/evidence">Go to the evidence list</Link></p>
      ) : invalid.length > 0 ? (
        <div className="mb-6 max-w-3xl">
          <p className="mb-4">Nothing has been imported. Correct the rows below in your file and upload it again, or import only the valid rows and leave the others out.</p>
          <ImportConfirm action={importEvidenceAction} importId={id} valid={valid} invalid={invalid.length} />
        </div>
      ) : (
        <div className="mb-6"><ImportConfirm action={importEvidenceAction} importId={id} valid={valid} invalid={0} /></div>
      )}
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-xl font-bold">Rows, problems first</caption>
        <thead>
          <tr className="border-b-2 border-gray-900">
            <th scope="col" className="py-2 pr-4">Line</th>
            <th scope="col" className="py-2 pr-4">Title</th>
            <th scope="col" className="py-2">Check</th>
          </tr>
        </thead>
        <tbody>
          {[...invalid, ...rows.filter((row) => row.errors.length === 0)].map((row) => (
            <tr key={row.line} className="border-b border-gray-300 align-top">
              <td className="py-2 pr-4">{row.line}</td>
              <td className="py-2 pr-4">{row.title || "(no title)"}</td>
              <td className="py-2">
                {row.errors.length ? (
                  <ul className="font-bold text-[var(--color-error)]">
                    {row.errors.map((error) => <li key={error}><span className="sr-only">Problem: </span>{error}</li>)}
                  </ul>
                ) : (
                  "Ready"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
