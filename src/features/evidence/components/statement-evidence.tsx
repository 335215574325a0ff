import Link from "next/link";
import { Table } from "@/components/data/table";

type Props = {
  statementKey: string;
  statementName: string;
  categories: { key: string; name: string; items: number }[];
  mayAsk: boolean;
};

/** How much evidence the library holds for one statement, by category, with the gaps named. */
export function StatementEvidence({ statementKey, statementName, categories, mayAsk }: Props) {
  const total = categories.reduce((sum, category) => sum + category.items, 0);
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
      <p>
        <Link href={`/evidence?statement=${statementKey}`}>See all {total} evidence items for this statement</Link>
      </p>
    </section>
  );
}
