import { diffWords } from "diff";
import { DIRECTION_LABELS, type StatementContent } from "../domain";
import { Table } from "@/components/data/table";

/** The parts of a statement, as text, in the order people read them. */
export function contentParts(content: StatementContent): { label: string; text: string }[] {
  return [
    { label: "Strengths", text: content.strengths.map((item) => item.text).join("\n\n") },
    { label: "How we know", text: content.howWeKnow },
    { label: "Areas for improvement", text: content.improvements.map((item) => item.text).join("\n\n") },
    {
      label: "Direction of travel",
      text: [content.direction ? DIRECTION_LABELS[content.direction] : "", content.directionReason]
        .filter(Boolean)
        .join(": "),
    },
    { label: "Score", text: content.score ? String(content.score) : "" },
    { label: "Why this score", text: content.scoreRationale },
  ];
}

/**
 * Word-by-word differences between two versions. Added and removed words are marked by more than
 * colour: underlined or struck through, with "added"/"removed" read out to screen readers.
 */
export function ContentDiff({
  before,
  after,
  caption,
}: {
  before: StatementContent;
  after: StatementContent;
  caption: string;
}) {
  const left = contentParts(before);
  const right = contentParts(after);
  const rows = left.map((part, index) => ({ label: part.label, changes: diffWords(part.text, right[index]!.text) }));
  const changed = rows.filter((row) => row.changes.some((change) => change.added || change.removed));
  return (
    <Table
      caption={caption}
      rows={changed}
      rowKey={(row) => row.label}
      empty="No differences."
      columns={[
        { header: "Part", rowHeader: true, headerClassName: "w-1/5", cell: (row) => row.label },
        {
          header: "Changes",
          className: "whitespace-pre-wrap",
          cell: (row) =>
            row.changes.map((change, index) =>
              change.added ? (
                <ins key={index} className="bg-green-100 font-bold underline decoration-2">
                  <span className="sr-only">[added: </span>
                  {change.value}
                  <span className="sr-only">]</span>
                </ins>
              ) : change.removed ? (
                <del key={index} className="bg-red-100 line-through decoration-2">
                  <span className="sr-only">[removed: </span>
                  {change.value}
                  <span className="sr-only">]</span>
                </del>
              ) : (
                <span key={index}>{change.value}</span>
              ),
            ),
        },
      ]}
    />
  );
}
