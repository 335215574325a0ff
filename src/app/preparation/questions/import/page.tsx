import type { Metadata } from "next";
import { errorTitle } from "@/components/forms/error-title";
import { TableUploadError, TableUploadForm } from "@/components/forms/table-upload";
import { loadQuestionImportPage } from "@/features/question-bank/loaders";
import { QUESTION_COLUMNS, QUESTION_LIMITS } from "@/features/question-bank/domain";
import { Breadcrumbs } from "@/features/question-bank/components/breadcrumbs";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** A refused upload comes back here with its reason in the address: the title then says "Error:". */
export async function generateMetadata({ searchParams }: Pick<Props, "searchParams">): Promise<Metadata> {
  return { title: errorTitle("Import questions", Boolean((await searchParams).error)) };
}

export default async function QuestionImportPage({ searchParams }: Props) {
  const { themes, audiences } = await loadQuestionImportPage();
  const { error } = await searchParams;
  return (
    <>
      <Breadcrumbs trail={[{ href: "/preparation/questions", label: "Question bank" }]} />
      <h1 className="mb-4 text-4xl font-bold">Import questions</h1>
      <TableUploadError error={error} field="questions" />
      <p className="mb-4 max-w-3xl">
        Upload questions as CSV or Excel. The easiest start is to export the bank, change it in a spreadsheet and upload
        it again: rows with an ID change that question, rows without one are added. You will see every row checked
        before anything is imported.
      </p>
      <p className="mb-2 font-bold">Columns (first row), in any order:</p>
      <ul className="mb-4 list-disc pl-6">
        {QUESTION_COLUMNS.map((column) => (
          <li key={column}>{column}</li>
        ))}
      </ul>
      <ul className="mb-8 max-w-3xl list-disc space-y-2 pl-6">
        <li>ID: leave blank for a new question. An ID must be one of your bank&apos;s, as the export gives it.</li>
        <li>Question: required, up to {QUESTION_LIMITS.text.toLocaleString("en-GB")} characters.</li>
        <li>
          Quality statements: at least one, by name or key, separated by &quot;;&quot;. The names are{" "}
          {themes
            .flatMap((theme) => theme.statements)
            .map((statement) => statement.name)
            .join("; ")}
          .
        </li>
        <li>
          Audiences: at least one, separated by &quot;;&quot;: {audiences.map((audience) => audience.name).join("; ")}.
        </li>
        <li>
          Prompts and Follow-up questions: one per line in the cell, or separated by &quot;|&quot;; up to{" "}
          {QUESTION_LIMITS.lines} of each.
        </li>
        <li>Retired: &quot;yes&quot; to retire the question, blank to keep it in use.</li>
      </ul>
      <TableUploadForm action="/api/uploads/question-import" name="questions" error={error} label="Question file" />
    </>
  );
}
