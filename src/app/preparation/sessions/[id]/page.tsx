import type { Metadata } from "next";
import Link from "next/link";
import { loadSession } from "@/features/preparation/loaders";
import { FORMAT_LABELS } from "@/features/preparation/domain";
import { SessionQuestionList } from "@/features/preparation/components/session-question-list";
import { FollowUpList } from "@/features/preparation/components/follow-up-list";
import { FollowUpForm } from "@/features/preparation/components/follow-up-form";
import { statementLabels } from "@/features/preparation/components/statement-labels";
import { deleteSessionAction } from "@/features/preparation/actions";
import { audienceName } from "@/features/question-bank/domain";
import { loadSessionPulse } from "@/features/pulse/loaders";
import { loadFollowUpActions } from "@/features/improvement-plan/loaders";
import { PulseLinks } from "@/features/pulse/components/pulse-links";
import { PulseResults } from "@/features/pulse/components/pulse-results";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { SmallActionForm } from "@/components/forms/small-action-form";
import { formatDate, formatDateTime } from "@/components/format/date";

export const metadata: Metadata = { title: "Session" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SAVED: Record<string, string> = {
  "pulse-link": "Link created. Share it with staff: they answer without signing in.",
  "pulse-link-closed": "The link is closed and takes no more answers.",
  updated: "The session's details have been saved.",
  recorded: "The session's attendance, notes and themes have been saved.",
  "follow-up": "Follow-up added.",
};

export default async function SessionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const { item, themes, may } = await loadSession(id);
  const [pulse, followUpActions] = await Promise.all([loadSessionPulse(item.id), loadFollowUpActions(item.followUps)]);
  const labels = statementLabels(themes);
  const base = `/preparation/sessions/${item.id}`;
  const saved = typeof query.saved === "string" ? SAVED[query.saved] : undefined;
  const added = typeof query.added === "string" ? Number(query.added) : null;
  const button = "inline-block px-4 py-2 font-bold no-underline";
  return (
    <>
      {saved ? (
        <NotificationBanner>
          <p>{saved}</p>
        </NotificationBanner>
      ) : null}
      {added !== null && Number.isFinite(added) ? (
        <NotificationBanner>
          <p>
            {added} {added === 1 ? "question" : "questions"} added to the session.
          </p>
        </NotificationBanner>
      ) : null}
      <p className="mb-4">
        <Link href="/preparation">Back to staff preparation</Link>
      </p>
      <h1 className="mb-6 text-4xl font-bold">{item.title}</h1>
      <dl className="mb-6 grid max-w-3xl grid-cols-[12rem_1fr] gap-x-4 gap-y-2 border-t border-gray-300 pt-4">
        <dt className="font-bold">Team</dt>
        <dd>{item.team}</dd>
        <dt className="font-bold">Format</dt>
        <dd>{FORMAT_LABELS[item.format]}</dd>
        <dt className="font-bold">For</dt>
        <dd>{item.audienceKey ? audienceName(item.audienceKey) : "Anyone"}</dd>
        <dt className="font-bold">When</dt>
        <dd>
          {formatDateTime(item.startsAt)}, {item.durationMinutes} minutes
        </dd>
        <dt className="font-bold">Where</dt>
        <dd>{item.location || "Not given"}</dd>
        <dt className="font-bold">Run by</dt>
        <dd>{item.facilitatorName}</dd>
      </dl>
      {may.run ? (
        <ul className="mb-10 flex flex-wrap items-center gap-4">
          {item.questions.length > 0 ? (
            <li>
              <Link href={`${base}/present`} className={`${button} bg-success text-white shadow-[0_2px_0_#002d18]`}>
                Open presenter view
              </Link>
            </li>
          ) : null}
          <li>
            <Link href={`${base}/record`} className={`${button} bg-gray-200 shadow-[0_2px_0_#929191]`}>
              Record attendance, notes and themes
            </Link>
          </li>
          <li>
            <Link href={`${base}/edit`}>Change details</Link>
          </li>
        </ul>
      ) : null}

      <section aria-labelledby="questions-heading" className="mb-12">
        <h2 id="questions-heading" className="mb-2 text-2xl font-bold">
          Questions
        </h2>
        {item.questions.length === 0 ? <p className="mb-4">No questions chosen yet.</p> : null}
        <SessionQuestionList
          sessionId={item.id}
          mayRun={may.run}
          questions={item.questions.map((question) => ({
            id: question.id,
            text: question.text,
            statements: question.statementKeys.map((key) => labels.get(key) ?? key),
            retired: Boolean(question.retiredAt),
          }))}
        />
        {may.run ? (
          <p>
            <Link href={`${base}/questions`}>Choose questions</Link>
          </p>
        ) : null}
      </section>

      <PulseLinks sessionId={item.id} links={pulse.links} origin={pulse.origin} mayRun={may.run} />
      <PulseResults summary={pulse.summary} />

      <section aria-labelledby="record-heading" className="mb-12">
        <h2 id="record-heading" className="mb-2 text-2xl font-bold">
          Record
        </h2>
        {item.recordedAt ? (
          <>
            <p className="mb-4 text-base text-gray-700">Recorded on {formatDate(item.recordedAt)}.</p>
            <h3 className="mb-2 text-xl font-bold">Attendance ({item.attendees.length})</h3>
            {item.attendees.length ? (
              <ul className="mb-4 list-disc pl-6">
                {item.attendees.map((person) => (
                  <li key={person}>{person}</li>
                ))}
              </ul>
            ) : (
              <p className="mb-4">Nobody recorded.</p>
            )}
            <h3 className="mb-2 text-xl font-bold">Notes</h3>
            <p className="mb-4 max-w-3xl whitespace-pre-line">{item.notes || "No notes."}</p>
            <h3 className="mb-2 text-xl font-bold">Themes raised</h3>
            {item.themes.length ? (
              <ul className="mb-4 list-disc pl-6">
                {item.themes.map((theme) => (
                  <li key={theme}>{theme}</li>
                ))}
              </ul>
            ) : (
              <p className="mb-4">None recorded.</p>
            )}
          </>
        ) : (
          <p>Not recorded yet. After the session, record who came, your notes and the themes staff raised.</p>
        )}
      </section>

      <section aria-labelledby="follow-ups" className="mb-12">
        <h2 id="follow-ups" tabIndex={-1} className="mb-2 text-2xl font-bold">
          Follow-ups
        </h2>
        {item.followUps.length === 0 ? (
          <p className="mb-4">No follow-ups yet.</p>
        ) : (
          <FollowUpList sessionId={item.id} followUps={item.followUps} mayRun={may.run} actions={followUpActions} />
        )}
        {may.run ? (
          <details className="max-w-3xl">
            <summary className="mb-4 cursor-pointer font-bold underline">Add a follow-up</summary>
            <FollowUpForm sessionId={item.id} />
          </details>
        ) : null}
      </section>

      {may.run && item.pulseAnswerCount === 0 ? (
        <section aria-labelledby="cancel-heading" className="max-w-3xl border-t border-gray-300 pt-6">
          <h2 id="cancel-heading" className="mb-2 text-xl font-bold">
            Cancel this session
          </h2>
          <p className="mb-4">Removes the session, its questions and follow-ups. The questions stay in the bank.</p>
          <SmallActionForm
            action={deleteSessionAction}
            fields={{ sessionId: item.id }}
            label="Cancel session"
            target={item.title}
            variant="warning"
          />
        </section>
      ) : null}
    </>
  );
}
