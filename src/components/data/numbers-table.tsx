import type { ReactNode } from "react";

/**
 * The numbers behind a chart, as a table: folded under a summary on screen, or laid out open
 * (`open`) where the page is printed. The first cell of each row is its heading.
 */
export function NumbersTable({
  caption,
  headings,
  rows,
  open = false,
}: {
  caption: string;
  headings: string[];
  rows: ReactNode[][];
  open?: boolean;
}) {
  const table = (
    <table className="mt-2 border-collapse text-left">
      <caption className={open ? "mb-2 text-left font-bold" : "sr-only"}>{caption}</caption>
      <thead>
        <tr className="border-b-2 border-gray-900">
          {headings.map((heading) => (
            <th key={heading} scope="col" className="py-1 pr-6 align-bottom">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex} className="border-b border-gray-300 align-top">
            {row.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row" className="py-1 pr-6 font-normal">
                  {cell}
                </th>
              ) : (
                <td key={index} className="py-1 pr-6">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (open) return <div className="mb-6 overflow-x-auto">{table}</div>;
  return (
    <details className="mb-6">
      <summary className="cursor-pointer underline">{caption}: the numbers as a table</summary>
      <div className="overflow-x-auto">{table}</div>
    </details>
  );
}
