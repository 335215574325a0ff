import type { Metadata } from "next";
import Link from "next/link";
import { loadFactualAccuracy } from "@/features/factual-accuracy/loaders";
import { OUTCOMES, OUTCOME_LABELS, describeWorkingDaysLeft } from "@/features/factual-accuracy/domain";
import { Tag } from "@/components/data/tag";
import { formatDate } from "@/components/format/date";
import { Table } from "@/components/data/table";

export const metadata: Metadata = { title: "Factual accuracy check" };

const OUTCOME_TONES = { accepted: "green", not_accepted: "red", partly_accepted: "yellow", pending: "grey" } as const;

export default async function FactualAccuracyPage() {
  const { deadline, points, counts, may } = await loadFactualAccuracy();
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">Factual accuracy check</h1>
      <p className="mb-6 max-w-3xl">
        CQC sends the council its draft report. The council has 10 working days (bank holidays in England excluded) to
        tell CQC of any factual errors or omissions, with evidence.
      </p>
      <section aria-labelledby="deadline-heading" className="mb-8 border-4 border-gray-900 p-4">
        <h2 id="deadline-heading" className="text-2xl font-bold">
          Deadline
        </h2>
        {deadline.due ? (
          <>
            <p className="mt-2 text-xl font-bold">
              Comments due {formatDate(deadline.due)}: {describeWorkingDaysLeft(deadline.workingDaysLeft!)}
            </p>
            <p className="mt-1">
              {deadline.draftReport ? `Draft report received ${formatDate(deadline.draftReport)}. ` : null}
              {deadline.confirmed
                ? "CQC confirmed this date."
                : "Worked out as 10 working days after the draft report."}
            </p>
          </>
        ) : (
          <p className="mt-2">
            No draft report date yet, so there is no deadline. Enter it on the timeline when CQC sends the draft report.
          </p>
        )}
        <p className="mt-2">
          <Link href="/timeline">Go to the assessment timeline</Link>
        </p>
      </section>

      {may.edit ? (
        <p className="mb-6">
          <Link href="/factual-accuracy/new" className="font-bold">
            Add a point
          </Link>
        </p>
      ) : null}

      {points.length === 0 ? (
        <p>No points recorded yet.</p>
      ) : (
        <>
          <p className="mb-4">
            {OUTCOMES.map((outcome) => `${OUTCOME_LABELS[outcome]}: ${counts[outcome]}`).join(". ")}.
          </p>
          <Table
            caption={`${points.length} ${points.length === 1 ? "point" : "points"}`}
            rows={points}
            rowKey={(point) => point.id}
            columns={[
              {
                header: "Where in the report",
                cell: (point, index) => (
                  <Link href={`/factual-accuracy/${point.id}`}>{point.reference || `Point ${index + 1}`}</Link>
                ),
              },
              {
                header: "What the draft says",
                cell: (point) => (point.draftText.length > 160 ? `${point.draftText.slice(0, 157)}…` : point.draftText),
              },
              { header: "Evidence", cell: (point) => point.evidenceIds.length },
              {
                header: "Outcome",
                cell: (point) => <Tag tone={OUTCOME_TONES[point.outcome]}>{OUTCOME_LABELS[point.outcome]}</Tag>,
              },
            ]}
          />
        </>
      )}
    </>
  );
}
