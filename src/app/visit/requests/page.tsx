import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatDateTime } from "@/components/format/date";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { loadFollowUpRequests } from "@/features/visit/loaders";
import { dueInWords } from "@/features/visit/domain";
import { SettleRequestForm } from "@/features/visit/components/request-forms";
import { FollowUpRequestForm } from "@/features/visit/components/session-page-forms";
import { Table } from "@/components/data/table";

export const metadata: Metadata = { title: "CQC follow-up requests" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function FollowUpRequestsPage({ searchParams }: Props) {
  const { requests, today, may } = await loadFollowUpRequests();
  const { saved } = await searchParams;
  const overdue = requests.filter((request) => dueInWords(request.dueDate, today, request.status).overdue).length;
  return (
    <>
      {saved ? (
        <NotificationBanner>
          <p>Follow-up request added.</p>
        </NotificationBanner>
      ) : null}
      <Link href="/visit" className="mb-6 inline-block">
        Back to the schedule
      </Link>
      <h1 className="mb-4 text-4xl font-bold">CQC follow-up requests</h1>
      <p className="mb-6 max-w-3xl">
        What CQC asked for during the visit, soonest due first.{" "}
        {overdue > 0 ? <strong>{overdue} overdue.</strong> : null}
      </p>
      {requests.length === 0 ? (
        <p className="mb-8">None recorded.</p>
      ) : (
        <Table
          caption="CQC follow-up requests, soonest due first"
          captionSize="hidden"
          className="mb-10"
          rows={requests}
          rowKey={(request) => request.id}
          columns={[
            {
              header: "Request",
              cell: (request) => (
                <>
                  <p className="whitespace-pre-line">{request.request}</p>
                  {request.session ? (
                    <p className="text-gray-700">
                      From <Link href={`/visit/sessions/${request.session.id}`}>{request.session.title}</Link>
                    </p>
                  ) : null}
                </>
              ),
            },
            { header: "Owner", cell: (request) => request.owner || "Not set" },
            {
              header: "Due",
              cell: (request) => {
                const due = dueInWords(request.dueDate, today, request.status);
                return (
                  <>
                    {formatDate(request.dueDate)}
                    <br />
                    {due.overdue ? <strong className="text-[var(--color-error)]">{due.text}</strong> : due.text}
                  </>
                );
              },
            },
            {
              header: "Status",
              cell: (request) => {
                if (request.status === "open") {
                  return may.manage ? (
                    <SettleRequestForm requestId={request.id} label={request.request.slice(0, 60)} />
                  ) : (
                    "Open"
                  );
                }
                const due = dueInWords(request.dueDate, today, request.status);
                return (
                  <>
                    <p>
                      {due.text}
                      {request.sentAt ? ` ${formatDateTime(request.sentAt)}` : ""}
                    </p>
                    {request.response ? <p className="whitespace-pre-line text-gray-700">{request.response}</p> : null}
                  </>
                );
              },
            },
          ]}
        />
      )}
      {may.manage ? (
        <section aria-labelledby="add">
          <h2 id="add" className="mb-4 text-2xl font-bold">
            Add a request not tied to a session
          </h2>
          <FollowUpRequestForm />
        </section>
      ) : null}
    </>
  );
}
