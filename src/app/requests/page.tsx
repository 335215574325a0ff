import type { Metadata } from "next";
import Link from "next/link";
import { loadRequestsPage } from "@/features/evidence-requests/loaders";
import { RequestsTable } from "@/features/evidence-requests/components/requests-table";
import { dueLabel } from "@/features/evidence-requests/domain";
import { NotificationBanner } from "@/components/feedback/notification-banner";

export const metadata: Metadata = { title: "Evidence requests" };

export default async function RequestsPage() {
  const { now, askedOfMe, askedByMe, others, reminders, mayCreate } = await loadRequestsPage();
  const openForMe = askedOfMe.filter((request) => request.status === "open");
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">Evidence requests</h1>
      <p className="mb-6 max-w-3xl">
        Ask colleagues for evidence for a quality statement or an information return item, and answer what you have been
        asked.
      </p>
      {reminders.length > 0 ? (
        <NotificationBanner variant="important" title="Reminders">
          <ul className="list-disc pl-6">
            {reminders.map((request) => (
              <li key={request.id}>
                <Link href={`/requests/${request.id}`}>{request.target}</Link>:{" "}
                {dueLabel(request.dueDate, now).text.toLowerCase()}
              </li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}
      {mayCreate ? (
        <p className="mb-8">
          <Link
            href="/requests/new"
            className="inline-block bg-success px-4 py-2 font-bold text-white no-underline shadow-[0_2px_0_#002d18] hover:bg-green-900"
          >
            Ask for evidence
          </Link>
        </p>
      ) : null}
      <h2 className="mb-2 text-2xl font-bold">Asked of you</h2>
      {askedOfMe.length === 0 ? (
        <p className="mb-10">Nobody has asked you for evidence.</p>
      ) : (
        <RequestsTable
          caption={`${openForMe.length} open of ${askedOfMe.length}`}
          rows={askedOfMe}
          who="requester"
          now={now}
        />
      )}
      <h2 className="mb-2 text-2xl font-bold">Asked by you</h2>
      {askedByMe.length === 0 ? (
        <p className="mb-10">You have not asked anyone for evidence.</p>
      ) : (
        <RequestsTable caption={`${askedByMe.length} requests`} rows={askedByMe} who="assignee" now={now} />
      )}
      {others ? (
        <>
          <h2 className="mb-2 text-2xl font-bold">Everyone else&apos;s requests</h2>
          {others.length === 0 ? (
            <p>None.</p>
          ) : (
            <RequestsTable caption={`${others.length} requests`} rows={others} who="both" now={now} />
          )}
        </>
      ) : null}
    </>
  );
}
