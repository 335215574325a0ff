import type { Metadata } from "next";
import Link from "next/link";
import { loadGoodPracticeList } from "@/features/good-practice/loaders";
import { GOOD_PRACTICE_KINDS, KIND_LABELS } from "@/features/good-practice/domain";
import { Pagination } from "@/components/data/pagination";
import { Tag } from "@/components/data/tag";
import { Table } from "@/components/data/table";
import { statementOptions } from "@/components/forms/statement-options";
import { FilterPanel } from "@/components/forms/filter-panel";
import { PageHeading } from "@/components/layout/page-heading";
import { formatDate } from "@/components/format/date";

export const metadata: Metadata = { title: "Good practice log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GoodPracticePage({ searchParams }: Props) {
  const { query, total, pageSize, entries, teams, themes, mayCreate } = await loadGoodPracticeList(await searchParams);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <>
      <PageHeading
        description={
          <p>
            Examples of good practice, and challenges, from across adult social care, recorded by the people who work
            there. They show CQC how the council knows what works and learns from what does not. The readiness team can
            add an entry to the evidence library.
          </p>
        }
        actions={[
          mayCreate && { href: "/good-practice/new", label: "Record good practice or a challenge", primary: true },
        ]}
      >
        Good practice log
      </PageHeading>
      <FilterPanel
        path="/good-practice"
        query={query}
        fields={[
          {
            type: "select",
            name: "kind",
            label: "Good practice or challenge",
            all: "Both",
            options: GOOD_PRACTICE_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
          },
          {
            type: "select",
            name: "statement",
            label: "Quality statement",
            options: statementOptions(themes),
          },
          { type: "select", name: "team", label: "Team", options: teams.map((team) => ({ value: team, label: team })) },
          {
            type: "select",
            name: "converted",
            label: "Evidence library",
            options: [
              { value: "yes", label: "In the evidence library" },
              { value: "no", label: "Not yet in the evidence library" },
            ],
          },
        ]}
      >
        {entries.length === 0 ? (
          <p className="text-lg">{total === 0 ? "No entries match these filters." : "No entries on this page."}</p>
        ) : (
          <Table
            caption={`${total} ${total === 1 ? "entry" : "entries"}, page ${query.page} of ${pages}`}
            rows={entries}
            rowKey={(entry) => entry.id}
            columns={[
              { header: "Title", cell: (entry) => <Link href={`/good-practice/${entry.id}`}>{entry.title}</Link> },
              {
                header: "Type",
                cell: (entry) => (
                  <Tag tone={entry.kind === "challenge" ? "orange" : "green"}>{KIND_LABELS[entry.kind]}</Tag>
                ),
              },
              { header: "Team", cell: (entry) => entry.team || "Not given" },
              {
                header: "Quality statements",
                className: "text-base",
                cell: (entry) =>
                  entry.statements.length ? (
                    <ul>
                      {entry.statements.map((statement) => (
                        <li key={statement}>{statement}</li>
                      ))}
                    </ul>
                  ) : (
                    "None chosen"
                  ),
              },
              {
                header: "Recorded by",
                cell: (entry) => (
                  <>
                    {entry.author}
                    <span className="block text-base text-gray-700">{formatDate(entry.createdAt)}</span>
                  </>
                ),
              },
              {
                header: "Evidence library",
                cell: (entry) =>
                  entry.evidenceItemId ? (
                    <>
                      <Tag tone="blue">In evidence library</Tag>
                      <Link href={`/evidence/${entry.evidenceItemId}`} className="mt-1 block text-base">
                        Evidence item<span className="sr-only"> for {entry.title}</span>
                      </Link>
                    </>
                  ) : (
                    "Not yet"
                  ),
              },
            ]}
          />
        )}
        <Pagination path="/good-practice" query={query} page={query.page} pages={pages} />
      </FilterPanel>
    </>
  );
}
