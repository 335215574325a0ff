import Link from "next/link";
import { TableFrame } from "@/components/data/table";
import {
  DIRECTION_LABELS,
  STATUS_LABELS,
  type Direction,
  type StatementStatus,
} from "@/features/self-assessment/domain";

type Theme = {
  key: string;
  number: number;
  name: string;
  statements: {
    key: string;
    number: number;
    name: string;
    score: number | null;
    direction: Direction | null;
    status: StatementStatus;
  }[];
};

// Pale fills with dark text (contrast above 7:1); the score is always written, so colour only helps scanning.
const FILL: Record<number, string> = { 1: "bg-red-100", 2: "bg-orange-100", 3: "bg-green-100", 4: "bg-green-200" };
const ARROW: Record<Direction, string> = { improving: "↑", stable: "→", declining: "↓" };

/** The nine statements by theme: score, direction of travel and status in each cell, each linking to the statement. */
export function Heatmap({ themes }: { themes: Theme[] }) {
  const widest = Math.max(...themes.map((theme) => theme.statements.length));
  return (
    <TableFrame caption="Quality statements by theme: score (1 to 4), direction of travel and status" className="mb-2">
      <thead>
        <tr className="border-b-2 border-gray-900">
          <th scope="col" className="py-2 pr-4">
            Theme
          </th>
          <th scope="col" colSpan={widest} className="py-2">
            Quality statements
          </th>
        </tr>
      </thead>
      <tbody>
        {themes.map((theme) => (
          <tr key={theme.key} className="align-top">
            <th scope="row" className="border-b border-gray-300 py-2 pr-4">
              {theme.number}. {theme.name}
            </th>
            {theme.statements.map((statement) => (
              <td
                key={statement.key}
                className={`border-2 border-white p-3 ${statement.score ? FILL[statement.score] : "bg-gray-100"}`}
              >
                <Link href={`/self-assessment/${statement.key}`} className="font-bold">
                  {statement.number}. {statement.name}
                </Link>
                <span className="mt-1 block text-2xl font-bold">
                  {statement.score ? `Score ${statement.score}` : "Not scored"}
                </span>
                <span className="block">
                  {statement.direction ? (
                    <>
                      <span aria-hidden="true">{ARROW[statement.direction]} </span>
                      {DIRECTION_LABELS[statement.direction]}
                    </>
                  ) : (
                    "Direction not recorded"
                  )}
                </span>
                <span className="block text-base">{STATUS_LABELS[statement.status]}</span>
              </td>
            ))}
            {Array.from({ length: widest - theme.statements.length }, (_, index) => (
              <td key={`empty-${index}`} />
            ))}
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
