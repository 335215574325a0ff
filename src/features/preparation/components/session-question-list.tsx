import { SmallActionForm } from "@/components/forms/small-action-form";
import { moveQuestionAction, removeQuestionAction } from "../actions";

type Question = { id: string; text: string; statements: string[]; retired: boolean };

/** The session's questions in the order they will be asked, each movable and removable. */
export function SessionQuestionList({
  sessionId,
  questions,
  mayRun,
}: {
  sessionId: string;
  questions: Question[];
  mayRun: boolean;
}) {
  return (
    <ol className="mb-6 space-y-4">
      {questions.map((question, index) => (
        <li key={question.id} className="border-b border-gray-300 pb-4">
          <p className="font-bold">
            {index + 1}. {question.text}
          </p>
          <p className="text-base text-gray-700">
            {question.statements.join("; ")}
            {question.retired ? " (retired from the bank; kept here)" : ""}
          </p>
          {mayRun ? (
            <div className="mt-2 flex flex-wrap gap-4">
              {index > 0 ? (
                <SmallActionForm
                  action={moveQuestionAction}
                  fields={{ sessionId, questionId: question.id, direction: "up" }}
                  label="Move up"
                  target={`question ${index + 1}`}
                />
              ) : null}
              {index < questions.length - 1 ? (
                <SmallActionForm
                  action={moveQuestionAction}
                  fields={{ sessionId, questionId: question.id, direction: "down" }}
                  label="Move down"
                  target={`question ${index + 1}`}
                />
              ) : null}
              <SmallActionForm
                action={removeQuestionAction}
                fields={{ sessionId, questionId: question.id }}
                label="Remove"
                target={`question ${index + 1}`}
              />
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
