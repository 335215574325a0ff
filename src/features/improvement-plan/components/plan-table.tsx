import Link from "next/link";
import { formatDate } from "@/components/format/date";
import { ariaSort, dueLabel, sortLink, type PlanSort } from "../domain";
import type { PlanRow } from "../data";
import type { PlanQuery } from "../schema";
import { RagTag, StatusTag } from "./action-tags";

const COLUMN_NAMES: Record<PlanSort, string> = { title: "Action", due: "Due", status: "Status", rag: "RAG" };

/** The plan's query string with a new sort, keeping the filters. */
function hrefFor(query: PlanQuery, sort: ReturnType<typeof sortLink>): string {
  const params = new URLSearchParams();
  for (const key of ["statement", "status", "rag", "owner", "overdue", "tag"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  params.set("sort", sort.sort);
  params.set("dir", sort.dir);
  return `/improvement-plan?${params.toString()}`;
}

function SortHeader({ query, column }: { query: PlanQuery; column: PlanSort }) {
  const state = ariaSort(query, column);
  const arrow = state === "ascending" ? " ▲" : state === "descending" ? " ▼" : "";
  return (
    <th scope="col" aria-sort={state} className="py-2 pr-4">
      <Link href={hrefFor(query, sortLink(query, column))}>
        {COLUMN_NAMES[column]}
        <span aria-hidden="true">{arrow}</span>
        {state === "none" ? (
          <span className="sr-only">, sort by this column</span>
        ) : (
          <span className="sr-only">, sorted {state}; select to reverse</span>
        )}
      </Link>
    </th>
  );
}

/** The plan as a table sortable by GET links in the headers (no JavaScript needed). */
export function PlanTable({
  actions,
  query,
  labels,
  now,
}: {
  actions: PlanRow[];
  query: PlanQuery;
  labels: Map<string, string>;
  now: Date;
}) {
  return (
    <table className="w-full border-collapse text-left">
      <caption className="mb-2 text-left text-xl font-bold">{`${actions.length} ${actions.length === 1 ? "action" : "actions"}`}</caption>
      <thead>
        <tr className="border-b-2 border-gray-900">
          <SortHeader query={query} column="title" />
          <th scope="col" className="py-2 pr-4">
            Quality statements
          </th>
          <th scope="col" className="py-2 pr-4">
            Owner
          </th>
          <SortHeader query={query} column="due" />
          <SortHeader query={query} column="status" />
          <SortHeader query={query} column="rag" />
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => {
          const due = dueLabel(action, now);
          return (
            <tr key={action.id} className="border-b border-gray-300 align-top">
              <td className="py-2 pr-4">
                <Link href={`/improvement-plan/${action.id}`}>{action.title}</Link>
                {action.tags.length > 0 ? (
                  <span className="block text-base text-gray-700">Tags: {action.tags.join(", ")}</span>
                ) : null}
              </td>
              <td className="py-2 pr-4 text-base">
                <ul>
                  {action.statementKeys.map((key) => (
                    <li key={key}>{labels.get(key) ?? key}</li>
                  ))}
                </ul>
              </td>
              <td className="py-2 pr-4">{action.owner || "Not given"}</td>
              <td className="py-2 pr-4">
                {formatDate(action.dueDate)}
                {due ? (
                  <strong className={`block ${due.startsWith("Overdue") ? "text-[var(--color-error)]" : ""}`}>
                    {due}
                  </strong>
                ) : null}
              </td>
              <td className="py-2 pr-4">
                <StatusTag status={action.status} />
              </td>
              <td className="py-2">
                <RagTag rag={action.rag} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
