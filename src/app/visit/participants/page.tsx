import type { Metadata } from "next";
import Link from "next/link";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { loadParticipants } from "@/features/visit/loaders";
import { GROUP_LABELS } from "@/features/visit/domain";
import { ParticipantForm } from "@/features/visit/components/participant-form";

export const metadata: Metadata = { title: "Visit participants" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function VisitParticipantsPage({ searchParams }: Props) {
  const { participants, may } = await loadParticipants();
  const { saved } = await searchParams;
  return (
    <>
      {saved ? (
        <NotificationBanner>
          <p>Participant added.</p>
        </NotificationBanner>
      ) : null}
      <Link href="/visit" className="mb-6 inline-block">
        Back to the schedule
      </Link>
      <h1 className="mb-4 text-4xl font-bold">Participants</h1>
      <p className="mb-6 max-w-3xl">
        Everyone CQC may speak to during the visit. Open a person to see, print or send their own schedule.
      </p>
      {participants.length === 0 ? (
        <p className="mb-8">No one yet.</p>
      ) : (
        <table className="mb-10 w-full border-collapse text-left">
          <caption className="mb-2 text-left text-xl font-bold">
            {participants.length} {participants.length === 1 ? "person" : "people"}
          </caption>
          <thead>
            <tr className="border-b-2 border-gray-900">
              <th scope="col" className="py-2 pr-4">
                Name
              </th>
              <th scope="col" className="py-2 pr-4">
                Job title
              </th>
              <th scope="col" className="py-2 pr-4">
                Group
              </th>
              <th scope="col" className="py-2">
                Sessions
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((person) => (
              <tr key={person.id} id={`participant-${person.id}`} className="border-b border-gray-300">
                <td className="py-2 pr-4">
                  <Link href={`/visit/participants/${person.id}`}>{person.name}</Link>
                </td>
                <td className="py-2 pr-4">{person.jobTitle}</td>
                <td className="py-2 pr-4">{GROUP_LABELS[person.group]}</td>
                <td className="py-2">{person.sessions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {may.manage ? (
        <section aria-labelledby="add">
          <h2 id="add" className="mb-4 text-2xl font-bold">
            Add a participant
          </h2>
          <ParticipantForm />
        </section>
      ) : null}
    </>
  );
}
