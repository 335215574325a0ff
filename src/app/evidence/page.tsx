import type { Metadata } from "next";
import { Pagination } from "@/components/data/pagination";
import { loadEvidenceList } from "@/features/evidence/loaders";
import { EvidenceTable } from "@/features/evidence/components/evidence-table";
import { EVIDENCE_STATUSES, EVIDENCE_STATUS_LABELS, PAGE_SIZE } from "@/features/evidence/domain";
import { PageHeading } from "@/components/layout/page-heading";
import { FilterPanel } from "@/components/forms/filter-panel";
import { NotificationBanner } from "@/components/feedback/notification-banner";

export const metadata: Metadata = { title: "Evidence" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SORT_LABELS = {
  relevance: "Best match (when searching)",
  updated: "Recently changed",
  title: "Title",
  "evidence-date": "Date of evidence",
  "review-by": "Review-by date",
} as const;

export default async function EvidencePage({ searchParams }: Props) {
  const params = await searchParams;
  const { items, total, query, statements, categories, mayCreate, maySeeSensitive } = await loadEvidenceList(params);
  const imported = typeof params.imported === "string" ? params.imported : null;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      {imported ? (
        <NotificationBanner>
          <p>
            {imported} {imported === "1" ? "item" : "items"} imported
            {params.dropped && params.dropped !== "0"
              ? `; ${params.dropped} ${params.dropped === "1" ? "row with problems was" : "rows with problems were"} left out`
              : ""}
            .
          </p>
        </NotificationBanner>
      ) : null}
      <PageHeading
        actions={[
          mayCreate && { href: "/evidence/new", label: "Add evidence", primary: true },
          mayCreate && { href: "/evidence/import", label: "Import a register" },
          { href: "/evidence/coverage", label: "Coverage and gaps" },
          { href: "/evidence?mine=1&status=out_of_date", label: "My out-of-date evidence" },
        ]}
      >
        Evidence
      </PageHeading>
      <FilterPanel
        path="/evidence"
        query={query}
        fields={[
          { type: "search", name: "q", label: "Search" },
          {
            type: "select",
            name: "statement",
            label: "Quality statement",
            options: statements.map((statement) => ({
              value: statement.key,
              label: `${statement.number}. ${statement.name}`,
            })),
          },
          {
            type: "select",
            name: "category",
            label: "Evidence category",
            options: categories.map((category) => ({ value: category.key, label: category.name })),
          },
          { type: "text", name: "tag", label: "Tag" },
          {
            type: "select",
            name: "status",
            label: "Status",
            options: EVIDENCE_STATUSES.map((status) => ({ value: status, label: EVIDENCE_STATUS_LABELS[status] })),
          },
          ...(maySeeSensitive
            ? [
                {
                  type: "select" as const,
                  name: "sensitive",
                  label: "Personal data",
                  all: "Any",
                  options: [
                    { value: "yes", label: "Contains personal data" },
                    { value: "no", label: "No personal data" },
                  ],
                },
              ]
            : []),
          { type: "checkbox", name: "mine", label: "Only evidence I own", value: "1" },
        ]}
        extra={[
          {
            type: "select",
            name: "sort",
            label: "Sort by",
            all: null,
            options: Object.entries(SORT_LABELS).map(([value, label]) => ({ value, label })),
          },
        ]}
      >
        {items.length === 0 ? (
          <p className="text-lg">
            {total === 0 && !query.q
              ? "No evidence matches these filters."
              : "No evidence matches your search. Try fewer or different words."}
          </p>
        ) : (
          <EvidenceTable
            items={items}
            caption={`${total} ${total === 1 ? "item" : "items"}, page ${query.page} of ${pages}`}
          />
        )}
        <Pagination path="/evidence" query={query} page={query.page} pages={pages} />
      </FilterPanel>
    </>
  );
}
