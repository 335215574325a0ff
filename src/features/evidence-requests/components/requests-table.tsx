import Link from "next/link";
import { Table } from "@/components/data/table";
import { Tag } from "@/components/data/tag";
import { formatDate } from "@/components/format/date";
import { REQUEST_STATUS_LABELS, dueLabel, type RequestStatus } from "../domain";

type Row = {
  id: string;
  target: string;
  category: string;
  dueDate: Date;
  status: RequestStatus;
  requester: string;
  assignee: string;
};

const statusTone = { open: "blue", answered: "green", declined: "orange", withdrawn: "grey" } as const;

/** A list of requests; `who` says which person to name in each row. */
export function RequestsTable({
  caption,
  rows,
  who,
  now,
}: {
  caption: string;
  rows: Row[];
  who: "requester" | "assignee" | "both";
  now: Date;
}) {
  return (
    <Table
      caption={caption}
      className="mb-10"
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        {
          header: "Evidence for",
          cell: (row) => (
            <>
              <Link href={`/requests/${row.id}`}>{row.target}</Link>
              <span className="block text-base text-gray-700">{row.category}</span>
            </>
          ),
        },
        who !== "assignee" && { header: "Asked by", cell: (row) => row.requester },
        who !== "requester" && { header: "Asked of", cell: (row) => row.assignee },
        {
          header: "Due",
          cell: (row) => {
            const due = row.status === "open" ? dueLabel(row.dueDate, now) : null;
            return (
              <>
                {formatDate(row.dueDate)}
                {due ? (
                  <span className="block">
                    <Tag tone={due.tone}>{due.text}</Tag>
                  </span>
                ) : null}
              </>
            );
          },
        },
        {
          header: "Status",
          cell: (row) => <Tag tone={statusTone[row.status]}>{REQUEST_STATUS_LABELS[row.status]}</Tag>,
        },
      ]}
    />
  );
}
