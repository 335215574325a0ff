import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/data/pagination";
import { Button } from "@/components/forms/button";
import { formatDateTime } from "@/components/format/date";
import { loadAuditTrail } from "@/features/audit-log/loaders";
import { auditQueryParams } from "@/features/audit-log/schema";

export const metadata: Metadata = { title: "Audit trail" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const control = "mt-1 block w-full border-2 border-gray-900 p-2";

export default async function AuditTrailPage({ searchParams }: Props) {
  const { query, options, events, total, pages } = await loadAuditTrail(await searchParams);
  const filters = auditQueryParams(query);
  const download = new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  // A single action given in the address (not a family) is still offered, so the form shows it.
  const actionChoices =
    query.action && !options.actionFamilies.includes(query.action)
      ? [...options.actionFamilies, query.action]
      : options.actionFamilies;
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">Audit trail</h1>
      <p className="mb-6 max-w-3xl">
        Everything recorded in this workspace: sign-ins, changes, exports and every look at a case. Events cannot be
        changed or deleted. Times are UK time.
      </p>
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <form method="get" aria-labelledby="filter-heading" className="bg-gray-100 p-4">
          <h2 id="filter-heading" className="mb-4 text-xl font-bold">
            Filter
          </h2>
          <label htmlFor="action" className="block font-bold">
            Action
          </label>
          <select id="action" name="action" defaultValue={query.action ?? ""} className={control}>
            <option value="">All</option>
            {actionChoices.map((action) => (
              <option key={action} value={action}>
                {action.endsWith(".") ? `${action.slice(0, -1)} (all)` : action}
              </option>
            ))}
          </select>
          <label htmlFor="entityType" className="mt-4 block font-bold">
            Entity type
          </label>
          <select id="entityType" name="entityType" defaultValue={query.entityType ?? ""} className={control}>
            <option value="">All</option>
            {options.entityTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
          <label htmlFor="actor" className="mt-4 block font-bold">
            Who
          </label>
          <select id="actor" name="actor" defaultValue={query.actor ?? ""} className={control}>
            <option value="">Anyone</option>
            {options.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
          <label htmlFor="from" className="mt-4 block font-bold">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={query.from ?? ""} className={control} />
          <label htmlFor="to" className="mt-4 block font-bold">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={query.to ?? ""} className={control} />
          <Button variant="secondary" className="mt-6">
            Apply filters
          </Button>
          <p className="mt-4">
            <Link href="/admin/audit">Clear filters</Link>
          </p>
        </form>
        <div>
          <p className="mb-4">
            <a href={`/api/admin/audit/export${download.size ? `?${download.toString()}` : ""}`} download>
              Download as CSV (with these filters)
            </a>
          </p>
          {events.length === 0 ? (
            <p className="text-lg">{total === 0 ? "No events match these filters." : "No events on this page."}</p>
          ) : (
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left text-xl font-bold">{`${total} ${total === 1 ? "event" : "events"}, page ${query.page} of ${pages}`}</caption>
              <thead>
                <tr className="border-b-2 border-gray-900">
                  <th scope="col" className="py-2 pr-4">
                    When
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Who
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Action
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Entity
                  </th>
                  <th scope="col" className="py-2">
                    Details
                  </th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => (
                  <tr key={event.id} className="border-b border-gray-300 align-top">
                    <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(event.createdAt)}</td>
                    <td className="py-2 pr-4">{event.who}</td>
                    <td className="py-2 pr-4 break-all">{event.action}</td>
                    <td className="py-2 pr-4 break-all">
                      {event.entityType}
                      {event.entityId ? <span className="block text-sm">{event.entityId}</span> : null}
                    </td>
                    <td className="py-2 text-sm break-words">{event.metadata || "None"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pagination path="/admin/audit" query={filters} page={query.page} pages={pages} />
        </div>
      </div>
    </>
  );
}
