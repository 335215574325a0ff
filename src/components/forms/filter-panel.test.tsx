import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FilterPanel, queryHref, selectedFilters, type FilterField } from "./filter-panel";

const fields: FilterField[] = [
  { type: "search", name: "q", label: "Search" },
  {
    type: "select",
    name: "status",
    label: "Status",
    options: [
      { value: "draft", label: "Draft" },
      { value: "ready", label: "Ready" },
    ],
  },
  { type: "checkbox", name: "mine", label: "Only evidence I own", value: "1" },
];

describe("FilterPanel", () => {
  it("shows the filters in force, each with a link that removes only that one", () => {
    const query = { q: "carer", status: "ready", mine: "1", page: 3, sort: "title" };
    expect(selectedFilters(fields, query).map((filter) => filter.text)).toEqual([
      "Search: carer",
      "Status: Ready",
      "Only evidence I own",
    ]);
    const html = renderToStaticMarkup(
      <FilterPanel path="/evidence" query={query} fields={fields} hidden={{ sort: "title" }}>
        <p>results</p>
      </FilterPanel>,
    );
    expect(html).toMatch(/<form[^>]* action="\/evidence" method="get"/);
    expect(html).toContain('<input type="hidden" name="sort" value="title"/>');
    // Removing a filter keeps the others and the sort, and goes back to the first page.
    expect(html).toContain('href="/evidence?sort=title&amp;q=carer&amp;mine=1"');
    expect(html).toContain('<select id="status" name="status"');
    expect(html).toContain("Apply filters");
    expect(html).toContain('<a href="/evidence">Clear filters</a>');
  });

  it("shows no selected filters when none is in force and ignores unknown values", () => {
    expect(selectedFilters(fields, { status: "nonsense", mine: "0" })).toEqual([]);
    const html = renderToStaticMarkup(
      <FilterPanel path="/evidence" query={{}} fields={fields}>
        <p>results</p>
      </FilterPanel>,
    );
    expect(html).not.toContain("Selected filters");
  });

  it("writes addresses without empty values", () => {
    expect(queryHref("/cases", { q: "", team: "North", page: undefined })).toBe("/cases?team=North");
    expect(queryHref("/cases", {})).toBe("/cases");
  });
});
