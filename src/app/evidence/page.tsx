import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/data/pagination";
import { loadEvidenceList } from "@/features/evidence/loaders";
import { EvidenceTable } from "@/features/evidence/components/evidence-table";
import { EVIDENCE_STATUSES, EVIDENCE_STATUS_LABELS, PAGE_SIZE } from "@/features/evidence/domain";
import { Button } from "@/components/forms/button";
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
  const control = "mt-1 block w-full border-2 border-gray-900 p-2";
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
      <h1 className="mb-4 text-4xl font-bold">Evidence</h1>
      <ul className="mb-8 flex flex-wrap gap-x-8 gap-y-2">
        {mayCreate ? (
          <li>
            <Link href="/evidence/new" className="font-bold">
              Add evidence
            </Link>
          </li>
        ) : null}
        {mayCreate ? (
          <li>
            <Link href="/evidence/import">Import a register</Link>
          </li>
        ) : null}
        <li>
          <Link href="/evidence/coverage">Coverage and gaps</Link>
        </li>
        <li>
          <Link href="/evidence?mine=1&status=out_of_date">My out-of-date evidence</Link>
        </li>
      </ul>
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <form method="get" aria-labelledby="filter-heading" className="bg-gray-100 p-4">
          <h2 id="filter-heading" className="mb-4 text-xl font-bold">
            Filter
          </h2>
          <label htmlFor="q" className="block font-bold">
            Search
          </label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={control} />
          <label htmlFor="statement" className="mt-4 block font-bold">
            Quality statement
          </label>
          <select id="statement" name="statement" defaultValue={query.statement ?? ""} className={control}>
            <option value="">All</option>
            {statements.map((statement) => (
              <option key={statement.key} value={statement.key}>
                {statement.number}. {statement.name}
              </option>
            ))}
          </select>
          <label htmlFor="category" className="mt-4 block font-bold">
            Evidence category
          </label>
          <select id="category" name="category" defaultValue={query.category ?? ""} className={control}>
            <option value="">All</option>
            {categories.map((category) => (
              <option key={category.key} value={category.key}>
                {category.name}
              </option>
            ))}
          </select>
          <label htmlFor="tag" className="mt-4 block font-bold">
            Tag
          </label>
          <input id="tag" name="tag" type="text" defaultValue={query.tag ?? ""} className={control} />
          <label htmlFor="status" className="mt-4 block font-bold">
            Status
          </label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className={control}>
            <option value="">All</option>
            {EVIDENCE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {EVIDENCE_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
          {maySeeSensitive ? (
            <>
              <label htmlFor="sensitive" className="mt-4 block font-bold">
                Personal data
              </label>
              <select id="sensitive" name="sensitive" defaultValue={query.sensitive ?? ""} className={control}>
                <option value="">Any</option>
                <option value="yes">Contains personal data</option>
                <option value="no">No personal data</option>
              </select>
            </>
          ) : null}
          <div className="mt-4 flex items-center gap-2">
            <input
              id="mine"
              name="mine"
              type="checkbox"
              value="1"
              defaultChecked={query.mine === "1"}
              className="size-6 accent-gray-900"
            />
            <label htmlFor="mine">Only evidence I own</label>
          </div>
          <label htmlFor="sort" className="mt-4 block font-bold">
            Sort by
          </label>
          <select id="sort" name="sort" defaultValue={query.sort} className={control}>
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <Button variant="secondary" className="mt-6">
            Apply filters
          </Button>
          <p className="mt-4">
            <Link href="/evidence">Clear filters</Link>
          </p>
        </form>
        <div>
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
        </div>
      </div>
    </>
  );
}
