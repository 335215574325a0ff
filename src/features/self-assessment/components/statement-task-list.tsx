import Link from "next/link";
import { Tag } from "@/components/data/tag";
import { themeAverage } from "@/features/rating/domain";
import { DIRECTION_LABELS, STATUS_LABELS, type StatementStatus } from "../domain";
import type { StatementSummaries } from "../data";

const STATUS_TONES: Record<StatementStatus, "grey" | "blue" | "yellow" | "green"> = {
  not_started: "grey",
  in_progress: "blue",
  ready_for_review: "yellow",
  agreed: "green",
};

/** The nine quality statements as a task list by theme (GOV.UK task list pattern). */
export function StatementTaskList({ themes }: { themes: StatementSummaries["themes"] }) {
  return (
    <div className="space-y-10">
      {themes.map((theme) => {
        const average = themeAverage(theme.statements.map((statement) => statement.score));
        return (
          <section key={theme.key} aria-labelledby={`theme-${theme.key}`}>
            <h2 id={`theme-${theme.key}`} className="text-2xl font-bold">
              Theme {theme.number}: {theme.name}
            </h2>
            <p className="text-base text-gray-700">
              Theme average: {average ?? "no scores yet"} (for internal use: CQC publishes no theme score)
            </p>
            <ul className="mt-3 border-t border-gray-300">
              {theme.statements.map((statement) => (
                <li
                  key={statement.key}
                  className="flex flex-wrap items-center justify-between gap-2 border-b border-gray-300 py-3"
                >
                  <div>
                    <Link
                      href={`/self-assessment/${statement.key}`}
                      className="text-lg font-bold"
                      aria-describedby={`status-${statement.key}`}
                    >
                      {statement.number}. {statement.name}
                    </Link>
                    <p className="text-base text-gray-700">
                      {statement.score ? `Score ${statement.score}` : "Not scored"}
                      {statement.direction ? `, ${DIRECTION_LABELS[statement.direction].toLowerCase()}` : ""}
                    </p>
                  </div>
                  <span id={`status-${statement.key}`}>
                    <Tag tone={STATUS_TONES[statement.status]}>{STATUS_LABELS[statement.status]}</Tag>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
