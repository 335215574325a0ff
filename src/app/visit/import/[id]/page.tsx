import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/components/format/date";
import { ImportConfirm } from "@/components/forms/import-confirm";
import { loadVisitImportPreview } from "@/features/visit/loaders";
import { importVisitScheduleAction } from "@/features/visit/actions";

export const metadata: Metadata = { title: "Check the schedule import" };

type Props = { params: Promise<{ id: string }> };

export default async function VisitImportPreviewPage({ params }: Props) {
  const { id, fileName, rows, clashes } = await loadVisitImportPreview((await params).id);
  const invalid = rows.filter((row) => row.errors.length > 0);
  const known = rows.filter((row) => row.errors.length === 0 && row.alreadyRecorded);
  const fresh = rows.filter((row) => row.errors.length === 0 && !row.alreadyRecorded);
  return (
    <>
      <Link href="/visit/import" className="mb-6 inline-block">Upload a different file</Link>
      <h1 className="mb-4 text-4xl font-bold">Check the schedule import</h1>
      <p className="mb-6 text-lg">
        {fileName}: {rows.length} rows, {fresh.length} new {fresh.length === 1 ? "session" : "sessions"} to import
        {known.length ? `, ${known.length} already in the schedule (left as they are)` : ""}
        {invalid.length ? `, ${invalid.length} with problems` : ""}.
      </p>
      {clashes.length > 0 ? (
        <div className="mb-6 max-w-3xl border-l-4 border-blue-800 pl-4">
          <h2 className="text-xl font-bold">{clashes.length} {clashes.length === 1 ? "double booking" : "double bookings"} in this file</h2>
          <p>You can import and resolve them in the schedule afterwards, or correct the file first.</p>
          <ul className="list-disc pl-6">{clashes.map((clash) => <li key={clash}>{clash}</li>)}</ul>
        </div>
      ) : null}
      {invalid.length > 0 ? (
        <div className="mb-6 max-w-3xl">
          <p className="mb-4">Nothing has been imported. Correct the rows below in your file and upload it again, or import only the valid rows and leave the others out.</p>
          <ImportConfirm action={importVisitScheduleAction} importId={id} valid={fresh.length} invalid={invalid.length} />
        </div>
      ) : fresh.length > 0 ? (
        <div className="mb-6"><ImportConfirm action={importVisitScheduleAction} importId={id} valid={fresh.length} invalid={0} /></div>
      ) : (
        <p className="mb-6">There is nothing new to import.</p>
      )}
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-xl font-bold">Rows, problems first</caption>
        <thead>
          <tr className="border-b-2 border-gray-900">
            <th scope="col" className="py-2 pr-4">Line</th>
            <th scope="col" className="py-2 pr-4">Session</th>
            <th scope="col" className="py-2 pr-4">When</th>
            <th scope="col" className="py-2 pr-4">Participants</th>
            <th scope="col" className="py-2">Check</th>
          </tr>
        </thead>
        <tbody>
          {[...invalid, ...known, ...fresh].map((row) => (
            <tr key={row.line} className="border-b border-gray-300 align-top">
              <td className="py-2 pr-4">{row.line}</td>
              <td className="py-2 pr-4">{row.title || "(no title)"}</td>
              <td className="py-2 pr-4">{row.input ? `${formatDate(row.input.day)}, ${row.input.startTime} to ${row.input.endTime}` : ""}</td>
              <td className="py-2 pr-4">{row.participants.length}</td>
              <td className="py-2">
                {row.errors.length ? (
                  <ul className="font-bold text-[var(--color-error)]">
                    {row.errors.map((error) => <li key={error}><span className="sr-only">Problem: </span>{error}</li>)}
                  </ul>
                ) : row.alreadyRecorded ? "Already in the schedule: left as it is" : "Ready"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
