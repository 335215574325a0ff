import Link from "next/link";
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
    <table className="mb-10 w-full border-collapse text-left">
      <caption className="mb-2 text-left text-xl font-bold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-gray-900">
          <th scope="col" className="py-2 pr-4">
            Evidence for
          </th>
          {who !== "assignee" ? (
            <th scope="col" className="py-2 pr-4">
              Asked by
            </th>
          ) : null}
          {who !== "requester" ? (
            <th scope="col" className="py-2 pr-4">
              Asked of
            </th>
          ) : null}
          <th scope="col" className="py-2 pr-4">
            Due
          </th>
          <th scope="col" className="py-2">
            Status
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const due = row.status === "open" ? dueLabel(row.dueDate, now) : null;
          return (
            <tr key={row.id} className="border-b border-gray-300 align-top">
              <td className="py-2 pr-4">
                <Link href={`/requests/${row.id}`}>{row.target}</Link>
                <span className="block text-base text-gray-700">{row.category}</span>
              </td>
              {who !== "assignee" ? <td className="py-2 pr-4">{row.requester}</td> : null}
              {who !== "requester" ? <td className="py-2 pr-4">{row.assignee}</td> : null}
              <td className="py-2 pr-4">
                {formatDate(row.dueDate)}
                {due ? (
                  <span className="block">
                    <Tag tone={due.tone}>{due.text}</Tag>
                  </span>
                ) : null}
              </td>
              <td className="py-2">
                <Tag tone={statusTone[row.status]}>{REQUEST_STATUS_LABELS[row.status]}</Tag>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
