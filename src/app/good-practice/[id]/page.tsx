import type { Metadata } from "next";
import Link from "next/link";
import { loadGoodPracticeEntry } from "@/features/good-practice/loaders";
import { KIND_LABELS } from "@/features/good-practice/domain";
import { ConvertForm } from "@/features/good-practice/components/convert-form";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { Tag } from "@/components/data/tag";
import { formatDate, formatDateTime } from "@/components/format/date";

export const metadata: Metadata = { title: "Good practice log entry" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SAVED: Record<string, string> = {
  created: "Entry saved. Thank you: colleagues can now read it in the good practice log.",
  updated: "Changes saved.",
};

export default async function GoodPracticeEntryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { saved } = await searchParams;
  const { entry, categories, themes, may } = await loadGoodPracticeEntry(id);
  const evidenceLink = entry.evidenceItemId ? (
    <Link href={`/evidence/${entry.evidenceItemId}`}>Open the evidence item</Link>
  ) : null;
  return (
    <>
      <Link href="/good-practice" className="mb-6 inline-block">
        Back to the good practice log
      </Link>
      {typeof saved === "string" && SAVED[saved] ? (
        <NotificationBanner>
          <p>{SAVED[saved]}</p>
        </NotificationBanner>
      ) : null}
      {saved === "converted" && evidenceLink ? (
        <NotificationBanner>
          <p className="mb-2 font-bold">Added to the evidence library as a draft evidence item.</p>
          <p>{evidenceLink} to check it, add files and mark it ready.</p>
        </NotificationBanner>
      ) : null}
      {saved === "already" && evidenceLink ? (
        <NotificationBanner variant="important" title="Nothing was added">
          <p>This entry is already in the evidence library: someone added it before you. {evidenceLink}.</p>
        </NotificationBanner>
      ) : null}
      <span className="mb-2 block">
        <Tag tone={entry.kind === "challenge" ? "orange" : "green"}>{KIND_LABELS[entry.kind]}</Tag>
      </span>
      <h1 className="mb-6 text-4xl font-bold">{entry.title}</h1>
      <div className="mb-8 max-w-3xl whitespace-pre-line text-lg">{entry.description}</div>
      <dl className="mb-6 max-w-3xl border-t border-gray-300">
        <div className="grid gap-2 border-b border-gray-300 py-2 sm:grid-cols-[14rem_1fr]">
          <dt className="font-bold">Team</dt>
          <dd>{entry.team || "Not given"}</dd>
        </div>
        <div className="grid gap-2 border-b border-gray-300 py-2 sm:grid-cols-[14rem_1fr]">
          <dt className="font-bold">Quality statements</dt>
          <dd>
            {entry.statements.length ? (
              <ul>
                {entry.statements.map((statement) => (
                  <li key={statement.key}>
                    <Link href={`/framework/${statement.key}`}>{statement.label}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              "None chosen"
            )}
          </dd>
        </div>
        <div className="grid gap-2 border-b border-gray-300 py-2 sm:grid-cols-[14rem_1fr]">
          <dt className="font-bold">Recorded by</dt>
          <dd>
            {entry.author}, {formatDate(entry.createdAt)}
          </dd>
        </div>
        <div className="grid gap-2 border-b border-gray-300 py-2 sm:grid-cols-[14rem_1fr]">
          <dt className="font-bold">Evidence library</dt>
          <dd>
            {entry.evidenceItemId && entry.convertedAt ? (
              <>
                <Tag tone="blue">In evidence library</Tag>{" "}
                <span className="text-base">since {formatDateTime(entry.convertedAt)}.</span> {evidenceLink}
              </>
            ) : (
              "Not yet in the evidence library"
            )}
          </dd>
        </div>
      </dl>
      {may.edit ? (
        <p className="mb-10">
          <Link href={`/good-practice/${entry.id}/edit`} className="font-bold">
            Change this entry
          </Link>
        </p>
      ) : null}

      {may.convert ? (
        <section aria-labelledby="convert-heading" className="mt-10 max-w-3xl border-t-4 border-gray-300 pt-6">
          <h2 id="convert-heading" className="mb-2 text-2xl font-bold">
            Add to the evidence library
          </h2>
          <p className="mb-6">
            This makes a draft evidence item from the entry: its title, what happened, the team and its quality
            statements, noting that it came from the good practice log. The entry can no longer be changed afterwards;
            the evidence item can.
          </p>
          <ConvertForm entryId={entry.id} title={entry.title} categories={categories} themes={themes} />
        </section>
      ) : null}
    </>
  );
}
