import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/components/format/date";
import { londonWallClock } from "@/lib/calendar";
import { loadRunSheet } from "@/features/visit/loaders";
import { GROUP_LABELS, KIND_LABELS, participantLabel } from "@/features/visit/domain";

export const metadata: Metadata = { title: "Run sheet" };

type Props = { params: Promise<{ day: string }> };

/** A day's run sheet, laid out to print (the site header and footer do not print). */
export default async function RunSheetPage({ params }: Props) {
  const { day, sessions } = await loadRunSheet((await params).day);
  return (
    <>
      <ul className="mb-6 flex flex-wrap gap-x-6 print:hidden">
        <li>
          <Link href="/visit">Back to the schedule</Link>
        </li>
        <li>
          <a href={`/api/visit/run-sheet/${day}`}>Download as PDF</a>
        </li>
      </ul>
      <h1 className="mb-2 text-4xl font-bold">Run sheet for {formatDate(day)}</h1>
      <p className="mb-6">
        {sessions.length} {sessions.length === 1 ? "session" : "sessions"}. Times are UK times.
      </p>
      {sessions.map((session) => (
        <section
          key={session.id}
          aria-labelledby={`session-${session.id}`}
          className="mb-8 break-inside-avoid border-l-4 border-gray-400 pl-4"
        >
          <h2 id={`session-${session.id}`} className="text-2xl font-bold">
            {londonWallClock(session.startsAt).time} to {londonWallClock(session.endsAt).time}:{" "}
            <Link href={`/visit/sessions/${session.id}`} className="print:no-underline">
              {session.title}
            </Link>
          </h2>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
            <dt className="font-bold">Kind</dt>
            <dd>{KIND_LABELS[session.kind]}</dd>
            <dt className="font-bold">Place</dt>
            <dd className="break-all">{[session.place, session.onlineLink].filter(Boolean).join(", ") || "Not set"}</dd>
            <dt className="font-bold">CQC attendees</dt>
            <dd>{session.cqcAttendees || "Not recorded"}</dd>
          </dl>
          <h3 className="mt-3 font-bold">Participants ({session.participants.length})</h3>
          {session.participants.length ? (
            <ul className="list-disc pl-6">
              {session.participants.map((person) => (
                <li key={person.id}>
                  {participantLabel(person)}, {GROUP_LABELS[person.group].toLowerCase()}
                  {person.briefedAt ? "" : " (not briefed)"}
                </li>
              ))}
            </ul>
          ) : (
            <p>None yet.</p>
          )}
        </section>
      ))}
    </>
  );
}
