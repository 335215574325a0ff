import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Table, type Column } from "./table";

type Row = { id: string; name: string; count: number };
const rows: Row[] = [
  { id: "a", name: "Assessing needs", count: 3 },
  { id: "b", name: "Safeguarding", count: 12 },
];
const columns: Column<Row>[] = [
  { header: "Statement", cell: (row) => row.name, rowHeader: true, sortKey: "name" },
  { header: "Items", cell: (row) => row.count, numeric: true, sortKey: "count" },
];

describe("Table", () => {
  it("names the table by its caption and scopes its headings", () => {
    const html = renderToStaticMarkup(
      <Table caption="2 statements" columns={columns} rows={rows} rowKey={(row) => row.id} />,
    );
    expect(html).toMatch(/<caption id="([^"]+)"[^>]*>2 statements<\/caption>/);
    const captionId = /<caption id="([^"]+)"/.exec(html)![1];
    // The frame scrolls inside itself, is reachable from the keyboard and named by the caption.
    expect(html).toContain(`role="region" aria-labelledby="${captionId}" tabindex="0"`);
    expect(html).toContain("overflow-x-auto");
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html).toMatch(/<th scope="row"[^>]*>Assessing needs<\/th>/);
    expect(html).toMatch(/<td class="[^"]*text-right tabular-nums[^"]*">12<\/td>/);
    expect(html).not.toContain("aria-sort");
  });

  it("makes sortable headings links that reverse the current order, with aria-sort on the sorted one", () => {
    const html = renderToStaticMarkup(
      <Table
        caption="2 statements"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        sort={{ key: "count", direction: "descending", href: (key, direction) => `/list?sort=${key}&dir=${direction}` }}
      />,
    );
    expect(html).toMatch(/aria-sort="none"[^>]*><a href="\/list\?sort=name&amp;dir=ascending">Statement/);
    expect(html).toMatch(/aria-sort="descending"[^>]*><a href="\/list\?sort=count&amp;dir=ascending">Items/);
  });
});
