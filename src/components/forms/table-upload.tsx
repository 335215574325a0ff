import { Button } from "./button";
import { TABLE_UPLOAD_MESSAGES } from "@/lib/uploads/tabular";
import { ErrorMessage } from "./field-messages";

const messageFor = (error: string) =>
  TABLE_UPLOAD_MESSAGES[error as keyof typeof TABLE_UPLOAD_MESSAGES] ?? TABLE_UPLOAD_MESSAGES.unreadable;

/**
 * Why an uploaded spreadsheet was not read (the upload route redirects back with `?error=`), as an
 * error summary whose message links to the file field. The page's title says "Error:" too
 * (`errorTitle`). A missing file is reported here by the server, not by the browser's bubble.
 */
export function TableUploadError({ error, field }: { error: string | undefined; field: string }) {
  if (!error) return null;
  return (
    <div role="alert" aria-labelledby="import-error" className="mb-8 border-4 border-[var(--color-error)] p-4">
      <h2 id="import-error" className="text-xl font-bold">
        The file was not read
      </h2>
      <p>
        <a href={`#${field}`} className="font-bold text-error visited:text-error">
          {messageFor(error)}
        </a>
      </p>
    </div>
  );
}

/**
 * A plain multipart form posting one CSV or Excel file to an upload route, which checks every row
 * and redirects to the preview. Works without JavaScript.
 */
export function TableUploadForm({
  action,
  name,
  label,
  error,
}: {
  action: string;
  name: string;
  label: string;
  error?: string;
}) {
  return (
    <form method="post" action={action} encType="multipart/form-data" className="max-w-xl">
      <label htmlFor={name} className="block font-bold">
        {label}
      </label>
      <p id={`${name}-hint`} className="text-gray-700">
        CSV or Excel (.xlsx), up to 5 MB.
      </p>
      {error ? <ErrorMessage id={`${name}-error`}>{messageFor(error)}</ErrorMessage> : null}
      {/* No `required`: the server says what is missing in the error summary, not a browser bubble. */}
      <input
        id={name}
        name={name}
        type="file"
        accept=".csv,.xlsx"
        aria-describedby={error ? `${name}-hint ${name}-error` : `${name}-hint`}
        className="mt-2 block"
      />
      <Button className="mt-4">Check the file</Button>
    </form>
  );
}
