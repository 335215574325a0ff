import { ANSWERS, ANSWER_LABELS, type Answer } from "../domain";
import { Table } from "@/components/data/table";

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
        <Table
          caption={`Answers from completed case audits to the questions that inform ${statementName}`}
          captionSize="s"
          rows={results}
          rowKey={(result) => result.id}
          columns={[
            { header: "Question", rowHeader: true, className: "font-normal", cell: (result) => result.text },
            ...ANSWERS.map((answer) => ({
              header: ANSWER_LABELS[answer],
              cell: (result: (typeof results)[number]) => result.counts[answer],
            })),
            {
              header: <>&ldquo;Yes&rdquo; where it applied</>,
              className: "font-bold",
              cell: (result) => (result.yesShare === null ? "Not applicable" : `${Math.round(result.yesShare * 100)}%`),
            },
          ]}
        />
      )}
    </section>
  );
}
