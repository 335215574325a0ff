import Link from "next/link";
import { Table } from "@/components/data/table";
import { Tag, type TagTone } from "@/components/data/tag";
import { describeDifference, type Calibration, type Difference } from "../domain";

const TONES: Record<Difference, TagTone> = {
  matched: "green",
  higher: "red",
  lower: "blue",
  not_self_assessed: "grey",
};

/**
 * Our self-assessed score beside CQC's for each statement. Each difference is said in words
 * ("We were higher by 2 points"), so the tag's colour is never the only signal.
 */
export function CalibrationTable({
  calibration,
  headingLevel = 2,
  statementLinks = true,
}: {
  calibration: Calibration;
  headingLevel?: 2 | 3;
  statementLinks?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="calibration-heading" className="mb-10">
      <Heading id="calibration-heading" className="mb-2 text-2xl font-bold">
        Our self-assessment beside CQC&apos;s scores
      </Heading>
      <p className="mb-4 text-lg font-bold">{calibration.summary}</p>
      <Table
        caption="Our self-assessed score and CQC's score for each quality statement"
        captionSize="hidden"
        rows={calibration.rows}
        rowKey={(row) => row.key}
        columns={[
          {
            header: "Quality statement",
            rowHeader: true,
            className: "font-normal",
            cell: (row) => (statementLinks ? <Link href={`/self-assessment/${row.key}`}>{row.name}</Link> : row.name),
          },
          { header: "Our score", numeric: true, cell: (row) => row.ours ?? "Not scored" },
          { header: "CQC's score", numeric: true, cell: (row) => row.cqc },
          {
            header: "Difference",
            cell: (row) => <Tag tone={TONES[row.difference]}>{describeDifference(row)}</Tag>,
          },
        ]}
      />
    </section>
  );
}
