type Statement = {
  name: string;
  aliases: string[];
  weStatement: string;
  topics: string[];
  theme: { number: number; name: string };
  iStatements: { key: string; text: string }[];
  evidenceCategories: { key: string; name: string; usedForLocalAuthorities: boolean; note: string | null }[];
};

/** One quality statement: its We statement, the I statements mapped to it, topics and evidence categories. */
export function QualityStatementDetail({ statement }: { statement: Statement }) {
  const categories = statement.evidenceCategories.filter((category) => category.usedForLocalAuthorities);
  return (
    <div className="space-y-8">
      {statement.aliases.length > 0 ? (
        <p className="text-gray-700">Also called: {statement.aliases.join("; ")}</p>
      ) : null}
      <section aria-labelledby="we-statement">
        <h2 id="we-statement" className="text-2xl font-bold">
          We statement
        </h2>
        <blockquote className="mt-2 border-l-4 border-gray-500 pl-4 text-lg">{statement.weStatement}</blockquote>
      </section>
      <section aria-labelledby="i-statements">
        <h2 id="i-statements" className="text-2xl font-bold">
          I statements
        </h2>
        {statement.iStatements.length === 0 ? (
          <p className="mt-2">CQC maps no I statements to this quality statement.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {statement.iStatements.map((item) => (
              <li key={item.key}>
                <span className="font-bold">{item.key}:</span> {item.text}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="topics">
        <h2 id="topics" className="text-2xl font-bold">
          Topics to cover
        </h2>
        <p className="mt-1 text-gray-700">
          Guidance for the council drawn from CQC&apos;s guidance and published reports, not CQC&apos;s own wording.
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {statement.topics.map((topic) => (
            <li key={topic}>{topic}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="categories">
        <h2 id="categories" className="text-2xl font-bold">
          Evidence categories
        </h2>
        <p className="mt-1">CQC looks for evidence in these categories for local authorities:</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {categories.map((category) => (
            <li key={category.key}>{category.name}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
