import type { Metadata } from "next";
import Link from "next/link";
import { loadRequestPage } from "@/features/evidence-requests/loaders";
import { AnswerForm } from "@/features/evidence-requests/components/answer-form";
import { DeclineRequestForm, WithdrawRequestForm } from "@/features/evidence-requests/components/respond-forms";
import { NOTICE_LABELS, REQUEST_STATUS_LABELS, dueLabel } from "@/features/evidence-requests/domain";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { Tag } from "@/components/data/tag";
import { formatDate, formatDateTime } from "@/components/format/date";
import { readKeptInput } from "@/lib/http/kept-input";

export const metadata: Metadata = { title: "Evidence request" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const SAVED: Record<string, string> = {
  created: "Request sent. They will see it when they sign in.",
  emailed: "Request sent. They have been e-mailed.",
  declined: "You declined the request. The person who asked can see your reason.",
  withdrawn: "Request withdrawn.",
  answered: "Thank you: your evidence is uploaded and the request is answered.",
};

export default async function RequestPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const { request, category, evidence, mayAnswer, mayWithdraw, maxUploadMb, now } = await loadRequestPage(id);
  // After a refused upload, what was typed comes back from a cookie for this page, not the address.
  const kept = query["answer-error"] ? await readKeptInput() : {};
  const due = request.status === "open" ? dueLabel(request.dueDate, now) : null;
  const rows: [string, React.ReactNode][] = [
    ["Evidence for", request.target],
    ["Kind of evidence", category],
    ["Asked by", request.requester],
    ["Asked of", request.assignee],
    [
      "Due",
      <>
        {formatDate(request.dueDate)} {due ? <Tag tone={due.tone}>{due.text}</Tag> : null}
      </>,
    ],
    ["Status", REQUEST_STATUS_LABELS[request.status]],
    ["Message", request.message ? <span className="whitespace-pre-wrap">{request.message}</span> : "None"],
  ];
  if (request.status === "declined")
    rows.push([
      "Reason for declining",
      <span key="reason" className="whitespace-pre-wrap">
        {request.declineReason}
      </span>,
    ]);
  if (request.status === "answered") {
    rows.push([
      "Evidence uploaded",
      evidence ? (
        <Link key="evidence" href={`/evidence/${evidence.id}`}>
          {evidence.title}
        </Link>
      ) : (
        "Uploaded, and marked as containing personal data"
      ),
    ]);
  }
  return (
    <>
      <Link href="/requests" className="mb-6 inline-block">
        Back to evidence requests
      </Link>
      {query.saved && SAVED[query.saved] ? (
        <NotificationBanner>
          <p>{SAVED[query.saved]}</p>
        </NotificationBanner>
      ) : null}
      <span className="block text-xl text-gray-700">Evidence request</span>
      <h1 className="mb-6 text-4xl font-bold">{request.target}</h1>
      <dl className="mb-8 max-w-3xl border-t border-gray-300">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-2 border-b border-gray-300 py-2 sm:grid-cols-[14rem_1fr]">
            <dt className="font-bold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {mayAnswer ? (
        <>
          <section aria-labelledby="answer-heading" className="mb-10">
            <h2 id="answer-heading" className="mb-4 text-2xl font-bold">
              Upload the evidence
            </h2>
            <AnswerForm
              requestId={request.id}
              maxMb={maxUploadMb}
              error={query["answer-error"]}
              title={kept.title}
              note={kept.note}
              containsPersonalData={kept.containsPersonalData === "yes"}
            />
          </section>
          <section aria-labelledby="decline-heading" className="mb-10">
            <h2 id="decline-heading" className="mb-4 text-2xl font-bold">
              Or decline it
            </h2>
            <DeclineRequestForm requestId={request.id} />
          </section>
        </>
      ) : query["answer-error"] === "closed" ? (
        <p role="alert" className="mb-8 font-bold">
          This request has already been answered, declined or withdrawn, so nothing was uploaded.
        </p>
      ) : null}
      {mayWithdraw ? (
        <section aria-labelledby="withdraw-heading" className="mb-10">
          <h2 id="withdraw-heading" className="mb-2 text-2xl font-bold">
            No longer needed?
          </h2>
          <p className="mb-4">Withdrawing stops the reminders. The request stays in the list as withdrawn.</p>
          <WithdrawRequestForm requestId={request.id} />
        </section>
      ) : null}
      <section aria-labelledby="notices-heading">
        <h2 id="notices-heading" className="mb-2 text-2xl font-bold">
          Notices
        </h2>
        {request.notices.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ul className="list-disc pl-6">
            {request.notices.map((notice) => (
              <li key={notice.kind}>
                {NOTICE_LABELS[notice.kind]}: {notice.channel === "email" ? "e-mailed" : "shown in the app"},{" "}
                {formatDateTime(notice.createdAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
