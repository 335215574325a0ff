import type { Metadata } from "next";
import { Pagination } from "@/components/data/pagination";
import { Table } from "@/components/data/table";
import { FilterPanel } from "@/components/forms/filter-panel";
import { PageHeading } from "@/components/layout/page-heading";
import { formatDateTime } from "@/components/format/date";
import { loadAuditTrail } from "@/features/audit-log/loaders";
import { auditQueryParams } from "@/features/audit-log/schema";

export const metadata: Metadata = { title: "Audit trail" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

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
      <PageHeading
        description={
          <p>
            Everything recorded in this workspace: sign-ins, changes, exports and every look at a case. Events cannot be
            changed or deleted. Times are UK time.
          </p>
        }
      >
        Audit trail
      </PageHeading>
      <FilterPanel
        path="/admin/audit"
        query={filters}
        fields={[
          {
            type: "select",
            name: "action",
            label: "Action",
            options: actionChoices.map((action) => ({
              value: action,
              label: action.endsWith(".") ? `${action.slice(0, -1)} (all)` : action,
            })),
          },
          {
            type: "select",
            name: "entityType",
            label: "Entity type",
            options: options.entityTypes.map((type) => ({ value: type, label: type })),
          },
          {
            type: "select",
            name: "actor",
            label: "Who",
            all: "Anyone",
            options: options.actors.map((actor) => ({ value: actor.id, label: actor.name })),
          },
          { type: "date", name: "from", label: "From" },
          { type: "date", name: "to", label: "To" },
        ]}
      >
        <p className="mb-4">
          <a href={`/api/admin/audit/export${download.size ? `?${download.toString()}` : ""}`} download>
            Download as CSV (with these filters)
          </a>
        </p>
        {events.length === 0 ? (
          <p className="text-lg">{total === 0 ? "No events match these filters." : "No events on this page."}</p>
        ) : (
          <Table
            caption={`${total} ${total === 1 ? "event" : "events"}, page ${query.page} of ${pages}`}
            rows={events}
            rowKey={(event) => event.id}
            columns={[
              { header: "When", className: "whitespace-nowrap", cell: (event) => formatDateTime(event.createdAt) },
              { header: "Who", cell: (event) => event.who },
              { header: "Action", className: "break-all", cell: (event) => event.action },
              {
                header: "Entity",
                className: "break-all",
                cell: (event) => (
                  <>
                    {event.entityType}
                    {event.entityId ? <span className="block text-sm">{event.entityId}</span> : null}
                  </>
                ),
              },
              { header: "Details", className: "text-sm break-words", cell: (event) => event.metadata || "None" },
            ]}
          />
        )}
        <Pagination path="/admin/audit" query={filters} page={query.page} pages={pages} />
      </FilterPanel>
    </>
  );
}
