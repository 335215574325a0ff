import type { Metadata } from "next";
import Link from "next/link";
import { Table } from "@/components/data/table";
import { loadCoverage } from "@/features/evidence/loaders";

export const metadata: Metadata = { title: "Evidence coverage" };

export default async function CoveragePage() {
  const { statements, categories, counts, gaps, mayAsk } = await loadCoverage();
  return (
    <>
      <Link href="/evidence" className="mb-6 inline-block">Back to evidence</Link>
      <h1 className="mb-4 text-4xl font-bold">Evidence coverage</h1>
      <p className="mb-8 max-w-3xl">How many evidence items support each quality statement in each evidence category. A gap is a statement with no evidence in a category CQC uses for councils.</p>
      <h2 className="mb-2 text-2xl font-bold">Gaps ({gaps.length})</h2>
      {gaps.length === 0 ? (
        <p className="mb-8">No gaps: every statement has evidence in every category.</p>
      ) : (
        <ul className="mb-8 list-disc space-y-1 pl-6">
          {gaps.map((gap) => (
            <li key={`${gap.statementKey}-${gap.categoryKey}`}>
              {gap.statement}: no {gap.category.toLowerCase()} evidence
              {mayAsk ? (
                <>
                  {" "}
                  <Link href={`/requests/new?statement=${gap.statementKey}&category=${gap.categoryKey}`}>
                    Ask a colleague<span className="sr-only"> for {gap.category.toLowerCase()} evidence for {gap.statement}</span>
                  </Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Table
        caption="Evidence items by quality statement and category"
        rows={statements}
        rowKey={(statement) => statement.key}
        columns={[
          {
            header: "Quality statement",
            rowHeader: true,
            className: "font-normal",
            cell: (statement) => `${statement.number}. ${statement.name}`,
          },
          ...categories.map((category) => {
            const countOf = (statement: (typeof statements)[number]) =>
              counts.get(`${statement.key}|${category.key}`) ?? 0;
            const gap = (statement: (typeof statements)[number]) => countOf(statement) === 0 && category.key !== "outcomes";
            return {
              header: category.name,
              cellClassName: (statement: (typeof statements)[number]) =>
                gap(statement) ? "bg-red-50 font-bold text-red-900" : undefined,
              cell: (statement: (typeof statements)[number]) =>
                countOf(statement) > 0 ? (
                  <Link href={`/evidence?statement=${statement.key}&category=${category.key}`}>
                    {countOf(statement)}
                    <span className="sr-only">
                      {" "}
                      items for {statement.name}, {category.name}
                    </span>
                  </Link>
                ) : gap(statement) ? (
                  "0 (gap)"
                ) : (
                  "0"
                ),
            };
          }),
        ]}
      />
    </>
  );
}
