import type { Metadata } from "next";
import Link from "next/link";
import { loadQuestionPicker } from "@/features/preparation/loaders";
import { QuestionChoiceForm } from "@/features/preparation/components/question-choice-form";
import { DrawForm } from "@/features/preparation/components/draw-form";
import { statementLabels } from "@/features/preparation/components/statement-labels";
import { AUDIENCES, audienceName } from "@/features/question-bank/domain";
import { NotificationBanner } from "@/components/feedback/notification-banner";

export const metadata: Metadata = { title: "Choose questions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ChooseQuestionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const { item, themes, candidates, filter } = await loadQuestionPicker(id, query);
  const labels = statementLabels(themes);
  const control = "mt-1 block w-full border-2 border-gray-900 p-2";
  return (
    <>
      {query.saved === "created" ? (
        <NotificationBanner>
          <p>Session planned. Now choose its questions: draw a balanced set, or tick them one by one.</p>
        </NotificationBanner>
      ) : null}
      <p className="mb-4">
        <Link href={`/preparation/sessions/${item.id}`}>Back to {item.title}</Link>
      </p>
      <h1 className="mb-2 text-4xl font-bold">Choose questions</h1>
      <p className="mb-8 max-w-3xl">
        {item.title}: {item.questions.length} {item.questions.length === 1 ? "question" : "questions"} chosen so far.
        New questions go after them; change the order on the session page.
      </p>
      <section aria-labelledby="draw-heading" className="mb-12 max-w-3xl">
        <h2 id="draw-heading" className="mb-2 text-2xl font-bold">
          Draw a balanced set
        </h2>
        <p className="mb-4">
          Takes the same number of questions from each statement you tick, at random, leaving out those already chosen.
        </p>
        <DrawForm
          sessionId={item.id}
          audienceKey={item.audienceKey}
          statements={themes.flatMap((theme) =>
            theme.statements.map((statement) => ({ ...statement, theme: theme.name })),
          )}
        />
      </section>
      <section aria-labelledby="pick-heading">
        <h2 id="pick-heading" className="mb-4 text-2xl font-bold">
          Or tick questions from the bank
        </h2>
        <form method="get" className="mb-6 grid gap-4 bg-gray-100 p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <div>
            <label htmlFor="statement" className="block font-bold">
              Quality statement
            </label>
            <select id="statement" name="statement" defaultValue={filter.statement ?? ""} className={control}>
              <option value="">All statements</option>
              {themes.map((theme) => (
                <optgroup key={theme.key} label={theme.name}>
                  {theme.statements.map((statement) => (
                    <option key={statement.key} value={statement.key}>
                      {labels.get(statement.key)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audience" className="block font-bold">
              Audience
            </label>
            <select id="audience" name="audience" defaultValue={filter.audience ?? "all"} className={control}>
              <option value="all">All audiences</option>
              {AUDIENCES.map((audience) => (
                <option key={audience.key} value={audience.key}>
                  {audience.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="bg-gray-200 px-4 py-2 font-bold shadow-[0_2px_0_#929191]">
            Show questions
          </button>
        </form>
        {candidates.length === 0 ? (
          <p>
            No more questions match. Choose another statement or audience, or{" "}
            <Link href="/preparation/questions/new">add a question to the bank</Link>.
          </p>
        ) : (
          <QuestionChoiceForm
            sessionId={item.id}
            options={candidates.map((question) => ({
              value: question.id,
              label: question.text,
              hint: `${question.statementKeys.map((key) => labels.get(key) ?? key).join("; ")}. For: ${question.audienceKeys.map(audienceName).join(", ")}`,
            }))}
          />
        )}
      </section>
    </>
  );
}
