import type { ReactNode } from "react";
import { ImportConfirm } from "./import-confirm";
import { Table } from "../data/table";

type ImportAction = Parameters<typeof ImportConfirm>[0]["action"];

/**
 * What a checked import offers: with problems, nothing is imported until the person corrects the
 * file or chooses to leave those rows out; with none, one button; with nothing new, says so.
 */
export function ImportDecision({
  action,
  importId,
  importable,
  invalid,
  nothingNew = "There is nothing new to import.",
}: {
  action: ImportAction;
  importId: string;
  importable: number;
  invalid: number;
  nothingNew?: ReactNode;
}) {
  if (invalid > 0) {
    return (
      <div className="mb-6 max-w-3xl">
        <p className="mb-4">
          Nothing has been imported. Correct the rows below in your file and upload it again, or import only the valid
          rows and leave the others out.
        </p>
        <ImportConfirm action={action} importId={importId} valid={importable} invalid={invalid} />
      </div>
    );
  }
  if (importable > 0) {
    return (
      <div className="mb-6">
        <ImportConfirm action={action} importId={importId} valid={importable} invalid={0} />
      </div>
    );
  }
  return <p className="mb-6">{nothingNew}</p>;
}

export type PreviewRow = {
  line: number;
  errors: string[];
  /** The row's cells after its line number, one per column. */
  cells: ReactNode[];
  /** What the check says of a valid row: "Ready", or why it is left as it is. */
  status: ReactNode;
  /** Valid rows are listed in this order after the rows with problems (lower first). */
  order?: number;
};

/** The file's rows as read, rows with problems first, each with what the check found. */
export function ImportRowsTable({ columns, rows }: { columns: string[]; rows: PreviewRow[] }) {
  const ordered = [
    ...rows.filter((row) => row.errors.length > 0),
    ...rows.filter((row) => row.errors.length === 0).sort((a, b) => (a.order ?? 0) - (b.order ?? 0)),
  ];
  return (
    <Table
      caption="Rows, problems first"
      rows={ordered}
      rowKey={(row) => String(row.line)}
      columns={[
        { header: "Line", cell: (row) => row.line },
        ...columns.map((column, index) => ({
          header: column,
          className: "max-w-xl",
          cell: (row: (typeof ordered)[number]) => row.cells[index],
        })),
        {
          header: "Check",
          cell: (row) =>
            row.errors.length ? (
              <ul className="font-bold text-[var(--color-error)]">
                {row.errors.map((error) => (
                  <li key={error}>
                    <span className="sr-only">Problem: </span>
                    {error}
                  </li>
                ))}
              </ul>
            ) : (
              row.status
            ),
        },
      ]}
    />
  );
}
