import { DIRECTION_LABELS } from "../domain";
import type { SnapshotRating, SnapshotStatement } from "../schema";
import { ContentDiff, contentParts } from "./content-diff";
import { Table } from "@/components/data/table";

type Snapshot = { name: string; rating: SnapshotRating; statements: SnapshotStatement[] };

function ratingText(rating: SnapshotRating): string {
  if (rating.kind === "complete") return `${rating.rating}, ${rating.percent}%`;
  if (rating.kind === "partial") return `No rating (${rating.unscored} unscored), ${rating.percent}% so far`;
  return "No scores";
}

/** Two snapshots statement by statement: scores, direction of travel and whether the text changed. */
const direction = (value: SnapshotStatement) =>
  value.content.direction ? DIRECTION_LABELS[value.content.direction] : "not set";

export function SnapshotComparison({ a, b }: { a: Snapshot; b: Snapshot }) {
  const pairs = a.statements.flatMap((before) => {
    const after = b.statements.find((statement) => statement.key === before.key);
    return after ? [{ before, after }] : [];
  });
  return (
    <div className="space-y-8">
      <p className="text-lg">
        <strong>{a.name}</strong>: {ratingText(a.rating)}. <strong>{b.name}</strong>: {ratingText(b.rating)}.
      </p>
      <Table
        caption={`Statement by statement, ${a.name} to ${b.name}`}
        rows={pairs}
        rowKey={({ before }) => before.key}
        columns={[
          {
            header: "Quality statement",
            rowHeader: true,
            cell: ({ before }) => `${before.number}. ${before.name}`,
          },
          {
            header: "Score",
            cell: ({ before, after }) =>
              before.content.score === after.content.score
                ? `${after.content.score ?? "none"} (same)`
                : `${before.content.score ?? "none"} to ${after.content.score ?? "none"}`,
          },
          {
            header: "Direction of travel",
            cell: ({ before, after }) =>
              direction(before) === direction(after)
                ? `${direction(after)} (same)`
                : `${direction(before)} to ${direction(after)}`,
          },
          {
            header: "Text",
            cell: ({ before, after }) =>
              contentParts(before.content).some(
                (part, index) => part.text !== contentParts(after.content)[index]!.text,
              ) ? (
                <details>
                  <summary className="cursor-pointer underline">
                    Changed: show the changes<span className="sr-only"> to {before.name}</span>
                  </summary>
                  <div className="mt-2">
                    <ContentDiff
                      before={before.content}
                      after={after.content}
                      caption={`${before.name}: ${a.name} to ${b.name}`}
                    />
                  </div>
                </details>
              ) : (
                "Unchanged"
              ),
          },
        ]}
      />
    </div>
  );
}
