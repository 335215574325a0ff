import type { Metadata } from "next";
import Link from "next/link";
import { loadCqcResult } from "@/features/cqc-result/loaders";
import { CalibrationTable } from "@/features/cqc-result/components/calibration-table";
import { FindingsByStatement, ResultSummary } from "@/features/cqc-result/components/result-summary";
import { NotificationBanner } from "@/components/feedback/notification-banner";

export const metadata: Metadata = { title: "CQC result" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function CqcResultPage({ searchParams }: Props) {
  const { saved } = await searchParams;
  const { result, statements, scoreLabels, calibration, significantShortfalls, mayRecord } = await loadCqcResult();
  return (
    <>
      {saved === "recorded" && result ? (
        <NotificationBanner>
          <p>The CQC result is saved.</p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-6 text-4xl font-bold">CQC result</h1>
      {!result ? (
        <>
          <p className="mb-6 text-lg">
            The council&apos;s published CQC assessment result has not been recorded yet. Once it is, this page sets the
            self-assessment beside CQC&apos;s scores.
          </p>
          {mayRecord ? (
            <p>
              <Link href="/cqc-result/record">Record the CQC result</Link>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <ResultSummary result={result} significantShortfalls={significantShortfalls} />
          {calibration ? <CalibrationTable calibration={calibration} /> : null}
          <FindingsByStatement
            statements={statements}
            scores={result.scores}
            findings={result.findings}
            scoreLabels={scoreLabels}
          />
          {mayRecord ? (
            <p>
              <Link href="/cqc-result/record">Correct the CQC result</Link>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
