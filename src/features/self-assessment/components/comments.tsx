"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Textarea } from "@/components/forms/textarea";
import { formatDateTime } from "@/components/format/date";
import { addCommentAction } from "../actions";

type Comment = { id: string; body: string; author: string; createdAt: Date };

export function Comments({
  statementKey,
  comments,
  mayComment,
}: {
  statementKey: string;
  comments: Comment[];
  mayComment: boolean;
}) {
  const [state, formAction, pending] = useActionState(addCommentAction, idle);
  return (
    <section aria-labelledby="comments-heading" className="mt-12">
      <h2 id="comments-heading" className="mb-4 text-2xl font-bold">
        Comments ({comments.length})
      </h2>
      {comments.length === 0 ? <p className="mb-4 text-gray-700">No comments yet.</p> : null}
      <ol className="mb-6 space-y-4">
        {comments.map((comment) => (
          <li key={comment.id} className="border-l-4 border-gray-300 pl-4">
            <p className="text-base text-gray-700">
              {comment.author}, {formatDateTime(comment.createdAt)}
            </p>
            <p className="whitespace-pre-wrap">{comment.body}</p>
          </li>
        ))}
      </ol>
      {mayComment ? (
        <form key={state.status === "ok" ? comments.length : "comment"} action={formAction}>
          {state.status === "error" ? (
            <ErrorSummary formError={state.formError} fieldErrors={state.fieldErrors} errorId={state.errorId} />
          ) : null}
          <input type="hidden" name="statementKey" value={statementKey} />
          <Textarea
            id="body"
            name="body"
            label="Add a comment"
            rows={3}
            defaultValue={state.status === "error" ? state.values.body : ""}
            error={state.status === "error" ? state.fieldErrors.body : undefined}
          />
          <Button variant="secondary" pending={pending}>
            Add comment
          </Button>
        </form>
      ) : null}
    </section>
  );
}
