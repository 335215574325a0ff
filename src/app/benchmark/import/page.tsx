import type { Metadata } from "next";
import Link from "next/link";
import { errorTitle } from "@/components/forms/error-title";
import { TableUploadError, TableUploadForm } from "@/components/forms/table-upload";
import { formatDate } from "@/components/format/date";
import { loadOutcomeImportPage } from "@/features/benchmark/loaders";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** A refused upload comes back here with its reason in the address: the title then says "Error:". */
export async function generateMetadata({ searchParams }: Pick<Props, "searchParams">): Promise<Metadata> {
  return { title: errorTitle("Import published outcomes", Boolean((await searchParams).error)) };
}

export default async function OutcomeImportPage({ searchParams }: Props) {
  const { headings, sets } = await loadOutcomeImportPage();
  const { error } = await searchParams;
  return (
    <>
      <p className="mb-4">
        <Link href="/benchmark">Back to the benchmark</Link>
      </p>
      <h1 className="mb-4 text-4xl font-bold">Import published outcomes</h1>
      <TableUploadError error={error} field="outcomes" />
      <p className="mb-4 max-w-3xl">
        Upload a newer file of councils&apos; published CQC outcomes, one row per council, as CSV or Excel. Every line
        is checked and shown to you first. The file is applied whole or not at all: if any line has a problem, nothing
        changes. The new version is used for this council only; the versions before it are kept.
      </p>
      <p className="mb-2 font-bold">Columns (first row), in any order:</p>
      <ul className="mb-4 list-disc pl-6">
        {headings.map((heading) => (
          <li key={heading}>{heading}</li>
        ))}
      </ul>
      <ul className="mb-8 max-w-3xl list-disc space-y-2 pl-6">
        <li>Each quality statement&apos;s column holds the score CQC published, a whole number from 1 to 4.</li>
        <li>
          Region: one of the nine English regions as the ONS names them. Type: county, unitary, metropolitan district or
          London borough. ONS code may be left empty.
        </li>
        <li>Overall rating: Inadequate, Requires improvement, Good or Outstanding, as published.</li>
        <li>
          Published percentage: only where CQC or another source published one, with that source named; otherwise leave
          both empty. Never work one out. Total may be left empty.
        </li>
        <li>Report address: the council&apos;s assessment report on www.cqc.org.uk.</li>
      </ul>
      <TableUploadForm action="/api/uploads/published-outcomes" name="outcomes" label="File of published outcomes" />
      <h2 className="mt-12 mb-2 text-2xl font-bold">Versions used here</h2>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Versions of the published outcomes, newest first</caption>
        <thead>
          <tr className="border-b-2 border-gray-900">
            <th scope="col" className="py-2 pr-4">
              Version
            </th>
            <th scope="col" className="py-2 pr-4">
              Councils
            </th>
            <th scope="col" className="py-2 pr-4">
              Loaded
            </th>
            <th scope="col" className="py-2">
              From
            </th>
          </tr>
        </thead>
        <tbody>
          {sets.map((set, index) => (
            <tr key={set.id} className="border-b border-gray-300 align-top">
              <td className="py-2 pr-4">
                {set.version}
                {index === 0 ? <strong> (in use)</strong> : null}
              </td>
              <td className="py-2 pr-4">{set.councils}</td>
              <td className="py-2 pr-4">{formatDate(set.loadedAt)}</td>
              <td className="py-2">
                {set.origin === "bundled" ? "Comes with this service" : (set.fileName ?? "Imported")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
