import Link from "next/link";
import { useId, type ReactNode } from "react";

/**
 * Tables after GOV.UK's table component: a caption (shown or for screen readers only), column
 * headings with `scope="col"`, row headings with `scope="row"`, numbers right-aligned in tabular
 * figures, and optional sortable headings that are links (so sorting works without JavaScript)
 * with `aria-sort` on the sorted one. A wide table scrolls inside its own frame, never the page
 * (WCAG 1.4.10); the frame is a labelled, focusable region so keyboard users can scroll it too. It is
 * positioned, so visually hidden text in a cell (absolutely positioned) stays inside it instead of
 * widening the page.
 */

export type Column<Row> = {
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** Right-aligned, tabular figures (GOV.UK's numeric cells). */
  numeric?: boolean;
  /** This column's cells head their row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** Makes the heading a sort link; the key the address carries. */
  sortKey?: string;
  /** Extra classes on this column's cells (text size, wrapping). */
  className?: string;
  /** Classes that depend on the row (a gap shaded). */
  cellClassName?: (row: Row) => string | undefined;
  /** Extra classes on its heading (a width, which a fixed-layout table takes from the heading). */
  headerClassName?: string;
};

export type SortDirection = "ascending" | "descending";

export type TableSort = {
  key: string;
  direction: SortDirection;
  /** The address that sorts by a column in a direction (keeping the page's filters). */
  href: (key: string, direction: SortDirection) => string;
};

export type CaptionSize = "l" | "m" | "s" | "hidden";

const CAPTIONS: Record<CaptionSize, string> = {
  l: "mb-2 text-left text-xl font-bold",
  m: "mb-2 text-left font-bold",
  s: "mb-2 text-left",
  hidden: "sr-only",
};

/** Cell classes for tables that need their own body (merged cells, grouped rows). */
export const headCellClass = (numeric?: boolean) =>
  `border-b-2 border-ink py-2 pr-4 align-bottom last:pr-0 ${numeric ? "text-right" : ""}`;
export const cellClass = (numeric?: boolean) =>
  `border-b border-gray-300 py-2 pr-4 align-top last:pr-0 ${numeric ? "text-right tabular-nums" : ""}`;

export type TableFrameProps = {
  caption: ReactNode;
  captionSize?: CaptionSize;
  /** Classes on the frame (outer spacing). */
  className?: string;
  /** Classes on the table itself (text size, fixed layout). */
  tableClassName?: string;
  /** As wide as its content instead of the column (short tables of figures). */
  narrow?: boolean;
  children: ReactNode;
};

/** The frame, table and caption; the caller writes `<thead>` and `<tbody>`. */
export function TableFrame({
  caption,
  captionSize = "l",
  className,
  tableClassName,
  narrow,
  children,
}: TableFrameProps) {
  const captionId = useId();
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className={`relative max-w-full overflow-x-auto ${className ?? ""}`}
    >
      <table className={`${narrow ? "" : "w-full"} border-collapse text-left ${tableClassName ?? ""}`}>
        <caption id={captionId} className={CAPTIONS[captionSize]}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export type TableProps<Row> = Omit<TableFrameProps, "children"> & {
  /** `false` or `null` entries are left out, for columns only some readers see. */
  columns: (Column<Row> | false | null | undefined)[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  /** An id for a row, when something links to it. */
  rowId?: (row: Row) => string;
  sort?: TableSort;
  /** Said in one full-width row when there are no rows. */
  empty?: ReactNode;
  /** Rows after the data rows (totals), written by the caller. */
  footer?: ReactNode;
};

export function Table<Row>({
  columns: given,
  rows,
  rowKey,
  rowClassName,
  rowId,
  sort,
  empty,
  footer,
  ...frame
}: TableProps<Row>) {
  const columns = given.filter((column): column is Column<Row> => Boolean(column));
  return (
    <TableFrame {...frame}>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <HeaderCell key={index} column={column} sort={sort} />
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && empty ? (
          <tr>
            <td colSpan={columns.length} className={cellClass()}>
              {empty}
            </td>
          </tr>
        ) : null}
        {rows.map((row, rowIndex) => (
          <tr key={rowKey(row)} id={rowId?.(row)} className={rowClassName?.(row)}>
            {columns.map((column, index) => {
              const className = `${cellClass(column.numeric)} ${column.className ?? ""} ${column.cellClassName?.(row) ?? ""}`;
              return column.rowHeader ? (
                <th key={index} scope="row" className={className}>
                  {column.cell(row, rowIndex)}
                </th>
              ) : (
                <td key={index} className={className}>
                  {column.cell(row, rowIndex)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      {footer ? <tfoot>{footer}</tfoot> : null}
    </TableFrame>
  );
}

function HeaderCell<Row>({ column, sort }: { column: Column<Row>; sort?: TableSort }) {
  const sorted = sort && column.sortKey === sort.key ? sort.direction : undefined;
  return (
    <th
      scope="col"
      aria-sort={column.sortKey && sort ? (sorted ?? "none") : undefined}
      className={`${headCellClass(column.numeric)} ${column.headerClassName ?? ""}`}
    >
      {column.sortKey && sort ? (
        <Link href={sort.href(column.sortKey, sorted === "ascending" ? "descending" : "ascending")}>
          {column.header}
          {/* The arrow is decoration; aria-sort and the hidden words tell assistive technology the order. */}
          <span aria-hidden="true">{sorted === "ascending" ? " ▲" : sorted === "descending" ? " ▼" : ""}</span>
          <span className="sr-only">{sorted ? `, sorted ${sorted}; select to reverse` : ", sort by this column"}</span>
        </Link>
      ) : (
        column.header
      )}
    </th>
  );
}
