import type { Metadata } from "next";
import Link from "next/link";
import { ImportRowsTable } from "@/components/forms/import-preview";
import { formatDate } from "@/components/format/date";
import { loadOutcomeImportPreview } from "@/features/benchmark/loaders";
import { ApplyImportForm } from "@/features/benchmark/components/apply-import-form";

export const metadata: Metadata = { title: "Check the published outcomes" };

type Props = { params: Promise<{ id: string }> };

export default async function OutcomeImportPreviewPage({ params }: Props) {
  const { id, fileName, applied, check } = await loadOutcomeImportPreview((await params).id);
  const crumbs = (
    <p className="mb-4">
      <Link href="/benchmark/import">Import published outcomes</Link>
    </p>
  );
  if (!check)
    return (
      <>
        {crumbs}
        <h1 className="mb-4 text-4xl font-bold">Check the published outcomes</h1>
        <p className="mb-6 text-lg font-bold">
          {fileName} has been applied
          {applied ? `: ${applied.version}, ${applied.councils} councils, ${formatDate(applied.loadedAt)}` : ""}.
        </p>
        <p>
          <Link href="/benchmark">Go to the benchmark</Link>
        </p>
      </>
    );
  const withProblems = check.lines.filter((line) => line.problems.length > 0);
  return (
    <>
      {crumbs}
      <h1 className="mb-4 text-4xl font-bold">Check the published outcomes</h1>
      <p className="mb-6 text-lg">
        {fileName}: {check.lines.length} {check.lines.length === 1 ? "council" : "councils"}
        {withProblems.length ? `, ${withProblems.length} with problems` : ""}.
      </p>
      {check.ok ? (
        <ApplyImportForm importId={id} councils={check.lines.length} />
      ) : (
        <div role="alert" aria-labelledby="refused-heading" className="mb-8 border-4 border-[var(--color-error)] p-4">
          <h2 id="refused-heading" className="text-xl font-bold">
            This file cannot be applied, and nothing has been changed
          </h2>
          <p className="mb-2">
            A file of published outcomes is applied whole or not at all. Correct the problems below in your file and{" "}
            <Link href="/benchmark/import">upload it again</Link>.
          </p>
          {check.fileProblems.length ? (
            <ul className="list-disc pl-6 font-bold">
              {check.fileProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
      {check.lines.length ? (
        <ImportRowsTable
          columns={["Council", "Notes"]}
          rows={check.lines.map((line) => ({
            line: line.line,
            errors: line.problems,
            cells: [line.council || "(no name)", line.notes.length ? line.notes.join(" ") : "–"],
            status: "Ready",
            order: line.line,
          }))}
        />
      ) : null}
    </>
  );
}
