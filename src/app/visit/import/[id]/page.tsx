import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/components/format/date";
import { ImportDecision, ImportRowsTable } from "@/components/forms/import-preview";
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
      <Link href="/visit/import" className="mb-6 inline-block">
        Upload a different file
      </Link>
      <h1 className="mb-4 text-4xl font-bold">Check the schedule import</h1>
      <p className="mb-6 text-lg">
        {fileName}: {rows.length} rows, {fresh.length} new {fresh.length === 1 ? "session" : "sessions"} to import
        {known.length ? `, ${known.length} already in the schedule (left as they are)` : ""}
        {invalid.length ? `, ${invalid.length} with problems` : ""}.
      </p>
      {clashes.length > 0 ? (
        <div className="mb-6 max-w-3xl border-l-4 border-blue-800 pl-4">
          <h2 className="text-xl font-bold">
            {clashes.length} {clashes.length === 1 ? "double booking" : "double bookings"} in this file
          </h2>
          <p>You can import and resolve them in the schedule afterwards, or correct the file first.</p>
          <ul className="list-disc pl-6">
            {clashes.map((clash) => (
              <li key={clash}>{clash}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ImportDecision
        action={importVisitScheduleAction}
        importId={id}
        importable={fresh.length}
        invalid={invalid.length}
      />
      <ImportRowsTable
        columns={["Session", "When", "Participants"]}
        rows={rows.map((row) => ({
          line: row.line,
          errors: row.errors,
          cells: [
            row.title || "(no title)",
            row.input ? `${formatDate(row.input.day)}, ${row.input.startTime} to ${row.input.endTime}` : "",
            row.participants.length,
          ],
          status: row.alreadyRecorded ? "Already in the schedule: left as it is" : "Ready",
          order: row.alreadyRecorded ? 0 : 1,
        }))}
      />
    </>
  );
}
