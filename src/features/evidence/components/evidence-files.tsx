import { Button } from "@/components/forms/button";
import { formatDateTime } from "@/components/format/date";
import Link from "next/link";
import { ErrorMessage } from "@/components/forms/field-messages";
import { ACCEPTED_DESCRIPTION } from "@/lib/uploads/file-type";
import { FileTextStatus, type FileTextState } from "./file-text-status";
import { Table } from "@/components/data/table";

type File = FileTextState & {
  id: string;
  version: number;
  fileName: string;
  size: number;
  sha256: string;
  createdAt: Date;
  uploadedBy: string;
};

const UPLOAD_ERRORS: Record<string, string> = {
  too_large: "The file is too large. Make it smaller, or split it, and upload it again.",
  wrong_type: `That file's content is not a type we accept (${ACCEPTED_DESCRIPTION}). Renaming a file does not change its type.`,
  no_file: "Choose a file to upload. Empty files cannot be uploaded.",
  not_multipart: "Choose a file to upload.",
};

function size(bytes: number) {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The item's files, every version kept, and a plain upload form (no JavaScript needed). */
export function EvidenceFiles({
  itemId,
  files,
  mayUpload,
  uploaded,
  uploadError,
  sameAs,
  maxMb,
}: {
  itemId: string;
  files: File[];
  mayUpload: boolean;
  uploaded?: string;
  uploadError?: string;
  /** Another item that already holds the file just uploaded. */
  sameAs?: { id: string; title: string } | null;
  maxMb: number;
}) {
  return (
    <section aria-labelledby="files-heading" className="mb-10">
      <h2 id="files-heading" className="mb-4 text-2xl font-bold">
        Files
      </h2>
      {uploadError ? (
        <div
          role="alert"
          aria-labelledby="upload-error-title"
          className="mb-6 border-4 border-[var(--color-error)] p-4"
        >
          <h3 id="upload-error-title" className="text-xl font-bold">
            The file was not uploaded
          </h3>
          <p>
            <a href="#file" className="font-bold text-error visited:text-error">
              {UPLOAD_ERRORS[uploadError] ?? UPLOAD_ERRORS.no_file}
            </a>
          </p>
        </div>
      ) : null}
      {uploaded ? (
        <div role="status" className="mb-4">
          <p className="font-bold">File uploaded as version {uploaded}. Its text will be read for search.</p>
          {sameAs ? (
            <p>
              The same file is already in the library: <Link href={`/evidence/${sameAs.id}`}>{sameAs.title}</Link>.
            </p>
          ) : null}
        </div>
      ) : null}
      {files.length === 0 ? (
        <p className="mb-6">No files yet.</p>
      ) : (
        <Table
          caption="Files, newest version first"
          captionSize="hidden"
          className="mb-6"
          rows={files}
          rowKey={(file) => file.id}
          columns={[
            { header: "Version", cell: (file, index) => `${file.version}${index === 0 ? " (latest)" : ""}` },
            {
              header: "File",
              cell: (file) => (
                <>
                  <a href={`/api/evidence/${itemId}/files/${file.id}`} download>
                    {file.fileName}
                    <span className="sr-only">, version {file.version}</span>
                  </a>
                  <span className="block text-base text-gray-700">{size(file.size)}</span>
                </>
              ),
            },
            {
              header: "Uploaded",
              className: "text-base",
              cell: (file) => (
                <>
                  {file.uploadedBy}
                  <span className="block">{formatDateTime(file.createdAt)}</span>
                </>
              ),
            },
            {
              header: "Text for search",
              className: "text-base",
              cell: (file, index) =>
                index === 0 ? <FileTextStatus file={file} fileName={file.fileName} mayRetry={mayUpload} /> : "–",
            },
            { header: "SHA-256", className: "font-mono text-sm break-all", cell: (file) => file.sha256 },
          ]}
        />
      )}
      {mayUpload ? (
        <form
          method="post"
          action={`/api/uploads/evidence/${itemId}`}
          encType="multipart/form-data"
          className="max-w-xl"
        >
          <label htmlFor="file" className="block font-bold">
            {files.length ? "Upload a new version" : "Upload a file"}
          </label>
          <p id="file-hint" className="text-gray-700">
            {ACCEPTED_DESCRIPTION}, up to {maxMb} MB. Earlier versions are kept.
          </p>
          {uploadError ? (
            <ErrorMessage id="file-error">{UPLOAD_ERRORS[uploadError] ?? UPLOAD_ERRORS.no_file}</ErrorMessage>
          ) : null}
          {/* No `required`: the server reports a missing file in the summary above, not a browser bubble. */}
          <input
            id="file"
            name="file"
            type="file"
            aria-describedby={uploadError ? "file-hint file-error" : "file-hint"}
            className="mt-2 block"
          />
          <Button variant="secondary" className="mt-4">
            Upload file
          </Button>
        </form>
      ) : null}
    </section>
  );
}
