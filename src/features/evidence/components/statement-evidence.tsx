import Link from "next/link";

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
      <table className="mb-4 w-full border-collapse text-left">
        <caption className="sr-only">Evidence items for {statementName}, by evidence category</caption>
        <thead>
          <tr className="border-b-2 border-gray-900">
            <th scope="col" className="py-2 pr-4">
              Evidence category
            </th>
            <th scope="col" className="py-2 pr-4">
              Items
            </th>
            {mayAsk ? (
              <th scope="col" className="py-2">
                <span className="sr-only">Ask for evidence</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {categories.map((category) => (
            <tr key={category.key} className="border-b border-gray-300">
              <th scope="row" className="py-2 pr-4 font-normal">
                {category.name}
              </th>
              <td className="py-2 pr-4">
                {category.items > 0 ? (
                  <Link href={`/evidence?statement=${statementKey}&category=${category.key}`}>
                    {category.items}
                    <span className="sr-only"> {category.name} items</span>
                  </Link>
                ) : category.key === "outcomes" ? (
                  "0"
                ) : (
                  <strong>None (a gap)</strong>
                )}
              </td>
              {mayAsk ? (
                <td className="py-2">
                  <Link href={`/requests/new?statement=${statementKey}&category=${category.key}`}>
                    Ask a colleague<span className="sr-only"> for {category.name.toLowerCase()} evidence</span>
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link href={`/evidence?statement=${statementKey}`}>See all {total} evidence items for this statement</Link>
      </p>
    </section>
  );
}
