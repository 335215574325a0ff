import type { Metadata } from "next";
import Link from "next/link";
import { loadCqcResult } from "@/features/cqc-result/loaders";
import { CalibrationTable } from "@/features/cqc-result/components/calibration-table";
import { FindingsByStatement, ResultSummary } from "@/features/cqc-result/components/result-summary";
import { loadFindingActions } from "@/features/improvement-plan/loaders";
import { FindingsToActions } from "@/features/improvement-plan/components/findings-to-actions";
import { NotificationBanner } from "@/components/feedback/notification-banner";

export const metadata: Metadata = { title: "CQC result" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function CqcResultPage({ searchParams }: Props) {
  const { saved } = await searchParams;
  const [{ result, statements, scoreLabels, calibration, significantShortfalls, mayRecord }, findingActions] =
    await Promise.all([loadCqcResult(), loadFindingActions()]);
  const actionsMade = /^actions-(\d+)$/.exec(saved ?? "")?.[1];
  const makeActions = Boolean(result && findingActions?.mayMake);
  return (
    <>
      {saved === "recorded" && result ? (
        <NotificationBanner>
          <p>The CQC result is saved.</p>
        </NotificationBanner>
      ) : null}
      {actionsMade ? (
        <NotificationBanner>
          <p>{actionsMade === "1" ? "1 action was" : `${actionsMade} actions were`} added to the improvement plan.</p>
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
            showFindings={!makeActions}
          />
          {makeActions && findingActions ? (
            <FindingsToActions
              statements={statements}
              findings={result.findings}
              byFinding={findingActions.byFinding}
              owners={findingActions.owners}
            />
          ) : null}
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
