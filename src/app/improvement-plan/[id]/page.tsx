import type { Metadata } from "next";
import Link from "next/link";
import { loadAction } from "@/features/improvement-plan/loaders";
import { ProgressNoteForm } from "@/features/improvement-plan/components/progress-note-form";
import { RagTag, StatusTag } from "@/features/improvement-plan/components/action-tags";
import { RAG_LABELS, STATUS_LABELS, dueLabel } from "@/features/improvement-plan/domain";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { formatDate, formatDateTime } from "@/components/format/date";

export const metadata: Metadata = { title: "Action" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SAVED: Record<string, string> = {
  created: "The action has been added to the improvement plan.",
  updated: "Your changes have been saved.",
  note: "Progress note added.",
  exists: "This follow-up is already an action: here it is.",
};

export default async function ActionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { saved } = await searchParams;
  const { item, statements, evidence, now, may } = await loadAction(id);
  const message = typeof saved === "string" ? SAVED[saved] : undefined;
  const due = dueLabel(item, now);
  return (
    <>
      {message ? (
        <NotificationBanner>
          <p>{message}</p>
        </NotificationBanner>
      ) : null}
      <p className="mb-4">
        <Link href="/improvement-plan">Back to the improvement plan</Link>
      </p>
      <h1 className="mb-4 text-4xl font-bold">{item.title}</h1>
      <p className="mb-6 flex flex-wrap items-center gap-2">
        <StatusTag status={item.status} /> <RagTag rag={item.rag} />
        {due ? <strong className={due.startsWith("Overdue") ? "text-[var(--color-error)]" : ""}>{due}</strong> : null}
      </p>
      {may.edit ? (
        <p className="mb-6">
          <Link href={`/improvement-plan/${item.id}/edit`}>Change this action</Link>
        </p>
      ) : null}
      <dl className="mb-10 grid max-w-3xl grid-cols-[12rem_1fr] gap-x-4 gap-y-2 border-t border-gray-300 pt-4">
        <dt className="font-bold">Description</dt>
        <dd className="whitespace-pre-line">{item.description || "None given."}</dd>
        <dt className="font-bold">Owner</dt>
        <dd>
          {item.owner || "Not given"}
          {item.ownerId ? "" : " (no account)"}
        </dd>
        <dt className="font-bold">Due</dt>
        <dd>{formatDate(item.dueDate)}</dd>
        <dt className="font-bold">Quality statements</dt>
        <dd>
          <ul>
            {statements.map((statement) => (
              <li key={statement.key}>
                <Link href={`/self-assessment/${statement.key}`}>{statement.label}</Link>
              </li>
            ))}
          </ul>
        </dd>
        <dt className="font-bold">Tags</dt>
        <dd>
          {item.tags.length === 0 ? (
            "None"
          ) : (
            <ul>
              {item.tags.map((tag) => (
                <li key={tag}>
                  <Link href={`/improvement-plan?tag=${encodeURIComponent(tag)}`}>{tag}</Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="font-bold">Where it came from</dt>
        <dd>
          {item.sourceDetail ? (
            <>
              {item.sourceDetail.label}:{" "}
              {item.sourceDetail.href ? (
                <Link href={item.sourceDetail.href}>{item.sourceDetail.text ?? "no longer recorded"}</Link>
              ) : (
                (item.sourceDetail.text ?? "no longer recorded")
              )}
            </>
          ) : (
            "Not linked"
          )}
        </dd>
        {item.completedAt ? (
          <>
            <dt className="font-bold">Completed</dt>
            <dd>{formatDateTime(item.completedAt)}</dd>
            <dt className="font-bold">Evidence of completion</dt>
            <dd>
              {item.completionEvidence ? (
                <Link href={`/evidence/${item.completionEvidence.id}`}>{item.completionEvidence.title}</Link>
              ) : (
                "None cited"
              )}
            </dd>
          </>
        ) : null}
        <dt className="font-bold">Added</dt>
        <dd>
          {formatDate(item.createdAt)} by {item.createdBy}
        </dd>
      </dl>

      <section aria-labelledby="notes" className="mb-12">
        <h2 id="notes" tabIndex={-1} className="mb-4 text-2xl font-bold">
          Progress notes
        </h2>
        {item.updates.length === 0 ? (
          <p className="mb-6">No progress notes yet.</p>
        ) : (
          <ol className="mb-8 max-w-3xl space-y-4">
            {item.updates.map((update) => (
              <li key={update.id} className="border-l-4 border-gray-300 pl-4">
                <p className="text-base text-gray-700">
                  {formatDateTime(update.createdAt)}, {update.author}
                </p>
                <p className="whitespace-pre-line">{update.note}</p>
                {update.status || update.rag ? (
                  <p className="text-base">
                    {[
                      update.status ? `Status set to ${STATUS_LABELS[update.status].toLowerCase()}` : null,
                      update.rag ? `RAG set to ${RAG_LABELS[update.rag].toLowerCase()}` : null,
                    ]
                      .filter(Boolean)
                      .join("; ")}
                    .
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {may.edit ? (
          <>
            <h3 className="mb-4 text-xl font-bold">Add a progress note</h3>
            <ProgressNoteForm actionId={item.id} evidence={evidence} />
          </>
        ) : null}
      </section>
    </>
  );
}
