import type { Metadata } from "next";
import { errorTitle } from "@/components/forms/error-title";
import Link from "next/link";
import { TableUploadError, TableUploadForm } from "@/components/forms/table-upload";
import { loadVisitImportPage } from "@/features/visit/loaders";
import { VISIT_IMPORT_COLUMNS } from "@/features/visit/domain";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** A refused upload comes back here with its reason in the address: the title then says "Error:". */
export async function generateMetadata({ searchParams }: Pick<Props, "searchParams">): Promise<Metadata> {
  return { title: errorTitle("Import the visit schedule", Boolean((await searchParams).error)) };
}

export default async function VisitImportPage({ searchParams }: Props) {
  await loadVisitImportPage();
  const { error } = await searchParams;
  return (
    <>
      <Link href="/visit" className="mb-6 inline-block">
        Back to the schedule
      </Link>
      <h1 className="mb-4 text-4xl font-bold">Import the visit schedule</h1>
      <TableUploadError error={error} field="schedule" />
      <p className="mb-4 max-w-3xl">
        Upload the schedule as CSV or Excel, one row per session. You will see every row checked, and any double
        bookings, before anything is imported. People not yet on the participant list are added; sessions already in the
        schedule (same title, day and start) are left as they are.
      </p>
      <p className="mb-2 font-bold">Columns (first row), in any order:</p>
      <ul className="mb-4 list-disc pl-6">
        {VISIT_IMPORT_COLUMNS.map((column) => (
          <li key={column}>{column}</li>
        ))}
      </ul>
      <ul className="mb-8 max-w-3xl list-disc pl-6">
        <li>Date as 03/03/2026 or 2026-03-03; Start and End as 09:30 (UK time).</li>
        <li>Kind: interview, focus group, observation or other (interview when left empty).</li>
        <li>Quality statements: their names, separated by semicolons.</li>
        <li>
          Participants separated by semicolons, each as &quot;Name (Job title, group)&quot; or &quot;Name (Job
          title)&quot;. Groups: staff (when left out), leader, partner, person with lived experience, elected member,
          other.
        </li>
      </ul>
      <TableUploadForm action="/api/uploads/visit-schedule" name="schedule" error={error} label="Visit schedule" />
    </>
  );
}
