import type { Metadata } from "next";
import Link from "next/link";
import { loadPoint } from "@/features/factual-accuracy/loaders";
import { OUTCOME_LABELS } from "@/features/factual-accuracy/domain";
import { EvidenceFilter } from "@/features/factual-accuracy/components/evidence-filter";
import { OutcomeForm, PointForm } from "@/features/factual-accuracy/components/point-forms";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { formatDateTime } from "@/components/format/date";

export const metadata: Metadata = { title: "Factual accuracy point" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const BANNERS: Record<string, string> = { added: "Point added.", updated: "Point saved.", outcome: "Outcome saved." };

export default async function PointPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const { point, evidence, hiddenEvidence, choices, q, mayEdit } = await loadPoint(id, query.q);
  const banner = query.saved ? BANNERS[query.saved] : undefined;
  return (
    <>
      <Link href="/factual-accuracy" className="mb-6 inline-block">
        Back to the factual accuracy check
      </Link>
      {banner ? (
        <NotificationBanner>
          <p>{banner}</p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-2 text-4xl font-bold">{point.reference || "Factual accuracy point"}</h1>
      <p className="mb-6 text-base text-gray-700">
        Outcome: {OUTCOME_LABELS[point.outcome]}. Last changed {formatDateTime(point.updatedAt)}.
      </p>

      <dl className="mb-8 max-w-3xl space-y-4">
        <div>
          <dt className="font-bold">What the draft report says</dt>
          <dd className="whitespace-pre-wrap">{point.draftText}</dd>
        </div>
        <div>
          <dt className="font-bold">The council&apos;s correction</dt>
          <dd className="whitespace-pre-wrap">{point.correction}</dd>
        </div>
        <div>
          <dt className="font-bold">Evidence</dt>
          <dd>
            {evidence.length === 0 && hiddenEvidence === 0 ? "None chosen." : null}
            <ul className="list-disc pl-6">
              {evidence.map((item) => (
                <li key={item.id}>
                  <Link href={`/evidence/${item.id}`}>{item.title}</Link>
                </li>
              ))}
            </ul>
            {hiddenEvidence > 0 ? (
              <p>
                {hiddenEvidence} more {hiddenEvidence === 1 ? "item" : "items"} you do not have access to, or since
                removed from the library.
              </p>
            ) : null}
          </dd>
        </div>
        {point.outcomeNote ? (
          <div>
            <dt className="font-bold">Note on the outcome</dt>
            <dd className="whitespace-pre-wrap">{point.outcomeNote}</dd>
          </div>
        ) : null}
      </dl>

      {mayEdit && choices ? (
        <>
          <section aria-labelledby="outcome-heading">
            <h2 id="outcome-heading" className="mb-4 text-2xl font-bold">
              CQC&apos;s decision
            </h2>
            <OutcomeForm point={point} />
          </section>
          <section aria-labelledby="edit-heading">
            <h2 id="edit-heading" className="mb-4 text-2xl font-bold">
              Change the point
            </h2>
            <EvidenceFilter q={q} limited={choices.limited} limit={choices.limit} />
            <PointForm point={point} choices={choices.choices} />
          </section>
        </>
      ) : null}
    </>
  );
}
