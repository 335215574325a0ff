import { formatDate } from "@/components/format/date";
import { WarningText } from "@/components/feedback/warning-text";
import { describeSignificantShortfalls, type SignificantShortfall } from "@/features/rating/domain";

/** The headline of what CQC published, and the warning for any statement it scored 1. */
export function ResultSummary({
  result,
  significantShortfalls,
}: {
  result: { publishedOn: Date; rating: string; percent: number; reportUrl: string };
  significantShortfalls: SignificantShortfall[];
}) {
  const warning = describeSignificantShortfalls(significantShortfalls);
  return (
    <section aria-labelledby="published-heading" className="mb-10 border-4 border-gray-900 p-4">
      <h2 id="published-heading" className="text-2xl font-bold">
        Published rating
      </h2>
      <p className="mt-2 text-3xl font-bold">
        {result.rating}, {result.percent}%
      </p>
      <p className="mt-2">
        Published on {formatDate(result.publishedOn)}.{" "}
        <a href={result.reportUrl} rel="noreferrer">
          Read CQC&apos;s report<span className="sr-only"> (opens CQC&apos;s website)</span>
        </a>
      </p>
      {warning ? <WarningText>{warning}</WarningText> : null}
    </section>
  );
}

/** CQC's score and key findings for each statement, in framework order. */
export function FindingsByStatement({
  statements,
  scores,
  findings,
  scoreLabels,
  showFindings = true,
}: {
  statements: { key: string; number: number; name: string }[];
  scores: Record<string, number>;
  findings: Record<string, { id: string; text: string }[]>;
  scoreLabels: { score: number; label: string }[];
  /** Off when the page lists the findings in the form that makes them into actions. */
  showFindings?: boolean;
}) {
  return (
    <section aria-labelledby="findings-heading" className="mb-10">
      <h2 id="findings-heading" className="mb-4 text-2xl font-bold">
        {showFindings ? "Scores and key findings" : "Scores"}
      </h2>
      {statements.map((statement) => (
        <div key={statement.key} className="mb-6">
          <h3 className="text-xl font-bold">
            {statement.number}. {statement.name}
          </h3>
          <p className="mb-2">
            Score {scores[statement.key]}: {scoreLabels.find((label) => label.score === scores[statement.key])?.label}
          </p>
          {!showFindings ? null : findings[statement.key]?.length ? (
            <ul className="ml-6 list-disc space-y-2">
              {findings[statement.key]!.map((finding) => (
                <li key={finding.id}>{finding.text}</li>
              ))}
            </ul>
          ) : (
            <p className="text-gray-700">No key findings recorded.</p>
          )}
        </div>
      ))}
    </section>
  );
}
