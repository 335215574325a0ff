"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Radios } from "@/components/forms/radios";
import { Textarea } from "@/components/forms/textarea";
import { Button } from "@/components/forms/button";
import { saveCaseAuditAction } from "../actions";
import { ANSWERS, ANSWER_LABELS } from "../domain";

type Question = { id: string; text: string; statementKey: string };

/**
 * The case audit: every question with yes, partly, no or not applicable and an optional note,
 * grouped by the quality statement it informs. Checked on the server (the question set is the
 * council's and may change); what was chosen comes back with any message.
 */
export function AuditForm({
  caseId,
  questions,
  statements,
  answers,
}: {
  caseId: string;
  questions: Question[];
  statements: { key: string; number: number; name: string }[];
  answers: { questionId: string; answer: string; note: string }[];
}) {
  const [state, formAction, pending] = useActionState(saveCaseAuditAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const sent = state.status === "error" ? state.values : null;
  const chosen = (question: Question) =>
    sent?.[`answer.${question.id}`] ?? answers.find((answer) => answer.questionId === question.id)?.answer ?? "";
  const note = (question: Question) =>
    sent?.[`note.${question.id}`] ?? answers.find((answer) => answer.questionId === question.id)?.note ?? "";
  const groups = statements
    .map((statement) => ({
      statement,
      questions: questions.filter((question) => question.statementKey === statement.key),
    }))
    .filter((group) => group.questions.length > 0);
  let number = 0;
  return (
    <>
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={errors} errorId={state.errorId} />
      ) : null}
      <form action={formAction} className="max-w-3xl">
        <input type="hidden" name="caseId" value={caseId} />
        {groups.map(({ statement, questions: asked }) => (
          <section key={statement.key} className="mb-8">
            <h2 className="mb-4 text-2xl font-bold">
              {statement.number}. {statement.name}
            </h2>
            {asked.map((question) => {
              number++;
              return (
                <div key={question.id} className="mb-6 border-l-4 border-gray-300 pl-4">
                  <Radios
                    name={`answer.${question.id}`}
                    legend={`${number}. ${question.text}`}
                    inline
                    options={ANSWERS.map((answer) => ({ value: answer, label: ANSWER_LABELS[answer] }))}
                    defaultValue={chosen(question)}
                    error={errors[`answer.${question.id}`]}
                  />
                  <Textarea
                    name={`note.${question.id}`}
                    label="Note (optional)"
                    labelClassName="font-normal"
                    rows={2}
                    defaultValue={note(question)}
                    error={errors[`note.${question.id}`]}
                  />
                </div>
              );
            })}
          </section>
        ))}
        <Button pending={pending}>Save the audit</Button>
      </form>
    </>
  );
}
