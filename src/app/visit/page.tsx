import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/components/format/date";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { londonWallClock } from "@/lib/calendar";
import { loadVisitSchedule } from "@/features/visit/loaders";
import { KIND_LABELS, splitClashes } from "@/features/visit/domain";
import { Table } from "@/components/data/table";

export const metadata: Metadata = { title: "On-site visit" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const time = (at: Date) => londonWallClock(at).time;

export default async function VisitPage({ searchParams }: Props) {
  const { days, clashes, statements, may } = await loadVisitSchedule();
  const { doubleBookings, notBriefed } = splitClashes(clashes);
  const { imported, dropped, skipped, removed } = await searchParams;
  const statementName = new Map(
    statements.map((statement) => [statement.key, `${statement.number}. ${statement.name}`]),
  );
  return (
    <>
      {imported !== undefined ? (
        <NotificationBanner>
          <p>
            {imported} {imported === "1" ? "session" : "sessions"} imported
            {Number(dropped) > 0 ? `, ${dropped} rows left out` : ""}
            {Number(skipped) > 0 ? `, ${skipped} already in the schedule` : ""}.
          </p>
        </NotificationBanner>
      ) : null}
      {removed ? (
        <NotificationBanner>
          <p>The session was removed from the schedule.</p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-4 text-4xl font-bold">On-site visit</h1>
      <p className="mb-6 max-w-3xl">
        The sessions CQC will hold during its visit, who is in each, and what they are briefed on. Times are UK times.
      </p>
      <ul className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
        {may.manage ? (
          <li>
            <Link href="/visit/sessions/new">Add a session</Link>
          </li>
        ) : null}
        {may.manage ? (
          <li>
            <Link href="/visit/import">Import a schedule</Link>
          </li>
        ) : null}
        <li>
          <Link href="/visit/participants">Participants</Link>
        </li>
        <li>
          <Link href="/visit/requests">CQC follow-up requests</Link>
        </li>
      </ul>

      <section aria-labelledby="clashes" className="mb-10">
        <h2 id="clashes" className="mb-2 text-2xl font-bold">
          {doubleBookings.length === 0
            ? "No double bookings"
            : `${doubleBookings.length} ${doubleBookings.length === 1 ? "double booking" : "double bookings"} to resolve`}
        </h2>
        {doubleBookings.length > 0 ? (
          <ul className="list-disc pl-6">
            {doubleBookings.map((clash, index) => (
              <li key={`${clash.kind}-${index}`}>
                <Link href={`/visit/sessions/${clash.sessionIds[clash.sessionIds.length - 1]}`}>{clash.message}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="not-briefed" className="mb-10">
        <h2 id="not-briefed" className="mb-2 text-2xl font-bold">
          {notBriefed.length === 0
            ? "Everyone is briefed"
            : `${notBriefed.length} ${notBriefed.length === 1 ? "person" : "people"} not yet briefed`}
        </h2>
        {notBriefed.length > 0 ? (
          <ul className="list-disc pl-6">
            {notBriefed.map((clash, index) => (
              <li key={`${clash.kind}-${index}`}>
                <Link href={`/visit/sessions/${clash.sessionIds[0]}`}>{clash.message}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {days.length === 0 ? (
        <p>No sessions yet. {may.manage ? "Add them one at a time, or import the schedule from a spreadsheet." : ""}</p>
      ) : null}
      {days.map(({ day, sessions }) => (
        <section key={day} aria-labelledby={`day-${day}`} className="mb-10">
          <div className="mb-2 flex flex-wrap items-baseline gap-x-6">
            <h2 id={`day-${day}`} className="text-2xl font-bold">
              {formatDate(day)}
            </h2>
            <Link href={`/visit/run-sheet/${day}`}>
              Run sheet<span className="sr-only"> for {formatDate(day)}</span>
            </Link>
          </div>
          <Table
            caption={`Sessions on ${formatDate(day)}`}
            captionSize="hidden"
            rows={sessions}
            rowKey={(session) => session.id}
            columns={[
              {
                header: "Time",
                className: "whitespace-nowrap",
                cell: (session) => `${time(session.startsAt)} to ${time(session.endsAt)}`,
              },
              {
                header: "Session",
                cell: (session) => <Link href={`/visit/sessions/${session.id}`}>{session.title}</Link>,
              },
              { header: "Kind", cell: (session) => KIND_LABELS[session.kind] },
              {
                header: "Place or link",
                className: "break-words",
                cell: (session) => session.place || (session.onlineLink ? "Online" : "Not set"),
              },
              { header: "Participants", cell: (session) => session.participants.length },
              {
                header: "Briefed",
                cell: (session) =>
                  `${session.participants.filter((person) => person.briefedAt).length} of ${session.participants.length}`,
              },
              {
                header: "Quality statements",
                cell: (session) =>
                  session.statementKeys.map((key) => statementName.get(key) ?? key).join("; ") || "None",
              },
            ]}
          />
        </section>
      ))}
    </>
  );
}
