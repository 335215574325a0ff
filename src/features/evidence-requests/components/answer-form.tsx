import { Button } from "@/components/forms/button";
import { ACCEPTED_DESCRIPTION } from "@/lib/uploads/file-type";

const ERRORS: Record<string, string> = {
  title: "Enter a title for the evidence (200 characters or fewer), then choose the file again.",
  too_large: "The file is too large. Make it smaller, or split it, and upload it again.",
  wrong_type: `That file's content is not a type we accept (${ACCEPTED_DESCRIPTION}). Renaming a file does not change its type.`,
  no_file: "Choose a file to upload. Empty files cannot be uploaded.",
  not_multipart: "Choose a file to upload.",
  closed: "This request has already been answered, declined or withdrawn, so nothing was uploaded.",
};

/**
 * Upload evidence in answer to a request: a plain multipart form, so it works before or without
 * JavaScript. After a refusal the page comes back with the title, note and personal-data box as
 * they were (kept in cookies for the page by the route, never in the address).
 */
export function AnswerForm({
  requestId,
  maxMb,
  error,
  title,
  note,
  containsPersonalData,
}: {
  requestId: string;
  maxMb: number;
  error?: string;
  title?: string;
  note?: string;
  containsPersonalData?: boolean;
}) {
  return (
    <>
      {error ? (
        <div
          role="alert"
          aria-labelledby="answer-error-title"
          className="mb-6 max-w-3xl border-4 border-[var(--color-error)] p-4"
        >
          <h3 id="answer-error-title" className="text-xl font-bold">
            Your evidence was not uploaded
          </h3>
          <p>
            <a
              href={error === "title" ? "#answer-title" : "#answer-file"}
              className="font-bold text-error visited:text-error"
            >
              {ERRORS[error] ?? ERRORS.no_file}
            </a>
          </p>
        </div>
      ) : null}
      <form
        method="post"
        action={`/api/uploads/requests/${requestId}`}
        encType="multipart/form-data"
        className="max-w-3xl"
      >
        <div className="mb-6">
          <label htmlFor="answer-title" className="block font-bold">
            Title
          </label>
          <p id="answer-title-hint" className="text-gray-700">
            What the document is, for example &ldquo;Carers assessment audit, Q2 2026&rdquo;.
          </p>
          <input
            id="answer-title"
            name="title"
            required
            maxLength={200}
            defaultValue={title}
            aria-describedby="answer-title-hint"
            className="mt-1 block w-full max-w-xl border-2 border-ink p-2"
          />
        </div>
        <div className="mb-6">
          <label htmlFor="answer-note" className="block font-bold">
            Note (optional)
          </label>
          <p id="answer-note-hint" className="text-gray-700">
            Where the key points are, or anything the readiness team should know.
          </p>
          <textarea
            id="answer-note"
            name="note"
            rows={3}
            maxLength={1000}
            defaultValue={note}
            aria-describedby="answer-note-hint"
            className="mt-1 block w-full border-2 border-ink p-2"
          />
        </div>
        <div className="mb-6 flex items-start gap-2">
          <input
            id="answer-personal"
            name="containsPersonalData"
            type="checkbox"
            value="yes"
            defaultChecked={containsPersonalData}
            className="mt-1 size-6"
          />
          <label htmlFor="answer-personal">
            It contains personal data (only roles allowed to see sensitive evidence will find it)
          </label>
        </div>
        <div className="mb-6">
          <label htmlFor="answer-file" className="block font-bold">
            File
          </label>
          <p id="answer-file-hint" className="text-gray-700">
            {ACCEPTED_DESCRIPTION}, up to {maxMb} MB.
          </p>
          {/* No `required`: the server reports a missing file in the summary above, not a browser bubble. */}
          <input id="answer-file" name="file" type="file" aria-describedby="answer-file-hint" className="mt-2 block" />
        </div>
        <Button>Upload evidence</Button>
      </form>
    </>
  );
}
