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
            <table className="border-collapse text-left">
              <caption className="sr-only">Items by status</caption>
              <tbody>
                {IR_STATUSES.map((status) => (
                  <tr key={status} className="border-b border-gray-300">
                    <th scope="row" className="py-1 pr-8 font-normal">
                      {IR_STATUS_LABELS[status]}
                    </th>
                    <td className="py-1 font-bold">
                      {progress.counts[status]} of {progress.total}
                    </td>
                  </tr>
                ))}
                <tr>
                  <th scope="row" className="py-1 pr-8 font-normal">
                    Overdue
                  </th>
                  <td className="py-1 font-bold">{progress.overdue}</td>
                </tr>
              </tbody>
            </table>
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
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-xl font-bold">{items.length} items</caption>
            <thead>
              <tr className="border-b-2 border-gray-900">
                <th scope="col" className="py-2 pr-4">
                  Item
                </th>
                <th scope="col" className="py-2 pr-4">
                  Owner
                </th>
                <th scope="col" className="py-2 pr-4">
                  Due
                </th>
                <th scope="col" className="py-2 pr-4">
                  Evidence
                </th>
                <th scope="col" className="py-2">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className="border-b border-gray-300 align-top">
                  <td className="py-2 pr-4">
                    <Link href={`/information-return/${item.id}`}>
                      {item.reference}: {item.title}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{item.owner ?? "Not assigned"}</td>
                  <td className="py-2 pr-4">{item.due ? formatDate(item.due) : "No date"}</td>
                  <td className="py-2 pr-4">{item.evidenceCount}</td>
                  <td className="py-2">
                    <Tag tone={item.status === "submitted" ? "green" : item.status === "ready" ? "blue" : "grey"}>
                      {IR_STATUS_LABELS[item.status]}
                    </Tag>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
