import type { StatementContent } from "../domain";

const FIELDS: {
  label: string;
  yours: (values: Record<string, string>) => string;
  theirs: (content: StatementContent) => string;
}[] = [
  {
    label: "Strengths",
    yours: (values) => rows(values, "strengths"),
    theirs: (content) => content.strengths.map((item) => item.text).join("\n\n"),
  },
  { label: "How we know", yours: (values) => values.howWeKnow ?? "", theirs: (content) => content.howWeKnow },
  {
    label: "Areas for improvement",
    yours: (values) => rows(values, "improvements"),
    theirs: (content) => content.improvements.map((item) => item.text).join("\n\n"),
  },
  {
    label: "Direction of travel",
    yours: (values) => [values.direction, values.directionReason].filter(Boolean).join(": "),
    theirs: (content) => [content.direction, content.directionReason].filter(Boolean).join(": "),
  },
  {
    label: "Score",
    yours: (values) => [values.score, values.scoreRationale].filter(Boolean).join(": "),
    theirs: (content) => [content.score, content.scoreRationale].filter(Boolean).join(": "),
  },
];

function rows(values: Record<string, string>, prefix: string): string {
  return Object.entries(values)
    .filter(([key, value]) => key.startsWith(`${prefix}.`) && key.endsWith(".text") && value.trim())
    .map(([, value]) => value)
    .join("\n\n");
}

/** Both versions side by side after a refused save: what you typed, and what is saved now. */
export function ConflictPanel({
  yours,
  theirs,
  savedBy,
}: {
  yours: Record<string, string>;
  theirs: StatementContent;
  savedBy: string | null;
}) {
  const differing = FIELDS.filter((field) => field.yours(yours).trim() !== field.theirs(theirs).trim());
  return (
    <section aria-labelledby="conflict-heading" className="mb-8 border-4 border-yellow-500 p-4">
      <h2 id="conflict-heading" className="text-2xl font-bold">
        Your text and the saved version
      </h2>
      <p className="mt-2">
        Your text is still in the form below and was also kept in this statement&apos;s history. The saved version is{" "}
        {savedBy ? `by ${savedBy}` : "someone else's"}. The form will now save over it, so bring in anything from their
        version you want to keep.
      </p>
      <table className="mt-4 w-full table-fixed border-collapse text-left">
        <caption className="sr-only">Parts of the statement that differ</caption>
        <thead>
          <tr className="border-b-2 border-gray-900">
            <th scope="col" className="w-1/5 py-2 pr-2">
              Part
            </th>
            <th scope="col" className="py-2 pr-2">
              Your text (not saved)
            </th>
            <th scope="col" className="py-2">
              Saved version
            </th>
          </tr>
        </thead>
        <tbody>
          {differing.map((field) => (
            <tr key={field.label} className="border-b border-gray-300 align-top">
              <th scope="row" className="py-2 pr-2">
                {field.label}
              </th>
              <td className="whitespace-pre-wrap py-2 pr-2">{field.yours(yours) || "(empty)"}</td>
              <td className="whitespace-pre-wrap py-2">{field.theirs(theirs) || "(empty)"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
