import type { Metadata } from "next";
import { errorTitle } from "@/components/forms/error-title";
import Link from "next/link";
import { loadEvidenceItem } from "@/features/evidence/loaders";
import { EvidenceFiles } from "@/features/evidence/components/evidence-files";
import { SuggestedMapping } from "@/features/evidence/components/suggested-mapping";
import { EVIDENCE_STATUS_LABELS, KIND_LABELS } from "@/features/evidence/domain";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { Tag } from "@/components/data/tag";
import { formatDate, formatDateTime } from "@/components/format/date";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

/** A refused upload comes back here with its reason in the address: the title then says "Error:". */
export async function generateMetadata({ searchParams }: Pick<Props, "searchParams">): Promise<Metadata> {
  return { title: errorTitle("Evidence item", Boolean((await searchParams)["upload-error"])) };
}

export default async function EvidenceItemPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { saved, uploaded, "upload-error": uploadError, "same-as": sameAsId } = await searchParams;
  const { item, files, categories, suggestions, mayEdit, maxUploadMb, sameAs } = await loadEvidenceItem(id, sameAsId);
  const categoryName = (key: string) => categories.find((category) => category.key === key)?.name ?? key;
  const rows: [string, React.ReactNode][] = [
    ["Kind", KIND_LABELS[item.kind]],
    [
      "Status",
      <Tag key="status" tone={item.status === "out_of_date" ? "red" : "grey"}>
        {EVIDENCE_STATUS_LABELS[item.status]}
      </Tag>,
    ],
    ["Quality statements", item.statements.map((statement) => `${statement.number}. ${statement.name}`).join("; ")],
    ["Evidence categories", item.categories.map(categoryName).join("; ")],
    [
      "I statements",
      item.iStatements.length ? (
        <ul key="i" className="list-disc pl-6">
          {item.iStatements.map((statement) => (
            <li key={statement.key}>{statement.text}</li>
          ))}
        </ul>
      ) : (
        "None chosen"
      ),
    ],
    [
      "Information return items",
      item.returnItems.length ? (
        <ul key="ir" className="list-disc pl-6">
          {item.returnItems.map((returnItem) => (
            <li key={returnItem.id}>
              <Link href={`/information-return/${returnItem.id}`}>
                {returnItem.reference} {returnItem.title}
              </Link>
              {returnItem.pointer ? `: see ${returnItem.pointer}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        "None"
      ),
    ],
    [
      "Web address",
      item.url ? (
        <a key="url" href={item.url} rel="noopener noreferrer" className="break-all">
          {item.url}
        </a>
      ) : (
        "None"
      ),
    ],
    ["Owner", item.owner ?? "No owner"],
    ["Source team", item.sourceTeam || "Not given"],
    ["Date the evidence is from", item.evidenceDate ? formatDate(item.evidenceDate) : "Not given"],
    ["Review by", item.reviewBy ? formatDate(item.reviewBy) : "Not set"],
    ["Personal data", item.containsPersonalData ? "Contains personal data" : "None"],
    ["Tags", item.tags.length ? item.tags.join(", ") : "None"],
    ["Added", formatDateTime(item.createdAt)],
    ["Last changed", formatDateTime(item.updatedAt)],
  ];
  return (
    <>
      <Link href="/evidence" className="mb-6 inline-block">
        Back to evidence
      </Link>
      {saved ? (
        <NotificationBanner>
          <p>
            {saved === "created"
              ? "Evidence added."
              : saved === "reading-again"
                ? "The file will be read again for search."
                : saved === "suggestion-accepted"
                  ? "Added to the item's mapping."
                  : saved === "suggestion-dismissed"
                    ? "Suggestion dismissed. It will not be suggested for this item again."
                    : "Changes saved."}
          </p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-4 text-4xl font-bold">{item.title}</h1>
      {item.description ? <p className="mb-8 max-w-3xl whitespace-pre-wrap">{item.description}</p> : null}
      <dl className="mb-8 max-w-3xl border-t border-gray-300">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-2 border-b border-gray-300 py-2 sm:grid-cols-[16rem_1fr]">
            <dt className="font-bold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {suggestions ? <SuggestedMapping itemId={item.id} suggestions={suggestions} /> : null}
      <EvidenceFiles
        itemId={item.id}
        files={files}
        mayUpload={mayEdit}
        uploaded={uploaded}
        uploadError={uploadError}
        sameAs={sameAs}
        maxMb={maxUploadMb}
      />
      {mayEdit ? (
        <Link href={`/evidence/${item.id}/edit`} className="font-bold">
          Change this evidence<span className="sr-only">: {item.title}</span>
        </Link>
      ) : null}
    </>
  );
}
