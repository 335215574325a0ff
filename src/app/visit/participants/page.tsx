import type { Metadata } from "next";
import Link from "next/link";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { loadParticipants } from "@/features/visit/loaders";
import { GROUP_LABELS } from "@/features/visit/domain";
import { ParticipantForm } from "@/features/visit/components/participant-form";
import { Table } from "@/components/data/table";

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
        <Table
          caption={`${participants.length} ${participants.length === 1 ? "person" : "people"}`}
          className="mb-10"
          rows={participants}
          rowKey={(person) => person.id}
          rowId={(person) => `participant-${person.id}`}
          columns={[
            {
              header: "Name",
              cell: (person) => <Link href={`/visit/participants/${person.id}`}>{person.name}</Link>,
            },
            { header: "Job title", cell: (person) => person.jobTitle },
            { header: "Group", cell: (person) => GROUP_LABELS[person.group] },
            { header: "Sessions", cell: (person) => person.sessions },
          ]}
        />
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
