import type { Metadata } from "next";
import Link from "next/link";
import { loadWorkbenchItem } from "@/features/information-return/loaders";
import { ItemForm, LinkEvidenceForm, UnlinkEvidenceForm } from "@/features/information-return/components/item-forms";
import { IR_STATUS_LABELS } from "@/features/information-return/domain";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { FilterBar } from "@/components/forms/filter-panel";
import { formatDate } from "@/components/format/date";

export const metadata: Metadata = { title: "Information return item" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const BANNERS: Record<string, string> = {
  saved: "Item saved.",
  linked: "Evidence linked.",
  unlinked: "Evidence removed from this item.",
};

export default async function InformationReturnItemPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const { item, mayEdit, mayAsk, owners, matches } = await loadWorkbenchItem(id, query.q);
  const banner = Object.keys(BANNERS).find((key) => query[key]);
  return (
    <>
      <Link href="/information-return" className="mb-6 inline-block">
        Back to the information return
      </Link>
      {banner ? (
        <NotificationBanner>
          <p>{BANNERS[banner]}</p>
        </NotificationBanner>
      ) : null}
      <p className="text-lg text-gray-700">{item.reference}</p>
      <h1 className="mb-4 text-4xl font-bold">{item.title}</h1>
      <p className="mb-8">
        {IR_STATUS_LABELS[item.status]}. {item.due ? `Due ${formatDate(item.due)}.` : "No due date yet."}
      </p>
      {mayEdit ? (
        <ItemForm item={item} owners={owners} />
      ) : item.notes ? (
        <p className="mb-8 whitespace-pre-wrap">{item.notes}</p>
      ) : null}

      <section aria-labelledby="linked-heading" className="mb-10">
        <h2 id="linked-heading" className="mb-4 text-2xl font-bold">
          Linked evidence ({item.evidence.length})
        </h2>
        {item.evidence.length === 0 ? (
          <p>No evidence linked yet.</p>
        ) : (
          <ul className="space-y-3">
            {item.evidence.map((evidence) => (
              <li key={evidence.id} className="flex flex-wrap items-baseline gap-x-4 border-b border-gray-300 pb-2">
                <Link href={`/evidence/${evidence.id}`}>{evidence.title}</Link>
                <span className="text-base text-gray-700">
                  {evidence.pointer ? `See ${evidence.pointer}` : "No page or section given"}
                  {evidence.files === 0 ? ", no file" : ""}
                </span>
                {mayEdit ? (
                  <UnlinkEvidenceForm itemId={item.id} evidenceItemId={evidence.id} title={evidence.title} />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {mayAsk ? (
          <p className="mt-4">
            <Link href={`/requests/new?item=${item.id}`}>Ask a colleague for evidence for this item</Link>
          </p>
        ) : null}
      </section>

      {mayEdit ? (
        <section aria-labelledby="find-heading">
          <h2 id="find-heading" className="mb-4 text-2xl font-bold">
            Link evidence
          </h2>
          <FilterBar
            submitLabel="Search"
            plain
            className="mb-6"
            query={query}
            fields={[{ type: "search", name: "q", label: "Search the evidence library" }]}
          />
          {matches === null ? null : matches.length === 0 ? (
            <p>No evidence matches. Try other words, or add the evidence to the library first.</p>
          ) : (
            <ul className="space-y-4">
              {matches.map((match) => (
                <li key={match.id} className="border-b border-gray-300 pb-3">
                  <p className="font-bold">{match.title}</p>
                  <LinkEvidenceForm itemId={item.id} evidenceItemId={match.id} title={match.title} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}
