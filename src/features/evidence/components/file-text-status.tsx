import { SmallActionForm } from "@/components/forms/small-action-form";
import { readFileAgainAction } from "../actions";

export type FileTextState = {
  id: string;
  textStatus: "queued" | "read" | "unreadable";
  textPages: number | null;
  textWords: number | null;
  textReason: string;
  textNote: string;
  reading: { pagesDone: number; pagesTotal: number | null } | null;
};

const count = (value: number, noun: string) => `${value.toLocaleString("en-GB")} ${noun}${value === 1 ? "" : "s"}`;

/** Whether search can find words inside the file yet: queued, reading (page n of m), read, or why not. */
export function FileTextStatus({
  file,
  fileName,
  mayRetry,
}: {
  file: FileTextState;
  fileName: string;
  mayRetry: boolean;
}) {
  if (file.textStatus === "queued") {
    if (file.reading?.pagesTotal) {
      return (
        <span>
          Reading: page {file.reading.pagesDone} of {file.reading.pagesTotal}
          <progress
            className="mt-1 block w-full"
            max={file.reading.pagesTotal}
            value={file.reading.pagesDone}
            aria-label="Pages read"
          />
        </span>
      );
    }
    return <span>{file.reading ? "Reading" : "Waiting to be read"}. Reload the page to see how it is going.</span>;
  }
  if (file.textStatus === "read") {
    const parts = [count(file.textWords ?? 0, "word"), file.textPages === null ? null : count(file.textPages, "page")];
    return (
      <span>
        Read: {parts.filter(Boolean).join(", ")}
        {file.textNote ? <span className="block text-base text-gray-700">{file.textNote}</span> : null}
      </span>
    );
  }
  return (
    <span>
      <strong>Could not be read:</strong> {file.textReason}
      {mayRetry ? (
        <span className="mt-2 block">
          <SmallActionForm
            action={readFileAgainAction}
            fields={{ fileId: file.id }}
            label="Try again"
            target={`to read ${fileName}`}
          />
        </span>
      ) : null}
    </span>
  );
}
