import { ANSWERS, ANSWER_LABELS, type Answer } from "../domain";

type Result = { id: string; text: string; counts: Record<Answer, number>; audited: number; yesShare: number | null };

/**
 * What the council's case audits found for one quality statement: counts only, never a case, so
 * the team can cite it as evidence of practice.
 */
export function StatementAuditResults({ results, statementName }: { results: Result[]; statementName: string }) {
  if (results.length === 0) return null;
  const audited = Math.max(0, ...results.map((result) => result.audited));
  return (
    <section aria-labelledby="audit-results-heading" className="mb-10 max-w-4xl">
      <h2 id="audit-results-heading" className="mb-2 text-2xl font-bold">
        Case audit results
      </h2>
      {audited === 0 ? (
        <p>No case audits yet answer the questions for this statement.</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left">
            Answers from completed case audits to the questions that inform {statementName}
          </caption>
          <thead>
            <tr className="border-b-2 border-gray-900">
              <th scope="col" className="py-2 pr-4">
                Question
              </th>
              {ANSWERS.map((answer) => (
                <th key={answer} scope="col" className="py-2 pr-4">
                  {ANSWER_LABELS[answer]}
                </th>
              ))}
              <th scope="col" className="py-2">
                &ldquo;Yes&rdquo; where it applied
              </th>
            </tr>
          </thead>
          <tbody>
            {results.map((result) => (
              <tr key={result.id} className="border-b border-gray-300 align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {result.text}
                </th>
                {ANSWERS.map((answer) => (
                  <td key={answer} className="py-2 pr-4">
                    {result.counts[answer]}
                  </td>
                ))}
                <td className="py-2 font-bold">
                  {result.yesShare === null ? "Not applicable" : `${Math.round(result.yesShare * 100)}%`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
