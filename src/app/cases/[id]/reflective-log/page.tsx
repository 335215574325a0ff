import type { Metadata } from "next";
import Link from "next/link";
import { loadReflectiveLog } from "@/features/cases/loaders";
import { ReflectiveLogForm, SignOffForm } from "@/features/cases/components/reflective-log-form";
import { LOG_STATUS_LABELS, REFLECTION_FIELDS } from "@/features/cases/domain";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { Tag } from "@/components/data/tag";
import { formatDateTime } from "@/components/format/date";

export const metadata: Metadata = { title: "Reflective log" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const SAVED: Record<string, string> = {
  saved: "Draft saved.",
  submitted: "Sent for sign-off. A team manager can now sign it off.",
  "signed-off": "Signed off. The reflective log is now read-only.",
  returned: "Returned to the author as a draft.",
};

export default async function ReflectiveLogPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { saved } = await searchParams;
  const { item, log, may } = await loadReflectiveLog(id);
  return (
    <>
      <Link href={`/cases/${item.id}`} className="mb-6 inline-block">
        Back to the case
      </Link>
      {saved && SAVED[saved] ? (
        <NotificationBanner>
          <p>{SAVED[saved]}</p>
        </NotificationBanner>
      ) : null}
      <span className="block text-xl text-gray-700">Case {item.reference ?? "(anonymised)"}</span>
      <h1 className="mb-2 text-4xl font-bold">Reflective log</h1>
      <p className="mb-8">
        {log ? (
          <>
            <Tag tone={log.status === "signed_off" ? "green" : log.status === "submitted" ? "blue" : "grey"}>
              {LOG_STATUS_LABELS[log.status]}
            </Tag>{" "}
            Written by {log.author}
            {log.signedOffAt ? `, signed off by ${log.signedOffBy} on ${formatDateTime(log.signedOffAt)}` : ""}.
          </>
        ) : (
          "Not started. The practitioner writes it; a team manager signs it off."
        )}
      </p>
      {may.write ? (
        <ReflectiveLogForm caseId={item.id} log={log} />
      ) : log ? (
        <dl className="mb-8 max-w-3xl">
          {REFLECTION_FIELDS.map((entry) => (
            <div key={entry.name} className="mb-4">
              <dt className="font-bold">{entry.label}</dt>
              <dd className="whitespace-pre-wrap">{log[entry.name] || "Not written"}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {may.signOff ? (
        <section aria-labelledby="sign-off-heading" className="mt-10">
          <h2 id="sign-off-heading" className="mb-4 text-2xl font-bold">
            Sign-off
          </h2>
          <SignOffForm caseId={item.id} />
        </section>
      ) : null}
    </>
  );
}
