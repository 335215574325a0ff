import type { Metadata } from "next";
import Link from "next/link";
import { loadStatementHistory } from "@/features/self-assessment/loaders";
import { ContentDiff } from "@/features/self-assessment/components/content-diff";
import { RestoreButton } from "@/features/self-assessment/components/restore-button";
import { STATUS_LABELS, isEditable } from "@/features/self-assessment/domain";
import { formatDateTime } from "@/components/format/date";
import { FilterBar } from "@/components/forms/filter-panel";
import { Table } from "@/components/data/table";

export const metadata: Metadata = { title: "History – Self-assessment" };

type Props = { params: Promise<{ statementKey: string }>; searchParams: Promise<Record<string, string | undefined>> };

const KIND_LABELS: Record<string, string> = {
  save: "Saved",
  restore: "Restored",
  submit: "Submitted for review",
  agree: "Agreed",
  reopen: "Reopened",
  conflict: "Kept, not saved (edited at the same time as someone else)",
  carried_forward: "Carried forward from the previous cycle",
};

export default async function HistoryPage({ params, searchParams }: Props) {
  const { statementKey } = await params;
  const query = await searchParams;
  const { framework, revisions, version, status, mayRestore } = await loadStatementHistory(statementKey);
  const label = (revision: (typeof revisions)[number]) =>
    revision.version === null ? `unsaved text of ${formatDateTime(revision.createdAt)}` : `version ${revision.version}`;
  const from = revisions.find((revision) => revision.id === query.from);
  const to = revisions.find((revision) => revision.id === query.to);
  return (
    <>
      <Link href={`/self-assessment/${statementKey}`} className="mb-6 inline-block">
        Back to {framework.name}
      </Link>
      <h1 className="mb-6 text-4xl font-bold">History: {framework.name}</h1>
      {revisions.length === 0 ? (
        <p>Nothing has been saved yet.</p>
      ) : (
        <>
          <FilterBar
            submitLabel="Compare"
            plain
            query={{
              from: query.from ?? revisions[Math.min(1, revisions.length - 1)]?.id,
              to: query.to ?? revisions[0]?.id,
            }}
            fields={(["from", "to"] as const).map((name) => ({
              type: "select",
              name,
              label: name === "from" ? "Compare" : "with",
              all: null,
              options: revisions.map((revision) => ({
                value: revision.id,
                label: `${label(revision)}, ${revision.author}`,
              })),
            }))}
          />
          {from && to ? (
            <div className="mb-10">
              <ContentDiff
                before={from.content}
                after={to.content}
                caption={`Changes from ${label(from)} to ${label(to)}`}
              />
            </div>
          ) : null}
          <Table
            caption="Every change, newest first"
            rows={revisions}
            rowKey={(revision) => revision.id}
            columns={[
              {
                header: "Version",
                cell: (revision) => `${revision.version ?? "None"}${revision.version === version ? " (current)" : ""}`,
              },
              {
                header: "What happened",
                cell: (revision) => (
                  <>
                    {KIND_LABELS[revision.kind] ?? revision.kind}
                    <span className="block text-base text-gray-700">Status: {STATUS_LABELS[revision.status]}</span>
                    {revision.note ? <span className="block text-base">{revision.note}</span> : null}
                  </>
                ),
              },
              {
                header: "Who and when",
                cell: (revision) => (
                  <>
                    {revision.author}
                    <span className="block text-base">{formatDateTime(revision.createdAt)}</span>
                  </>
                ),
              },
              { header: "Score", cell: (revision) => revision.score ?? "None" },
              {
                header: <span className="sr-only">Actions</span>,
                cell: (revision) =>
                  mayRestore && isEditable(status) && revision.version !== version ? (
                    <RestoreButton
                      statementKey={statementKey}
                      revisionId={revision.id}
                      version={version}
                      label={label(revision)}
                    />
                  ) : null,
              },
            ]}
          />
        </>
      )}
    </>
  );
}
