import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/data/pagination";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { Button } from "@/components/forms/button";
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
  const control = "mt-1 block w-full border-2 border-gray-900 bg-white p-2";
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
      <h1 className="mb-4 text-4xl font-bold">Question bank</h1>
      <p className="mb-6 max-w-3xl">
        Mock interview questions for staff preparation sessions, each linked to the quality statements it tests and the
        people it suits, with prompts on what a good answer draws on.
      </p>
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
          <ul className="mb-8 flex flex-wrap gap-x-8 gap-y-2">
            {may.manage ? (
              <li>
                <Link href="/preparation/questions/new" className="font-bold">
                  Add a question
                </Link>
              </li>
            ) : null}
            {may.manage ? (
              <li>
                <Link href="/preparation/questions/import">Import questions</Link>
              </li>
            ) : null}
            <li>
              <a href={`/api/preparation/questions/export${exportQuery ? `?${exportQuery}` : ""}`} download>
                {filtered || query.retired ? "Export these questions (CSV)" : "Export the bank (CSV)"}
              </a>
            </li>
          </ul>
          <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
            <form method="get" aria-labelledby="filter-heading" className="self-start bg-gray-100 p-4">
              <h2 id="filter-heading" className="mb-4 text-xl font-bold">
                Filter
              </h2>
              <label htmlFor="statement" className="block font-bold">
                Quality statement
              </label>
              <select id="statement" name="statement" defaultValue={query.statement ?? ""} className={control}>
                <option value="">All</option>
                {themes.map((theme) => (
                  <optgroup key={theme.key} label={theme.name}>
                    {theme.statements.map((statement) => (
                      <option key={statement.key} value={statement.key}>
                        {statement.number}. {statement.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
              <label htmlFor="audience" className="mt-4 block font-bold">
                Who it suits
              </label>
              <select id="audience" name="audience" defaultValue={query.audience ?? ""} className={control}>
                <option value="">Everyone</option>
                {audiences.map((audience) => (
                  <option key={audience.key} value={audience.key}>
                    {audience.name}
                  </option>
                ))}
              </select>
              <label htmlFor="q" className="mt-4 block font-bold">
                Words in the question
              </label>
              <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={control} />
              <div className="mt-4 flex items-start gap-3">
                <input
                  id="retired"
                  name="retired"
                  type="checkbox"
                  value="yes"
                  defaultChecked={query.retired === "yes"}
                  className="mt-1 size-6 shrink-0 accent-ink"
                />
                <label htmlFor="retired">Show retired questions</label>
              </div>
              <Button variant="secondary" className="mt-6">
                Apply filters
              </Button>
              <p className="mt-4">
                <Link href="/preparation/questions">Clear filters</Link>
              </p>
            </form>
            <div>
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
            </div>
          </div>
        </>
      )}
    </>
  );
}
