import type { StatementContent } from "../domain";
import { Table } from "@/components/data/table";

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
      <Table
        caption="Parts of the statement that differ"
        captionSize="hidden"
        className="mt-4"
        tableClassName="table-fixed"
        rows={differing}
        rowKey={(field) => field.label}
        columns={[
          { header: "Part", rowHeader: true, headerClassName: "w-1/5", cell: (field) => field.label },
          {
            header: "Your text (not saved)",
            className: "whitespace-pre-wrap",
            cell: (field) => field.yours(yours) || "(empty)",
          },
          {
            header: "Saved version",
            className: "whitespace-pre-wrap",
            cell: (field) => field.theirs(theirs) || "(empty)",
          },
        ]}
      />
    </section>
  );
}
