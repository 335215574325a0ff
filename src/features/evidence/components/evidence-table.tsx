import Link from "next/link";
import { Table } from "@/components/data/table";
import { Tag } from "@/components/data/tag";
import { formatDate } from "@/components/format/date";
import { EVIDENCE_STATUS_LABELS, KIND_LABELS, snippetParts, type EvidenceKind, type EvidenceStatus } from "../domain";

type Row = {
  id: string;
  title: string;
  kind: EvidenceKind;
  status: EvidenceStatus;
  isMine: boolean;
  evidenceDate: Date | null;
  reviewBy: Date | null;
  containsPersonalData: boolean;
  statements: { number: number; name: string }[];
  /** Where a search's words were found inside the item's file. */
  hit?: { snippet: string; page: number | null } | null;
};

const TONES: Record<EvidenceStatus, "grey" | "blue" | "green" | "red"> = {
  draft: "grey",
  ready: "blue",
  approved: "green",
  out_of_date: "red",
};

export function EvidenceTable({ items, caption }: { items: Row[]; caption: string }) {
  return (
    <Table
      caption={caption}
      rows={items}
      rowKey={(item) => item.id}
      columns={[
        {
          header: "Evidence",
          cell: (item) => (
            <>
              <Link href={`/evidence/${item.id}`} className="font-bold">
                {item.title}
              </Link>
              <span className="block text-base text-gray-700">
                {KIND_LABELS[item.kind]}
                {item.containsPersonalData ? ", contains personal data" : ""}
                {item.isMine ? ", yours" : ""}
              </span>
              {item.hit ? <Hit hit={item.hit} /> : null}
            </>
          ),
        },
        {
          header: "Quality statements",
          className: "text-base",
          cell: (item) => item.statements.map((statement) => `${statement.number}. ${statement.name}`).join("; "),
        },
        {
          header: "Dates",
          className: "text-base",
          cell: (item) => (
            <>
              {item.evidenceDate ? <span className="block">From {formatDate(item.evidenceDate)}</span> : null}
              {item.reviewBy ? <span className="block">Review by {formatDate(item.reviewBy)}</span> : null}
            </>
          ),
        },
        {
          header: "Status",
          cell: (item) => <Tag tone={TONES[item.status]}>{EVIDENCE_STATUS_LABELS[item.status]}</Tag>,
        },
      ]}
    />
  );
}

function Hit({ hit }: { hit: { snippet: string; page: number | null } }) {
  return (
    <span className="mt-1 block text-base">
      <span className="sr-only">Found in the file{hit.page ? `, page ${hit.page}` : ""}: </span>
      <span aria-hidden="true">{hit.page ? `Page ${hit.page}: ` : "In the file: "}</span>…
      {snippetParts(hit.snippet).map((part, index) =>
        part.hit ? (
          <mark key={index} className="bg-yellow-200 font-bold text-gray-900">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
      …
    </span>
  );
}
