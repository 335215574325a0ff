import type { Metadata } from "next";
import Link from "next/link";
import { loadWorkbench } from "@/features/information-return/loaders";
import { NotificationDateForm, StartReturnForm } from "@/features/information-return/components/workbench-forms";
import { IR_STATUSES, IR_STATUS_LABELS, daysLeft } from "@/features/information-return/domain";
import { Tag } from "@/components/data/tag";
import { formatDate } from "@/components/format/date";
import { loadLatestExport } from "@/features/exports/loaders";
import { startInformationReturnPackAction } from "@/features/exports/actions";
import { StartExportForm } from "@/features/exports/components/start-export-form";
import { LatestExport } from "@/features/exports/components/export-progress";
import { Table, TableFrame, cellClass } from "@/components/data/table";

export const metadata: Metadata = { title: "Information return" };

export default async function InformationReturnPage() {
  const [{ notificationDate, due, items, progress, now, may }, latestPack] = await Promise.all([
    loadWorkbench(),
    loadLatestExport("information_return_pack"),
  ]);
  const left = due ? daysLeft(due, now) : null;
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">Information return</h1>
      <p className="mb-6 max-w-3xl">
        The documents and data CQC asks for when it notifies the council, due three weeks later.
      </p>
      {may.manage ? (
        <NotificationDateForm value={notificationDate ? notificationDate.toISOString().slice(0, 10) : ""} />
      ) : null}
      {due ? (
        <p className="mb-6 text-xl font-bold">
          Due {formatDate(due)}: {left! > 0 ? `${left} days left` : left === 0 ? "due today" : `${-left!} days overdue`}
        </p>
      ) : (
        <p className="mb-6">Enter the notification date to see the due dates.</p>
      )}
      {items.length === 0 ? (
        <div className="max-w-3xl">
          <p className="mb-4">
            No items yet. Start from a standard list of what CQC usually asks for, then edit it to match your request.
          </p>
          {may.manage ? <StartReturnForm /> : <p>Your readiness lead can start it.</p>}
        </div>
      ) : (
        <>
          <section aria-labelledby="progress-heading" className="mb-8">
            <h2 id="progress-heading" className="mb-2 text-2xl font-bold">
              Progress
            </h2>
            <TableFrame caption="Items by status" captionSize="hidden" narrow>
              <tbody>
                {IR_STATUSES.map((status) => (
                  <tr key={status}>
                    <th scope="row" className={`${cellClass()} font-normal`}>
                      {IR_STATUS_LABELS[status]}
                    </th>
                    <td className={`${cellClass()} font-bold`}>
                      {progress.counts[status]} of {progress.total}
                    </td>
                  </tr>
                ))}
                <tr>
                  <th scope="row" className={`${cellClass()} font-normal`}>
                    Overdue
                  </th>
                  <td className={`${cellClass()} font-bold`}>{progress.overdue}</td>
                </tr>
              </tbody>
            </TableFrame>
          </section>
          {may.export ? (
            <section aria-labelledby="pack-heading" className="mb-8 max-w-3xl">
              <h2 id="pack-heading" className="mb-2 text-2xl font-bold">
                Information return pack
              </h2>
              <p className="mb-2">
                A ZIP with a folder per item holding the latest file of each linked evidence item, and an index
                spreadsheet. A pack of many files takes a few minutes: it is prepared for you, and you can leave the
                page while it is.
              </p>
              <StartExportForm action={startInformationReturnPackAction} label="Prepare the information return pack" />
              <LatestExport item={latestPack} />
              <p className="mt-2 text-base text-gray-700">
                For a small return:{" "}
                <a href="/api/information-return/pack" download>
                  Download the information return pack at once (ZIP)
                </a>
                .
              </p>
            </section>
          ) : null}
          <Table
            caption={`${items.length} items`}
            rows={items}
            rowKey={(item) => item.id}
            columns={[
              {
                header: "Item",
                cell: (item) => (
                  <Link href={`/information-return/${item.id}`}>
                    {item.reference}: {item.title}
                  </Link>
                ),
              },
              { header: "Owner", cell: (item) => item.owner ?? "Not assigned" },
              { header: "Due", cell: (item) => (item.due ? formatDate(item.due) : "No date") },
              { header: "Evidence", cell: (item) => item.evidenceCount },
              {
                header: "Status",
                cell: (item) => (
                  <Tag tone={item.status === "submitted" ? "green" : item.status === "ready" ? "blue" : "grey"}>
                    {IR_STATUS_LABELS[item.status]}
                  </Tag>
                ),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
