import Link from "next/link";
import { formatDate } from "@/components/format/date";
import { describeDifference, type CalibrationRow } from "../domain";

/** On a statement's page: CQC's score beside ours, and what CQC found for this statement. */
export function StatementCqcResult({
  row,
  findings,
  publishedOn,
}: {
  row: CalibrationRow;
  findings: { id: string; text: string }[];
  publishedOn: Date;
}) {
  return (
    <section aria-labelledby="cqc-statement-heading" className="mb-10 border-l-4 border-gray-900 pl-4">
      <h2 id="cqc-statement-heading" className="mb-2 text-2xl font-bold">
        CQC&apos;s published score
      </h2>
      <dl className="mb-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-bold">CQC&apos;s score</dt>
        <dd>{row.cqc}</dd>
        <dt className="font-bold">Our score</dt>
        <dd>{row.ours ?? "Not scored"}</dd>
        <dt className="font-bold">Difference</dt>
        <dd>{describeDifference(row)}</dd>
      </dl>
      <p className="mb-2 text-gray-700">From CQC&apos;s report published on {formatDate(publishedOn)}.</p>
      {findings.length ? (
        <>
          <h3 className="mb-2 text-xl font-bold">Key findings</h3>
          <ul className="mb-4 ml-6 list-disc space-y-2">
            {findings.map((finding) => (
              <li key={finding.id}>{finding.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link href="/cqc-result">See CQC&apos;s whole result</Link>
      </p>
    </section>
  );
}
