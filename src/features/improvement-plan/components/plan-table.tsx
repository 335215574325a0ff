import Link from "next/link";
import { Table } from "@/components/data/table";
import { formatDate } from "@/components/format/date";
import { dueLabel, sortLink, type PlanSort } from "../domain";
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
    <Table
      caption={`${actions.length} ${actions.length === 1 ? "action" : "actions"}`}
      rows={actions}
      rowKey={(action) => action.id}
      sort={{
        key: query.sort,
        direction: query.dir === "asc" ? "ascending" : "descending",
        href: (column) => hrefFor(query, sortLink(query, column as PlanSort)),
      }}
      columns={[
        {
          header: COLUMN_NAMES.title,
          sortKey: "title",
          cell: (action) => (
            <>
              <Link href={`/improvement-plan/${action.id}`}>{action.title}</Link>
              {action.tags.length > 0 ? (
                <span className="block text-base text-gray-700">Tags: {action.tags.join(", ")}</span>
              ) : null}
            </>
          ),
        },
        {
          header: "Quality statements",
          className: "text-base",
          cell: (action) => (
            <ul>
              {action.statementKeys.map((key) => (
                <li key={key}>{labels.get(key) ?? key}</li>
              ))}
            </ul>
          ),
        },
        { header: "Owner", cell: (action) => action.owner || "Not given" },
        {
          header: COLUMN_NAMES.due,
          sortKey: "due",
          cell: (action) => {
            const due = dueLabel(action, now);
            return (
              <>
                {formatDate(action.dueDate)}
                {due ? (
                  <strong className={`block ${due.startsWith("Overdue") ? "text-[var(--color-error)]" : ""}`}>
                    {due}
                  </strong>
                ) : null}
              </>
            );
          },
        },
        { header: COLUMN_NAMES.status, sortKey: "status", cell: (action) => <StatusTag status={action.status} /> },
        { header: COLUMN_NAMES.rag, sortKey: "rag", cell: (action) => <RagTag rag={action.rag} /> },
      ]}
    />
  );
}
