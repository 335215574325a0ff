import type { Metadata } from "next";
import Link from "next/link";
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
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-xl font-bold">Evidence items by quality statement and category</caption>
          <thead>
            <tr className="border-b-2 border-gray-900">
              <th scope="col" className="py-2 pr-4">Quality statement</th>
              {categories.map((category) => <th key={category.key} scope="col" className="py-2 pr-4">{category.name}</th>)}
            </tr>
          </thead>
          <tbody>
            {statements.map((statement) => (
              <tr key={statement.key} className="border-b border-gray-300">
                <th scope="row" className="py-2 pr-4 font-normal">{statement.number}. {statement.name}</th>
                {categories.map((category) => {
                  const count = counts.get(`${statement.key}|${category.key}`) ?? 0;
                  const gap = count === 0 && category.key !== "outcomes";
                  return (
                    <td key={category.key} className={`py-2 pr-4 ${gap ? "bg-red-50 font-bold text-red-900" : ""}`}>
                      {count > 0 ? (
                        <Link href={`/evidence?statement=${statement.key}&category=${category.key}`}>
                          {count}<span className="sr-only"> items for {statement.name}, {category.name}</span>
                        </Link>
                      ) : gap ? "0 (gap)" : "0"}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
