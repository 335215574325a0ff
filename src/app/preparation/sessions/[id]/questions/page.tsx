import type { Metadata } from "next";
import Link from "next/link";
import { loadQuestionPicker } from "@/features/preparation/loaders";
import { QuestionChoiceForm } from "@/features/preparation/components/question-choice-form";
import { DrawForm } from "@/features/preparation/components/draw-form";
import { statementLabels } from "@/features/preparation/components/statement-labels";
import { AUDIENCES, audienceName } from "@/features/question-bank/domain";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { statementOptions } from "@/components/forms/statement-options";
import { FilterBar } from "@/components/forms/filter-panel";

export const metadata: Metadata = { title: "Choose questions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ChooseQuestionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const { item, themes, candidates, filter } = await loadQuestionPicker(id, query);
  const labels = statementLabels(themes);
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
        <FilterBar
          submitLabel="Show questions"
          className="mb-6"
          query={{ statement: filter.statement, audience: filter.audience ?? "all" }}
          fields={[
            {
              type: "select",
              name: "statement",
              label: "Quality statement",
              all: "All statements",
              options: statementOptions(themes, { themeNumbers: false }),
            },
            {
              type: "select",
              name: "audience",
              label: "Audience",
              all: null,
              options: [
                { value: "all", label: "All audiences" },
                ...AUDIENCES.map((audience) => ({ value: audience.key, label: audience.name })),
              ],
            },
          ]}
        />
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
