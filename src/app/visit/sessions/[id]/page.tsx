import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatDateTime } from "@/components/format/date";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { SmallActionForm } from "@/components/forms/small-action-form";
import { londonWallClock } from "@/lib/calendar";
import { loadSessionPage } from "@/features/visit/loaders";
import { markBriefedAction, removeSessionParticipantAction } from "@/features/visit/actions";
import { GROUP_LABELS, KIND_LABELS, dueInWords, participantLabel } from "@/features/visit/domain";
import {
  AddParticipantsForm,
  BriefingEvidenceForm,
  DebriefForm,
  FollowUpRequestForm,
} from "@/features/visit/components/session-page-forms";
import { Table } from "@/components/data/table";

export const metadata: Metadata = { title: "Visit session" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const SAVED: Record<string, string> = {
  created: "Session added.",
  updated: "Session saved.",
  participants: "Participants added.",
  evidence: "Briefing evidence saved.",
  debrief: "Debrief saved.",
  request: "Follow-up request added.",
};

export default async function VisitSessionPage({ params, searchParams }: Props) {
  const { item, statements, evidence, evidenceChoices, others, today, may } = await loadSessionPage((await params).id);
  const { saved } = await searchParams;
  const start = londonWallClock(item.startsAt);
  return (
    <>
      {saved && SAVED[saved] ? (
        <NotificationBanner>
          <p>{SAVED[saved]}</p>
        </NotificationBanner>
      ) : null}
      <Link href="/visit" className="mb-6 inline-block">
        Back to the schedule
      </Link>
      <h1 className="mb-2 text-4xl font-bold">{item.title}</h1>
      <p className="mb-6 text-xl">
        {formatDate(start.day)}, {start.time} to {londonWallClock(item.endsAt).time}
      </p>
      <dl className="mb-6 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">Kind</dt>
        <dd>{KIND_LABELS[item.kind]}</dd>
        <dt className="font-bold">Place</dt>
        <dd>{item.place || "Not set"}</dd>
        <dt className="font-bold">Online link</dt>
        <dd className="break-all">{item.onlineLink ? <a href={item.onlineLink}>{item.onlineLink}</a> : "None"}</dd>
        <dt className="font-bold">CQC attendees</dt>
        <dd>{item.cqcAttendees || "Not recorded"}</dd>
        <dt className="font-bold">Quality statements</dt>
        <dd>{statements.map((statement) => `${statement.number}. ${statement.name}`).join("; ") || "None chosen"}</dd>
        <dt className="font-bold">Notes</dt>
        <dd className="whitespace-pre-line">{item.notes || "None"}</dd>
      </dl>
      <ul className="mb-10 flex flex-wrap gap-x-6 gap-y-2">
        {may.manage ? (
          <li>
            <Link href={`/visit/sessions/${item.id}/edit`}>Change the session</Link>
          </li>
        ) : null}
        <li>
          <a href={`/api/visit/sessions/${item.id}/briefing`}>Download the briefing pack (Word)</a>
        </li>
        <li>
          <Link href={`/visit/run-sheet/${start.day}`}>Run sheet for the day</Link>
        </li>
      </ul>

      <section aria-labelledby="participants-heading" className="mb-10">
        <h2 id="participants-heading" className="mb-4 text-2xl font-bold">
          Participants ({item.participants.length})
        </h2>
        {item.participants.length === 0 ? (
          <p className="mb-4">No one added yet.</p>
        ) : (
          <Table
            caption="Participants in this session"
            captionSize="hidden"
            className="mb-6"
            rows={item.participants}
            rowKey={(person) => person.id}
            columns={[
              {
                header: "Name",
                cell: (person) => <Link href={`/visit/participants/${person.id}`}>{participantLabel(person)}</Link>,
              },
              { header: "Group", cell: (person) => GROUP_LABELS[person.group] },
              {
                header: "Briefing",
                cell: (person) =>
                  person.briefedAt ? `Briefed ${formatDateTime(person.briefedAt)}` : <strong>Not briefed</strong>,
              },
              may.manage && {
                header: <span className="sr-only">Actions</span>,
                cell: (person) => (
                  <div className="flex flex-wrap gap-4">
                    {person.briefedAt ? null : (
                      <SmallActionForm
                        action={markBriefedAction}
                        fields={{ sessionId: item.id, participantId: person.id }}
                        label="Mark briefed"
                        target={person.name}
                      />
                    )}
                    <SmallActionForm
                      action={removeSessionParticipantAction}
                      fields={{ sessionId: item.id, participantId: person.id }}
                      label="Remove"
                      target={`${person.name} from this session`}
                      variant="warning"
                    />
                  </div>
                ),
              },
            ]}
          />
        )}
        {may.manage ? <AddParticipantsForm sessionId={item.id} others={others} /> : null}
      </section>

      <section aria-labelledby="evidence-heading" className="mb-10">
        <h2 id="evidence-heading" className="mb-4 text-2xl font-bold">
          Briefing evidence
        </h2>
        {evidence.length === 0 ? (
          <p className="mb-4">No evidence chosen yet.</p>
        ) : (
          <ul className="mb-6 list-disc pl-6">
            {evidence.map((entry) => (
              <li key={entry.id}>
                <Link href={`/evidence/${entry.id}`}>{entry.title}</Link>
              </li>
            ))}
          </ul>
        )}
        {may.manage ? (
          evidenceChoices.length ? (
            <BriefingEvidenceForm sessionId={item.id} choices={evidenceChoices} chosen={item.evidenceIds} />
          ) : (
            <p>
              No evidence is mapped to this session&apos;s quality statements yet. Choose statements for the session, or
              map evidence to them in the evidence library.
            </p>
          )
        ) : null}
      </section>

      <section aria-labelledby="debrief-heading" className="mb-10">
        <h2 id="debrief-heading" className="mb-4 text-2xl font-bold">
          Debrief
        </h2>
        {item.debriefedAt ? <p className="mb-2 text-gray-700">Last saved {formatDateTime(item.debriefedAt)}</p> : null}
        {may.manage ? (
          <DebriefForm sessionId={item.id} debrief={item.debrief} />
        ) : (
          <p className="whitespace-pre-line">{item.debrief || "No debrief yet."}</p>
        )}
      </section>

      <section aria-labelledby="requests-heading" className="mb-10">
        <h2 id="requests-heading" className="mb-4 text-2xl font-bold">
          CQC follow-up requests
        </h2>
        {item.requests.length === 0 ? (
          <p className="mb-4">None recorded for this session.</p>
        ) : (
          <ul className="mb-6 list-disc pl-6">
            {item.requests.map((request) => (
              <li key={request.id}>
                {request.request} ({request.owner || "no owner"}, due {formatDate(request.dueDate)}:{" "}
                {dueInWords(request.dueDate, today, request.status).text})
              </li>
            ))}
          </ul>
        )}
        <p className="mb-4">
          <Link href="/visit/requests">All follow-up requests</Link>
        </p>
        {may.manage ? <FollowUpRequestForm sessionId={item.id} /> : null}
      </section>
    </>
  );
}
