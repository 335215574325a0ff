import type { Metadata } from "next";
import Link from "next/link";
import { loadDashboard } from "@/features/reporting/loaders";
import { Heatmap } from "@/features/reporting/components/heatmap";
import { WaysUp } from "@/features/reporting/components/ways-up";
import { BarChart } from "@/components/charts/bar-chart";
import { NumbersTable } from "@/components/data/numbers-table";
import { LineChart } from "@/components/charts/line-chart";
import { formatDate, formatDateTime } from "@/components/format/date";
import { describeDaysToGo } from "@/features/timeline/domain";
import { loadLatestExport } from "@/features/exports/loaders";
import { startBoardPackAction } from "@/features/exports/actions";
import { StartExportForm } from "@/features/exports/components/start-export-form";
import { LatestExport } from "@/features/exports/components/export-progress";
import { notAgreedNote } from "@/features/reporting/domain";
import { Table } from "@/components/data/table";
import { CalibrationTable } from "@/features/cqc-result/components/calibration-table";
import { WarningText } from "@/components/feedback/warning-text";

export const metadata: Metadata = { title: "Dashboard" };

function Tile({
  title,
  href,
  linkText,
  children,
}: {
  title: string;
  href: string;
  linkText: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${href}-heading`.replace(/\W/g, "-")} className="min-w-0 border-2 border-gray-300 p-4">
      <h2 id={`${href}-heading`.replace(/\W/g, "-")} className="mb-2 text-xl font-bold">
        {title}
      </h2>
      {children}
      <p className="mt-2">
        <Link href={href}>{linkText}</Link>
      </p>
    </section>
  );
}

export default async function DashboardPage() {
  const [dashboard, latestBoardPack] = await Promise.all([loadDashboard(), loadLatestExport("board_pack")]);
  const {
    pack,
    themes,
    categories,
    coverageRows,
    gaps,
    scoreHistory,
    snapshotNames,
    informationReturn,
    caseTargets,
    timeline,
    readAt,
    may,
  } = dashboard;
  const { rating } = pack;
  const cases = pack.cases;
  const targets = caseTargets;
  return (
    <>
      <h1 className="mb-2 text-4xl font-bold">Dashboard</h1>
      <p className="mb-8 text-lg">
        Where {pack.councilName} stands on {formatDate(pack.generatedAt)}.{" "}
        <span className="text-base text-gray-700">Figures read at {formatDateTime(readAt)}.</span>
      </p>

      <section aria-labelledby="rating-heading" className="mb-10 border-4 border-gray-900 p-4">
        <h2 id="rating-heading" className="text-2xl font-bold">
          Indicative rating
        </h2>
        {rating.label ? (
          <p className="mt-2 text-3xl font-bold">
            {rating.label}, {rating.percentage}% <span className="text-xl font-normal">({rating.position})</span>
          </p>
        ) : (
          <p className="mt-2 text-2xl font-bold">
            No rating yet: {rating.total - rating.scored} of {rating.total} statements unscored
            {rating.percentage !== null ? ` (the scored ones come to ${rating.percentage}%)` : ""}
          </p>
        )}
        {notAgreedNote(rating) ? <p className="mt-2 font-bold">{notAgreedNote(rating)}</p> : null}
        {pack.significantShortfalls ? <WarningText>{pack.significantShortfalls}</WarningText> : null}
        <p className="mt-2 text-base text-gray-700">
          Worked out as CQC does. Indicative: only the Care Quality Commission awards a rating.
        </p>
        <p className="mt-2">
          <Link href="/self-assessment">Go to the self-assessment</Link>
        </p>
      </section>

      {pack.cqcResult ? (
        <section aria-labelledby="cqc-result-heading" className="mb-10 border-2 border-gray-300 p-4">
          <h2 id="cqc-result-heading" className="text-2xl font-bold">
            CQC&apos;s published rating
          </h2>
          <p className="mt-2 text-xl font-bold">
            {pack.cqcResult.rating}, {pack.cqcResult.percent}%{" "}
            <span className="text-base font-normal">(published {formatDate(pack.cqcResult.publishedOn)})</span>
          </p>
          {pack.cqcResult.significantShortfalls ? (
            <WarningText>{pack.cqcResult.significantShortfalls}</WarningText>
          ) : null}
          <div className="mt-6">
            <CalibrationTable calibration={pack.cqcResult.calibration} headingLevel={3} />
          </div>
          <p>
            <Link href="/cqc-result">See CQC&apos;s result and findings</Link>
          </p>
        </section>
      ) : null}

      <WaysUp waysUp={pack.waysUp} />

      <section aria-labelledby="statements-heading" className="mb-10">
        <h2 id="statements-heading" className="sr-only">
          Quality statements
        </h2>
        <Heatmap themes={themes} />
      </section>

      <section aria-labelledby="trend-heading" className="mb-10">
        <h2 id="trend-heading" className="mb-2 text-2xl font-bold">
          Trend
        </h2>
        <LineChart
          title="Indicative rating percentage at each snapshot and now"
          description={pack.trend
            .map((point) => `${point.name}: ${point.percentage === null ? "no score" : `${point.percentage}%`}`)
            .join("; ")}
          points={pack.trend.map((point) => ({
            label: point.name,
            value: point.percentage,
            valueText: point.percentage === null ? "" : `${point.percentage}%`,
          }))}
          min={25}
          max={100}
        />
        <NumbersTable
          caption="Rating percentage and statement scores at each snapshot"
          headings={["", ...snapshotNames]}
          rows={[
            [
              "Rating percentage",
              ...pack.trend.map((point) => (point.percentage === null ? "–" : `${point.percentage}%`)),
            ],
            ...scoreHistory.map((statement) => [
              statement.name,
              ...statement.scores.map((score) => (score === null ? "–" : score)),
            ]),
          ]}
        />
        <p>
          <Link href="/self-assessment/snapshots">Compare snapshots</Link>
        </p>
      </section>

      <div className="mb-10 grid gap-6 lg:grid-cols-2">
        <Tile
          title="Next key date"
          href="/timeline"
          linkText={timeline.notified ? "See the assessment timeline" : "Enter the notification date"}
        >
          {timeline.next ? (
            <p className="text-xl">
              <strong>{timeline.next.label}</strong>: {formatDate(timeline.next.date)},{" "}
              {describeDaysToGo(timeline.next.days).toLowerCase()}
              {timeline.next.source === "expected"
                ? " (expected)"
                : timeline.next.source === "confirmed"
                  ? " (confirmed by CQC)"
                  : ""}
            </p>
          ) : (
            <p className="text-xl">
              {timeline.notified ? "No key date ahead is known yet." : "The notification date has not been entered."}
            </p>
          )}
        </Tile>

        <Tile title="Evidence coverage" href="/evidence/coverage" linkText="See coverage and gaps">
          <p className="mb-2">
            <strong>{gaps.length}</strong> {gaps.length === 1 ? "gap" : "gaps"} (a statement with no evidence in a
            category); statements with most gaps first.
          </p>
          <Table
            caption="Evidence items by quality statement and category, statements with most gaps first"
            captionSize="hidden"
            className="mb-2"
            tableClassName="text-base"
            rows={coverageRows}
            rowKey={(row) => row.key}
            columns={[
              { header: "Statement", rowHeader: true, className: "font-normal", cell: (row) => row.name },
              ...categories.map((category, index) => ({
                header: category.name,
                cell: (row: (typeof coverageRows)[number]) => row.counts[index]?.items || "0 (gap)",
                cellClassName: (row: (typeof coverageRows)[number]) =>
                  row.counts[index]?.items ? undefined : "bg-red-50 font-bold text-red-900",
              })),
            ]}
          />
          <p>
            <Link href="/evidence?status=out_of_date">
              {pack.outOfDateEvidence} evidence {pack.outOfDateEvidence === 1 ? "item is" : "items are"} out of date
            </Link>
          </p>
        </Tile>

        <Tile title="Information return" href="/information-return" linkText="Go to the information return">
          <p className="mb-2 text-xl font-bold">
            {informationReturn.dueDate
              ? `Due ${formatDate(informationReturn.dueDate)}: ${informationReturn.daysLeft! > 0 ? `${informationReturn.daysLeft} days left` : informationReturn.daysLeft === 0 ? "due today" : `${-informationReturn.daysLeft!} days overdue`}`
              : "Notification date not set"}
          </p>
          {informationReturn.total > 0 ? (
            <>
              <BarChart
                title="Information return items by status"
                description={`${informationReturn.counts.submitted} submitted, ${informationReturn.counts.ready} ready, ${informationReturn.counts.in_progress} in progress, ${informationReturn.counts.not_started} not started, of ${informationReturn.total}`}
                max={informationReturn.total}
                data={[
                  {
                    label: "Submitted",
                    value: informationReturn.counts.submitted,
                    valueText: String(informationReturn.counts.submitted),
                  },
                  {
                    label: "Ready",
                    value: informationReturn.counts.ready,
                    valueText: String(informationReturn.counts.ready),
                  },
                  {
                    label: "In progress",
                    value: informationReturn.counts.in_progress,
                    valueText: String(informationReturn.counts.in_progress),
                  },
                  {
                    label: "Not started",
                    value: informationReturn.counts.not_started,
                    valueText: String(informationReturn.counts.not_started),
                  },
                ]}
              />
              <NumbersTable
                caption="Information return items by status"
                headings={["Status", "Items"]}
                rows={[
                  ["Submitted", informationReturn.counts.submitted],
                  ["Ready", informationReturn.counts.ready],
                  ["In progress", informationReturn.counts.in_progress],
                  ["Not started", informationReturn.counts.not_started],
                  ["Overdue", informationReturn.overdue],
                ]}
              />
            </>
          ) : (
            <p>Not started.</p>
          )}
          <p>
            {informationReturn.overdue} {informationReturn.overdue === 1 ? "item is" : "items are"} overdue.
          </p>
        </Tile>

        <Tile title="Evidence requests" href="/requests" linkText="Go to evidence requests">
          <p className="text-xl">
            <strong>{pack.evidenceRequests.open}</strong> open, <strong>{pack.evidenceRequests.overdue}</strong> overdue
          </p>
        </Tile>

        <Tile
          title="Case tracking"
          href={may.cases ? "/cases" : "/dashboard#case-tracking"}
          linkText={may.cases ? "Go to cases" : "Figures only: case pages are for the readiness team and team managers"}
        >
          <span id="case-tracking" />
          <BarChart
            title="The case sample against CQC's numbers"
            description={`Long list ${cases.longList} of ${targets.longList}, selected ${cases.selected} of ${targets.selected}, engaged ${cases.engaged} of ${targets.engaged}`}
            max={Math.max(targets.longList, cases.longList)}
            data={[
              {
                label: `Long list (target ${targets.longList})`,
                value: cases.longList,
                valueText: `${cases.longList} of ${targets.longList}`,
              },
              {
                label: `Selected by CQC (target ${targets.selected})`,
                value: cases.selected,
                valueText: `${cases.selected} of ${targets.selected}`,
              },
              {
                label: `Engaged (target ${targets.engaged})`,
                value: cases.engaged,
                valueText: `${cases.engaged} of ${targets.engaged}`,
              },
            ]}
          />
          <NumbersTable
            caption="Case tracking"
            headings={["Measure", "Cases"]}
            rows={[
              ["Recorded", cases.recorded],
              ["Long list", cases.longList],
              ["Selected by CQC", cases.selected],
              ["Engaged", cases.engaged],
              ["Audited", cases.audited],
              ["Reflective logs signed off", cases.logsSignedOff],
            ]}
          />
          <p>
            {cases.audited} audited; {cases.logsSignedOff} reflective {cases.logsSignedOff === 1 ? "log" : "logs"}{" "}
            signed off.
          </p>
        </Tile>
      </div>

      {may.export ? (
        <section aria-labelledby="exports-heading" className="mb-10">
          <h2 id="exports-heading" className="mb-2 text-2xl font-bold">
            Documents
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              <a href="/api/reports/self-assessment" download>
                The self-assessment (Word)
              </a>
            </li>
            <li>
              <a href="/api/reports/board-pack" download>
                Board briefing pack (PDF)
              </a>
              <StartExportForm action={startBoardPackAction} label="Prepare the board briefing pack" />
              <LatestExport item={latestBoardPack} />
            </li>
            <li>
              <a href="/api/reports/evidence-register?format=xlsx" download>
                Evidence register (Excel)
              </a>
            </li>
            <li>
              <a href="/api/reports/evidence-register?format=csv" download>
                Evidence register (CSV)
              </a>
            </li>
          </ul>
          <p className="mt-2 text-base text-gray-700">Each download is recorded in the audit log.</p>
        </section>
      ) : null}
    </>
  );
}
