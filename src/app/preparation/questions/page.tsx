import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/data/pagination";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { statementOptions } from "@/components/forms/statement-options";
import { FilterPanel } from "@/components/forms/filter-panel";
import { PageHeading } from "@/components/layout/page-heading";
import { loadQuestionBank } from "@/features/question-bank/loaders";
import { Breadcrumbs } from "@/features/question-bank/components/breadcrumbs";
import { LoadStartingBankForm } from "@/features/question-bank/components/load-starting-bank-form";
import { QuestionList } from "@/features/question-bank/components/question-list";

export const metadata: Metadata = { title: "Question bank" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const count = (value: string | undefined, one: string, many: string) => `${value} ${value === "1" ? one : many}`;

export default async function QuestionBankPage({ searchParams }: Props) {
  const params = await searchParams;
  const { query, themes, audiences, questions, total, pageSize, bankSize, startingBankSize, may } =
    await loadQuestionBank(params);
  const one = (name: string) => (typeof params[name] === "string" ? (params[name] as string) : undefined);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const statements = themes.flatMap((theme) => theme.statements);
  const filters = { statement: query.statement, audience: query.audience, q: query.q, retired: query.retired };
  const exportQuery = new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  const filtered = Boolean(query.statement || query.audience || query.q);
  return (
    <>
      <Breadcrumbs trail={[]} />
      {one("loaded") !== undefined ? (
        <NotificationBanner>
          <p>
            {one("loaded") === "0"
              ? "The starting bank is already loaded: no questions were added."
              : `${count(one("loaded"), "question", "questions")} added from the starting bank.`}
          </p>
        </NotificationBanner>
      ) : null}
      {one("imported") !== undefined ? (
        <NotificationBanner>
          <p>
            {count(one("imported"), "question", "questions")} added, {one("updated") ?? "0"} changed
            {one("unchanged") && one("unchanged") !== "0"
              ? `; ${one("unchanged")} were the same and left as they were`
              : ""}
            {one("dropped") && one("dropped") !== "0"
              ? `; ${count(one("dropped"), "row", "rows")} with problems left out`
              : ""}
            .
          </p>
        </NotificationBanner>
      ) : null}
      <PageHeading
        description={
          <p>
            Mock interview questions for staff preparation sessions, each linked to the quality statements it tests and
            the people it suits, with prompts on what a good answer draws on.
          </p>
        }
        actions={
          bankSize === 0
            ? []
            : [
                may.manage && { href: "/preparation/questions/new", label: "Add a question", primary: true },
                may.manage && { href: "/preparation/questions/import", label: "Import questions" },
                {
                  href: `/api/preparation/questions/export${exportQuery ? `?${exportQuery}` : ""}`,
                  label: filtered || query.retired ? "Export these questions (CSV)" : "Export the bank (CSV)",
                  download: true,
                },
              ]
        }
      >
        Question bank
      </PageHeading>
      {bankSize === 0 ? (
        <div className="max-w-3xl">
          <p className="mb-4">The bank is empty.</p>
          {may.manage && startingBankSize ? (
            <>
              <p className="mb-4">
                Start with the bank of {startingBankSize} questions written for this service from CQC&apos;s assessment
                framework for local authorities, covering all nine quality statements. You can change, retire or add to
                them afterwards.
              </p>
              <LoadStartingBankForm size={startingBankSize} />
              <p className="mt-6">
                Or <Link href="/preparation/questions/new">add a question</Link> or{" "}
                <Link href="/preparation/questions/import">import questions from a spreadsheet</Link>.
              </p>
            </>
          ) : (
            <p>A readiness lead or team manager can load the starting bank of questions.</p>
          )}
        </div>
      ) : (
        <>
          <FilterPanel
            path="/preparation/questions"
            query={filters}
            fields={[
              {
                type: "select",
                name: "statement",
                label: "Quality statement",
                options: statementOptions(themes, { themeNumbers: false }),
              },
              {
                type: "select",
                name: "audience",
                label: "Who it suits",
                all: "Everyone",
                options: audiences.map((audience) => ({ value: audience.key, label: audience.name })),
              },
              { type: "search", name: "q", label: "Words in the question" },
              { type: "checkbox", name: "retired", label: "Show retired questions", value: "yes" },
            ]}
          >
            <h2 className="mb-2 text-xl font-bold">
              {total} {total === 1 ? "question" : "questions"}
              {pages > 1 ? `, page ${query.page} of ${pages}` : ""}
            </h2>
            {questions.length === 0 ? (
              <p className="text-lg">
                {total === 0 ? "No questions match these filters." : "No questions on this page."}
              </p>
            ) : (
              <QuestionList questions={questions} statements={statements} />
            )}
            <Pagination path="/preparation/questions" query={filters} page={query.page} pages={pages} />
          </FilterPanel>
        </>
      )}
    </>
  );
}
