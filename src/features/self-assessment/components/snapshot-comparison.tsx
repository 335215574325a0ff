import { DIRECTION_LABELS } from "../domain";
import type { SnapshotRating, SnapshotStatement } from "../schema";
import { ContentDiff, contentParts } from "./content-diff";

type Snapshot = { name: string; rating: SnapshotRating; statements: SnapshotStatement[] };

function ratingText(rating: SnapshotRating): string {
  if (rating.kind === "complete") return `${rating.rating}, ${rating.percent}%`;
  if (rating.kind === "partial") return `No rating (${rating.unscored} unscored), ${rating.percent}% so far`;
  return "No scores";
}

/** Two snapshots statement by statement: scores, direction of travel and whether the text changed. */
export function SnapshotComparison({ a, b }: { a: Snapshot; b: Snapshot }) {
  return (
    <div className="space-y-8">
      <p className="text-lg">
        <strong>{a.name}</strong>: {ratingText(a.rating)}. <strong>{b.name}</strong>: {ratingText(b.rating)}.
      </p>
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-xl font-bold">
          Statement by statement, {a.name} to {b.name}
        </caption>
        <thead>
          <tr className="border-b-2 border-gray-900">
            <th scope="col" className="py-2 pr-4">
              Quality statement
            </th>
            <th scope="col" className="py-2 pr-4">
              Score
            </th>
            <th scope="col" className="py-2 pr-4">
              Direction of travel
            </th>
            <th scope="col" className="py-2">
              Text
            </th>
          </tr>
        </thead>
        <tbody>
          {a.statements.map((before) => {
            const after = b.statements.find((statement) => statement.key === before.key);
            if (!after) return null;
            const scoreChange =
              before.content.score === after.content.score
                ? `${after.content.score ?? "none"} (same)`
                : `${before.content.score ?? "none"} to ${after.content.score ?? "none"}`;
            const direction = (value: SnapshotStatement) =>
              value.content.direction ? DIRECTION_LABELS[value.content.direction] : "not set";
            const textChanged = contentParts(before.content).some(
              (part, index) => part.text !== contentParts(after.content)[index]!.text,
            );
            return (
              <tr key={before.key} className="border-b border-gray-300 align-top">
                <th scope="row" className="py-2 pr-4">
                  {before.number}. {before.name}
                </th>
                <td className="py-2 pr-4">{scoreChange}</td>
                <td className="py-2 pr-4">
                  {direction(before) === direction(after)
                    ? `${direction(after)} (same)`
                    : `${direction(before)} to ${direction(after)}`}
                </td>
                <td className="py-2">
                  {textChanged ? (
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
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
