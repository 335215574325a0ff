import type { Metadata } from "next";
import Link from "next/link";
import { ImportDecision, ImportRowsTable } from "@/components/forms/import-preview";
import { loadQuestionImportPreview } from "@/features/question-bank/loaders";
import { confirmQuestionImportAction } from "@/features/question-bank/actions";
import { Breadcrumbs } from "@/features/question-bank/components/breadcrumbs";

export const metadata: Metadata = { title: "Check the question import" };

type Props = { params: Promise<{ id: string }> };

const CHANGE_LABELS = {
  create: "Ready: new question",
  update: "Ready: changes this question",
  unchanged: "The same as in the bank: left as it is",
} as const;

export default async function QuestionImportPreviewPage({ params }: Props) {
  const { id, fileName, completed, imported, rows } = await loadQuestionImportPreview((await params).id);
  const invalid = rows.filter((row) => row.errors.length > 0);
  const valid = rows.filter((row) => row.errors.length === 0);
  const toCreate = valid.filter((row) => row.change === "create").length;
  const toUpdate = valid.filter((row) => row.change === "update").length;
  const unchanged = valid.length - toCreate - toUpdate;
  const changes = toCreate + toUpdate;
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/preparation/questions", label: "Question bank" },
          { href: "/preparation/questions/import", label: "Import questions" },
        ]}
      />
      <h1 className="mb-4 text-4xl font-bold">Check the question import</h1>
      {completed ? (
        <p className="mb-6 font-bold">
          This file has been imported ({imported} {imported === 1 ? "question" : "questions"} added or changed).{" "}
          <Link href="/preparation/questions">Go to the question bank</Link>
        </p>
      ) : (
        <>
          <p className="mb-6 text-lg">
            {fileName}: {rows.length} rows, {toCreate} new {toCreate === 1 ? "question" : "questions"}, {toUpdate} to
            change
            {unchanged ? `, ${unchanged} the same as in the bank` : ""}
            {invalid.length ? `, ${invalid.length} with problems` : ""}.
          </p>
          <ImportDecision
            action={confirmQuestionImportAction}
            importId={id}
            importable={changes}
            invalid={invalid.length}
            nothingNew={
              <>
                There is nothing new or changed to import.{" "}
                <Link href="/preparation/questions/import">Upload a different file</Link>
              </>
            }
          />
          <ImportRowsTable
            columns={["Question"]}
            rows={rows.map((row) => ({
              line: row.line,
              errors: row.errors,
              cells: [row.text ? (row.text.length > 200 ? `${row.text.slice(0, 200)}…` : row.text) : "(none)"],
              status: `${CHANGE_LABELS[row.change]}${row.retired && row.change !== "unchanged" ? " (retired)" : ""}`,
            }))}
          />
        </>
      )}
    </>
  );
}
