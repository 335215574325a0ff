import type { Metadata } from "next";
import Link from "next/link";
import { loadCaseImportPreview } from "@/features/cases/loaders";
import { importCasesAction } from "@/features/cases/actions";
import { ImportConfirm } from "@/components/forms/import-confirm";

export const metadata: Metadata = { title: "Check the case import" };

type Props = { params: Promise<{ id: string }> };

export default async function CaseImportPreviewPage({ params }: Props) {
  const { id, fileName, completed, imported, rows } = await loadCaseImportPreview((await params).id);
  const invalid = rows.filter((row) => row.errors.length > 0);
  const known = rows.filter((row) => row.errors.length === 0 && row.alreadyRecorded);
  const fresh = rows.length - invalid.length - known.length;
  return (
    <>
      <Link href="/cases/import" className="mb-6 inline-block">Upload a different file</Link>
      <h1 className="mb-4 text-4xl font-bold">Check the case import</h1>
      {completed ? (
        <p className="mb-6 font-bold">This file has been imported ({imported} cases). <Link href="/cases">Go to the case list</Link></p>
      ) : (
        <>
          <p className="mb-6 text-lg">
            {fileName}: {rows.length} rows, {fresh} new {fresh === 1 ? "case" : "cases"} to import
            {known.length ? `, ${known.length} already recorded (left as they are)` : ""}
            {invalid.length ? `, ${invalid.length} with problems` : ""}.
          </p>
          {invalid.length > 0 ? (
            <div className="mb-6 max-w-3xl">
              <p className="mb-4">Nothing has been imported. Correct the rows below in your file and upload it again, or import only the valid rows and leave the others out.</p>
              <ImportConfirm action={importCasesAction} importId={id} valid={fresh} invalid={invalid.length} />
            </div>
          ) : fresh > 0 ? (
            <div className="mb-6"><ImportConfirm action={importCasesAction} importId={id} valid={fresh} invalid={0} /></div>
          ) : (
            <p className="mb-6">There is nothing new to import.</p>
          )}
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-xl font-bold">Rows, problems first</caption>
            <thead>
              <tr className="border-b-2 border-gray-900">
                <th scope="col" className="py-2 pr-4">Line</th>
                <th scope="col" className="py-2 pr-4">Case reference</th>
                <th scope="col" className="py-2">Check</th>
              </tr>
            </thead>
            <tbody>
              {[...invalid, ...known, ...rows.filter((row) => row.errors.length === 0 && !row.alreadyRecorded)].map((row) => (
                <tr key={row.line} className="border-b border-gray-300 align-top">
                  <td className="py-2 pr-4">{row.line}</td>
                  <td className="py-2 pr-4">{row.reference || "(none)"}</td>
                  <td className="py-2">
                    {row.errors.length ? (
                      <ul className="font-bold text-[var(--color-error)]">
                        {row.errors.map((error) => <li key={error}><span className="sr-only">Problem: </span>{error}</li>)}
                      </ul>
                    ) : row.alreadyRecorded ? (
                      "Already recorded: left as it is"
                    ) : (
                      "Ready"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
