import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "./button";
import { Select, type SelectOption } from "./select";
import { TextInput } from "./text-input";

/**
 * Filters for a long list, after MOJ Frontend's filter component: a GET form (so a filtered list
 * can be bookmarked and works without JavaScript), the filters in force shown first, each with a
 * link that removes it, then the fields, "Apply filters" and "Clear filters". Field ids are their
 * names, so labels and the address agree.
 */

export type FilterField =
  | { type: "search" | "text" | "date"; name: string; label: string }
  | {
      type: "select";
      name: string;
      label: string;
      options: SelectOption[];
      /** The label of the empty choice, "All" unless given; `null` for none. */
      all?: string | null;
    }
  | { type: "checkbox"; name: string; label: string; value: string };

export type FilterQuery = Readonly<Record<string, string | number | undefined>>;

/** The list's address with the given query, empty values left out. */
export function queryHref(path: string, query: FilterQuery): string {
  const params = new URLSearchParams(
    Object.entries(query)
      .map(([key, value]): [string, string] => [key, value === undefined ? "" : String(value)])
      .filter(([, value]) => value !== ""),
  );
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function valueOf(query: FilterQuery, name: string): string {
  const value = query[name];
  return value === undefined ? "" : String(value);
}

/** What each filter in force reads as, e.g. "Status: Draft". */
export function selectedFilters(fields: FilterField[], query: FilterQuery) {
  return fields.flatMap((field) => {
    const value = valueOf(query, field.name);
    if (!value) return [];
    if (field.type === "checkbox") return value === field.value ? [{ name: field.name, text: field.label }] : [];
    if (field.type === "select") {
      const option = field.options.find((choice) => choice.value === value);
      return option && option.value !== "" ? [{ name: field.name, text: `${field.label}: ${option.label}` }] : [];
    }
    return [{ name: field.name, text: `${field.label}: ${value}` }];
  });
}

function FilterFieldInput({ field, query, inline }: { field: FilterField; query: FilterQuery; inline?: boolean }) {
  const value = valueOf(query, field.name);
  const width = inline ? "" : "w-full";
  switch (field.type) {
    case "select":
      return (
        <Select
          name={field.name}
          label={field.label}
          defaultValue={value}
          className={width}
          options={field.all === null ? field.options : [{ value: "", label: field.all ?? "All" }, ...field.options]}
        />
      );
    case "checkbox":
      return (
        <div className="mb-6 flex items-start gap-3">
          <input
            id={field.name}
            name={field.name}
            type="checkbox"
            value={field.value}
            defaultChecked={value === field.value}
            className="mt-1 size-6 shrink-0 accent-ink"
          />
          <label htmlFor={field.name}>{field.label}</label>
        </div>
      );
    default:
      return (
        <TextInput
          name={field.name}
          label={field.label}
          type={field.type}
          defaultValue={value}
          widthClass={inline ? "max-w-xs" : "max-w-full"}
        />
      );
  }
}

export type FilterPanelProps = {
  /** The list's own address: "Clear filters" and each filter's remove link go back to it. */
  path: string;
  query: FilterQuery;
  fields: FilterField[];
  /** Kept as they are when filtering (a sort order). */
  hidden?: FilterQuery;
  /** Fields after the filters (a sort choice) that are not shown as filters in force. */
  extra?: FilterField[];
  /** The filtered list, beside the panel on wide screens and under it on narrow ones. */
  children: ReactNode;
};

export function FilterPanel({ path, query, fields, hidden = {}, extra = [], children }: FilterPanelProps) {
  const selected = selectedFilters(fields, query);
  const kept = Object.fromEntries([...fields, ...extra].map((field) => [field.name, query[field.name]]));
  return (
    <div className="grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
      <form method="get" action={path} aria-labelledby="filter-heading" className="min-w-0 self-start bg-gray-100 p-4">
        <h2 id="filter-heading" className="mb-4 text-xl font-bold">
          Filter
        </h2>
        {Object.entries(hidden).map(([name, value]) =>
          value === undefined ? null : <input key={name} type="hidden" name={name} value={String(value)} />,
        )}
        {selected.length > 0 ? (
          <div className="mb-6 border-b-2 border-gray-300 pb-4">
            <h3 className="mb-2 font-bold">Selected filters</h3>
            <ul className="mb-2 flex flex-wrap gap-2">
              {selected.map((filter) => (
                <li key={filter.name}>
                  <Link
                    href={queryHref(path, { ...hidden, ...kept, [filter.name]: undefined })}
                    className="inline-block border-2 border-ink bg-white px-2 py-1 text-base"
                  >
                    <span className="sr-only">Remove this filter: </span>
                    {filter.text}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {[...fields, ...extra].map((field) => (
          <FilterFieldInput key={field.name} field={field} query={query} />
        ))}
        <Button variant="secondary">Apply filters</Button>
        <p className="mt-4">
          <Link href={path}>Clear filters</Link>
        </p>
      </form>
      <div className="min-w-0">{children}</div>
    </div>
  );
}

/** A single row of choices above a short list (a team, a pair to compare), with its own button text. */
export function FilterBar({
  query,
  fields,
  submitLabel,
  plain = false,
  className = "mb-8",
}: {
  query: FilterQuery;
  fields: FilterField[];
  submitLabel: string;
  /** Without the grey panel, for choices that are part of the page's content (versions to compare). */
  plain?: boolean;
  /** Outer spacing. */
  className?: string;
}) {
  return (
    <form
      method="get"
      className={`flex flex-wrap items-end gap-x-4 ${plain ? "" : "bg-gray-100 px-4 pt-4"} ${className}`}
    >
      {fields.map((field) => (
        <div key={field.name} className="min-w-0 max-w-full">
          <FilterFieldInput field={field} query={query} inline />
        </div>
      ))}
      <Button variant="secondary" className="mb-6">
        {submitLabel}
      </Button>
    </form>
  );
}
