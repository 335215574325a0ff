import Link from "next/link";
import { formatDate } from "@/components/format/date";
import { EVIDENCE_STATUS_LABELS, type EvidenceStatus } from "../domain";
import { Table } from "@/components/data/table";

type Props = {
  statementKey: string;
  statementName: string;
  categories: { key: string; name: string; items: number }[];
  /** The first items linked to the statement, newest evidence first; `total` counts them all. */
  items: { id: string; title: string; status: EvidenceStatus; evidenceDate: Date | null }[];
  total: number;
  mayAsk: boolean;
};

/**
 * The evidence the library holds for one statement: by category, with the gaps named, then the
 * items themselves, each a link to its page.
 */
export function StatementEvidence({ statementKey, statementName, categories, items, total, mayAsk }: Props) {
  return (
    <section aria-labelledby="statement-evidence-heading" className="mb-10 max-w-3xl">
      <h2 id="statement-evidence-heading" className="mb-2 text-2xl font-bold">
        Evidence in the library
      </h2>
      <Table
        caption={`Evidence items for ${statementName}, by evidence category`}
        captionSize="hidden"
        className="mb-4"
        rows={categories}
        rowKey={(category) => category.key}
        columns={[
          { header: "Evidence category", rowHeader: true, className: "font-normal", cell: (category) => category.name },
          {
            header: "Items",
            cell: (category) =>
              category.items > 0 ? (
                <Link href={`/evidence?statement=${statementKey}&category=${category.key}`}>
                  {category.items}
                  <span className="sr-only"> {category.name} items</span>
                </Link>
              ) : category.key === "outcomes" ? (
                "0"
              ) : (
                <strong>None (a gap)</strong>
              ),
          },
          mayAsk && {
            header: <span className="sr-only">Ask for evidence</span>,
            cell: (category) => (
              <Link href={`/requests/new?statement=${statementKey}&category=${category.key}`}>
                Ask a colleague<span className="sr-only"> for {category.name.toLowerCase()} evidence</span>
              </Link>
            ),
          },
        ]}
      />
      <h3 id="statement-evidence-items-heading" className="mb-2 text-xl font-bold">
        Evidence items for this statement
      </h3>
      {items.length === 0 ? (
        <p className="mb-4">No evidence is linked to this statement yet.</p>
      ) : (
        <ul aria-labelledby="statement-evidence-items-heading" className="mb-4 list-disc pl-6">
          {items.map((item) => (
            <li key={item.id} className="mb-1">
              <Link href={`/evidence/${item.id}`}>{item.title}</Link>
              <span className="text-base text-gray-700">
                {" "}
                ({EVIDENCE_STATUS_LABELS[item.status].toLowerCase()}
                {item.evidenceDate ? `, from ${formatDate(item.evidenceDate)}` : ""})
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/evidence?statement=${statementKey}`}>
          {total > items.length
            ? `See all ${total} evidence items for this statement`
            : `See the ${total === 1 ? "evidence item" : `${total} evidence items`} for this statement in the evidence list`}
        </Link>
      </p>
    </section>
  );
}
