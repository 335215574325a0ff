import type { Metadata } from "next";
import Link from "next/link";
import { loadTimeliness } from "@/features/cases/loaders";
import type { Spread } from "@/features/cases/domain";
import { TableFrame, cellClass, headCellClass } from "@/components/data/table";

export const metadata: Metadata = { title: "Timeliness" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const days = (value: number) => `${Number.isInteger(value) ? value : value.toFixed(1)} days`;

function SpreadCells({ spread, missing }: { spread: Spread | null; missing: number }) {
  if (!spread)
    return (
      <td className={cellClass()} colSpan={3}>
        No case with both dates{missing ? ` (${missing} missing)` : ""}
      </td>
    );
  return (
    <>
      <td className={`${cellClass()} font-bold`}>{days(spread.median)}</td>
      <td className={cellClass()}>
        {days(spread.lowerQuartile)} to {days(spread.upperQuartile)}
        <span className="block text-base text-gray-700">
          range {spread.min} to {spread.max}
        </span>
      </td>
      <td className={cellClass()}>
        {spread.count}
        {missing ? <span className="block text-base text-gray-700">{missing} without both dates</span> : null}
      </td>
    </>
  );
}

export default async function TimelinessPage({ searchParams }: Props) {
  const { by, groups, overall } = await loadTimeliness((await searchParams).by);
  const measures = [
    { key: "contactToAssessment", missing: "missingContactToAssessment", title: "From first contact to assessment" },
    { key: "assessmentToPlan", missing: "missingAssessmentToPlan", title: "From assessment to plan" },
  ] as const;
  return (
    <>
      <Link href="/cases" className="mb-6 inline-block">
        Back to cases
      </Link>
      <h1 className="mb-4 text-4xl font-bold">Timeliness</h1>
      <p className="mb-4 max-w-3xl">
        Days between the key dates of the cases recorded here, by {by}. The median is the middle case; half of cases
        fall between the two quartiles. Only cases with both dates count.
      </p>
      <nav aria-label="Group by" className="mb-8 flex gap-6">
        {by === "cohort" ? <strong>By cohort</strong> : <Link href="/cases/timeliness?by=cohort">By cohort</Link>}
        {by === "team" ? <strong>By team</strong> : <Link href="/cases/timeliness?by=team">By team</Link>}
      </nav>
      {measures.map((measure) => (
        <TableFrame key={measure.key} caption={measure.title} className="mb-10">
          <thead>
            <tr>
              <th scope="col" className={headCellClass()}>
                {by === "cohort" ? "Cohort" : "Team"}
              </th>
              <th scope="col" className={headCellClass()}>
                Median
              </th>
              <th scope="col" className={headCellClass()}>
                Middle half (quartiles)
              </th>
              <th scope="col" className={headCellClass()}>
                Cases counted
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.name}>
                <th scope="row" className={`${cellClass()} font-normal`}>
                  {group.name}
                </th>
                <SpreadCells spread={group[measure.key]} missing={group[measure.missing]} />
              </tr>
            ))}
            <tr className="border-b-2 border-gray-900">
              <th scope="row" className={cellClass()}>
                All cases
              </th>
              <SpreadCells spread={overall[measure.key]} missing={overall[measure.missing]} />
            </tr>
          </tbody>
        </TableFrame>
      ))}
    </>
  );
}
