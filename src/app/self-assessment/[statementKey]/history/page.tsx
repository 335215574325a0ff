import type { Metadata } from "next";
import Link from "next/link";
import { loadStatementHistory } from "@/features/self-assessment/loaders";
import { ContentDiff } from "@/features/self-assessment/components/content-diff";
import { RestoreButton } from "@/features/self-assessment/components/restore-button";
import { STATUS_LABELS, isEditable } from "@/features/self-assessment/domain";
import { formatDateTime } from "@/components/format/date";
import { Button } from "@/components/forms/button";

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
          <form method="get" className="mb-8 flex flex-wrap items-end gap-4">
            {(["from", "to"] as const).map((name, index) => (
              <div key={name}>
                <label htmlFor={name} className="block font-bold">
                  {name === "from" ? "Compare" : "with"}
                </label>
                <select
                  id={name}
                  name={name}
                  defaultValue={query[name] ?? revisions[Math.min(index === 0 ? 1 : 0, revisions.length - 1)]?.id}
                  className="border-2 border-gray-900 p-2"
                >
                  {revisions.map((revision) => (
                    <option key={revision.id} value={revision.id}>
                      {label(revision)}, {revision.author}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <Button variant="secondary">Compare</Button>
          </form>
          {from && to ? (
            <div className="mb-10">
              <ContentDiff
                before={from.content}
                after={to.content}
                caption={`Changes from ${label(from)} to ${label(to)}`}
              />
            </div>
          ) : null}
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-xl font-bold">Every change, newest first</caption>
            <thead>
              <tr className="border-b-2 border-gray-900">
                <th scope="col" className="py-2 pr-4">
                  Version
                </th>
                <th scope="col" className="py-2 pr-4">
                  What happened
                </th>
                <th scope="col" className="py-2 pr-4">
                  Who and when
                </th>
                <th scope="col" className="py-2 pr-4">
                  Score
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision) => (
                <tr key={revision.id} className="border-b border-gray-300 align-top">
                  <td className="py-2 pr-4">
                    {revision.version ?? "None"}
                    {revision.version === version ? " (current)" : ""}
                  </td>
                  <td className="py-2 pr-4">
                    {KIND_LABELS[revision.kind] ?? revision.kind}
                    <span className="block text-base text-gray-700">Status: {STATUS_LABELS[revision.status]}</span>
                    {revision.note ? <span className="block text-base">{revision.note}</span> : null}
                  </td>
                  <td className="py-2 pr-4">
                    {revision.author}
                    <span className="block text-base">{formatDateTime(revision.createdAt)}</span>
                  </td>
                  <td className="py-2 pr-4">{revision.score ?? "None"}</td>
                  <td className="py-2">
                    {mayRestore && isEditable(status) && revision.version !== version ? (
                      <RestoreButton
                        statementKey={statementKey}
                        revisionId={revision.id}
                        version={version}
                        label={label(revision)}
                      />
                    ) : null}
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
