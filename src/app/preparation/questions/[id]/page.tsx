import type { Metadata } from "next";
import { Tag } from "@/components/data/tag";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { SmallActionForm } from "@/components/forms/small-action-form";
import { formatDate } from "@/components/format/date";
import { loadQuestionPage } from "@/features/question-bank/loaders";
import { restoreQuestionAction, retireQuestionAction } from "@/features/question-bank/actions";
import { audienceName } from "@/features/question-bank/domain";
import { Breadcrumbs } from "@/features/question-bank/components/breadcrumbs";
import { QuestionForm } from "@/features/question-bank/components/question-form";

export const metadata: Metadata = { title: "Question" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const SAVED: Record<string, string> = {
  created: "Question added to the bank.",
  updated: "Changes saved.",
  retired: "Question retired. It is no longer offered for new sessions; sessions that used it keep it.",
  restored: "Question restored. It can be chosen for sessions again.",
};

export default async function QuestionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { saved } = await searchParams;
  const { question, themes, may } = await loadQuestionPage(id);
  const statements = themes.flatMap((theme) => theme.statements);
  const statementLabel = (key: string) => {
    const statement = statements.find((candidate) => candidate.key === key);
    return statement ? `${statement.number}. ${statement.name}` : key;
  };
  return (
    <>
      <Breadcrumbs trail={[{ href: "/preparation/questions", label: "Question bank" }]} />
      {saved && SAVED[saved] ? (
        <NotificationBanner>
          <p>{SAVED[saved]}</p>
        </NotificationBanner>
      ) : null}
      <span className="block text-xl text-gray-700">Mock interview question</span>
      <h1 className="mb-4 max-w-4xl text-3xl font-bold">{question.text}</h1>
      {question.retiredAt ? (
        <p className="mb-6">
          <Tag>Retired</Tag>{" "}
          <span className="ml-2">on {formatDate(question.retiredAt)}: not offered for new sessions.</span>
        </p>
      ) : null}
      <dl className="mb-8 max-w-3xl border-t border-gray-300">
        <div className="grid gap-2 border-b border-gray-300 py-2 sm:grid-cols-[14rem_1fr]">
          <dt className="font-bold">Quality statements</dt>
          <dd>
            <ul>
              {question.statementKeys.map((key) => (
                <li key={key}>{statementLabel(key)}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="grid gap-2 border-b border-gray-300 py-2 sm:grid-cols-[14rem_1fr]">
          <dt className="font-bold">Who it suits</dt>
          <dd>{question.audienceKeys.map(audienceName).join("; ")}</dd>
        </div>
        <div className="grid gap-2 border-b border-gray-300 py-2 sm:grid-cols-[14rem_1fr]">
          <dt className="font-bold">Last changed</dt>
          <dd>
            {formatDate(question.updatedAt)}
            {question.key ? " (from the starting bank)" : ""}
          </dd>
        </div>
      </dl>
      <section aria-labelledby="prompts-heading" className="mb-8 max-w-3xl">
        <h2 id="prompts-heading" className="mb-2 text-2xl font-bold">
          What a good answer draws on
        </h2>
        {question.prompts.length ? (
          <ul className="list-disc pl-6">
            {question.prompts.map((prompt, index) => (
              <li key={index}>{prompt}</li>
            ))}
          </ul>
        ) : (
          <p>No prompts yet.</p>
        )}
      </section>
      <section aria-labelledby="follow-ups-heading" className="mb-10 max-w-3xl">
        <h2 id="follow-ups-heading" className="mb-2 text-2xl font-bold">
          Follow-up questions
        </h2>
        {question.followUps.length ? (
          <ul className="list-disc pl-6">
            {question.followUps.map((followUp, index) => (
              <li key={index}>{followUp}</li>
            ))}
          </ul>
        ) : (
          <p>No follow-up questions yet.</p>
        )}
      </section>
      {may.manage ? (
        <>
          <section aria-labelledby="change-heading" className="mb-10">
            <h2 id="change-heading" className="mb-4 text-2xl font-bold">
              Change this question
            </h2>
            <QuestionForm item={question} themes={themes} />
          </section>
          <section aria-labelledby="retire-heading" className="mb-10 max-w-3xl">
            {question.retiredAt ? (
              <>
                <h2 id="retire-heading" className="mb-2 text-2xl font-bold">
                  Restore this question
                </h2>
                <p className="mb-4">It will be offered for new sessions again.</p>
                <SmallActionForm
                  action={restoreQuestionAction}
                  fields={{ questionId: question.id }}
                  label="Restore question"
                  target=""
                />
              </>
            ) : (
              <>
                <h2 id="retire-heading" className="mb-2 text-2xl font-bold">
                  Retire this question
                </h2>
                <p className="mb-4">
                  A retired question is no longer offered for new sessions. Sessions that used it keep it, and you can
                  restore it later.
                </p>
                <SmallActionForm
                  action={retireQuestionAction}
                  fields={{ questionId: question.id }}
                  label="Retire question"
                  target=""
                  variant="warning"
                />
              </>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
