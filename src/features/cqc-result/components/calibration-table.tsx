import Link from "next/link";
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
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Our self-assessed score and CQC&apos;s score for each quality statement</caption>
        <thead>
          <tr className="border-b-2 border-gray-900">
            <th scope="col" className="py-2 pr-4">
              Quality statement
            </th>
            <th scope="col" className="py-2 pr-4">
              Our score
            </th>
            <th scope="col" className="py-2 pr-4">
              CQC&apos;s score
            </th>
            <th scope="col" className="py-2 pr-4">
              Difference
            </th>
          </tr>
        </thead>
        <tbody>
          {calibration.rows.map((row) => (
            <tr key={row.key} className="border-b border-gray-300">
              <th scope="row" className="py-2 pr-4 font-normal">
                {statementLinks ? <Link href={`/self-assessment/${row.key}`}>{row.name}</Link> : row.name}
              </th>
              <td className="py-2 pr-4">{row.ours ?? "Not scored"}</td>
              <td className="py-2 pr-4">{row.cqc}</td>
              <td className="py-2 pr-4">
                <Tag tone={TONES[row.difference]}>{describeDifference(row)}</Tag>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
