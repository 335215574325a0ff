import type { Metadata } from "next";
import Link from "next/link";
import { ImportConfirm } from "@/components/forms/import-confirm";
import { loadQuestionImportPreview } from "@/features/question-bank/loaders";
import { confirmQuestionImportAction } from "@/features/question-bank/actions";
import { Breadcrumbs } from "@/features/question-bank/components/breadcrumbs";

export const metadata: Metadata = { title: "Check the question import" };

type Props = { params: Promise<{ id: string }> };

const CHANGE_LABELS = { create: "Ready: new question", update: "Ready: changes this question", unchanged: "The same as in the bank: left as it is" } as const;

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
      <Breadcrumbs trail={[{ href: "/preparation/questions", label: "Question bank" }, { href: "/preparation/questions/import", label: "Import questions" }]} />
      <h1 className="mb-4 text-4xl font-bold">Check the question import</h1>
      {completed ? (
        <p className="mb-6 font-bold">
          This file has been imported ({imported} {imported === 1 ? "question" : "questions"} added or changed). <Link href="/preparation/questions">Go to the question bank</Link>
        </p>
      ) : (
        <>
          <p className="mb-6 text-lg">
            {fileName}: {rows.length} rows, {toCreate} new {toCreate === 1 ? "question" : "questions"}, {toUpdate} to change
            {unchanged ? `, ${unchanged} the same as in the bank` : ""}
            {invalid.length ? `, ${invalid.length} with problems` : ""}.
          </p>
          {invalid.length > 0 ? (
            <div className="mb-6 max-w-3xl">
              <p className="mb-4">Nothing has been imported. Correct the rows below in your file and upload it again, or import only the valid rows and leave the others out.</p>
              <ImportConfirm action={confirmQuestionImportAction} importId={id} valid={changes} invalid={invalid.length} />
            </div>
          ) : changes > 0 ? (
            <div className="mb-6"><ImportConfirm action={confirmQuestionImportAction} importId={id} valid={changes} invalid={0} /></div>
          ) : (
            <p className="mb-6">There is nothing new or changed to import. <Link href="/preparation/questions/import">Upload a different file</Link></p>
          )}
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-xl font-bold">Rows, problems first</caption>
            <thead>
              <tr className="border-b-2 border-gray-900">
                <th scope="col" className="py-2 pr-4">Line</th>
                <th scope="col" className="py-2 pr-4">Question</th>
                <th scope="col" className="py-2">Check</th>
              </tr>
            </thead>
            <tbody>
              {[...invalid, ...valid].map((row) => (
                <tr key={row.line} className="border-b border-gray-300 align-top">
                  <td className="py-2 pr-4">{row.line}</td>
                  <td className="max-w-xl py-2 pr-4">{row.text ? (row.text.length > 200 ? `${row.text.slice(0, 200)}…` : row.text) : "(none)"}</td>
                  <td className="py-2">
                    {row.errors.length ? (
                      <ul className="font-bold text-[var(--color-error)]">
                        {row.errors.map((error) => <li key={error}><span className="sr-only">Problem: </span>{error}</li>)}
                      </ul>
                    ) : (
                      <>
                        {CHANGE_LABELS[row.change]}
                        {row.retired && row.change !== "unchanged" ? " (retired)" : ""}
                      </>
                    )}
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
