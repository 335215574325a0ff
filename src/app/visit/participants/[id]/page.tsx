import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/components/format/date";
import { londonWallClock } from "@/lib/calendar";
import { loadParticipantSchedule } from "@/features/visit/loaders";
import { GROUP_LABELS, KIND_LABELS, participantLabel } from "@/features/visit/domain";

export const metadata: Metadata = { title: "Participant's schedule" };

type Props = { params: Promise<{ id: string }> };

/** One person's own schedule, laid out to print on its own (the site header and footer do not print). */
export default async function ParticipantSchedulePage({ params }: Props) {
  const { person, sessions } = await loadParticipantSchedule((await params).id);
  return (
    <>
      <Link href="/visit/participants" className="mb-6 inline-block print:hidden">
        Back to participants
      </Link>
      <h1 className="mb-2 text-4xl font-bold">Your CQC visit schedule: {participantLabel(person)}</h1>
      <p className="mb-6">{GROUP_LABELS[person.group]}. Times are UK times.</p>
      {sessions.length === 0 ? <p>Not in any session yet.</p> : null}
      {sessions.map((session) => {
        const start = londonWallClock(session.startsAt);
        return (
          <section
            key={session.id}
            aria-labelledby={`session-${session.id}`}
            className="mb-8 break-inside-avoid border-l-4 border-gray-400 pl-4"
          >
            <h2 id={`session-${session.id}`} className="text-2xl font-bold">
              {session.title}
            </h2>
            <p className="mb-2 text-lg">
              {formatDate(start.day)}, {start.time} to {londonWallClock(session.endsAt).time} (
              {KIND_LABELS[session.kind].toLowerCase()})
            </p>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
              <dt className="font-bold">Place</dt>
              <dd>{session.place || "Not set"}</dd>
              {session.onlineLink ? (
                <>
                  <dt className="font-bold">Online link</dt>
                  <dd className="break-all">{session.onlineLink}</dd>
                </>
              ) : null}
              <dt className="font-bold">Briefing</dt>
              <dd>{session.briefedAt ? "Briefed" : "Briefing to come"}</dd>
            </dl>
            <h3 className="mt-4 font-bold">Quality statements in focus</h3>
            {session.statements.length ? (
              <ul className="list-disc pl-6">
                {session.statements.map((statement) => (
                  <li key={statement.key}>
                    {statement.number}. {statement.name}: {statement.weStatement}
                  </li>
                ))}
              </ul>
            ) : (
              <p>None chosen.</p>
            )}
            <h3 className="mt-4 font-bold">Evidence to read beforehand</h3>
            {session.evidence.length ? (
              <ul className="list-disc pl-6">
                {session.evidence.map((entry) => (
                  <li key={entry.id}>{entry.title}</li>
                ))}
              </ul>
            ) : (
              <p>None chosen.</p>
            )}
          </section>
        );
      })}
    </>
  );
}
