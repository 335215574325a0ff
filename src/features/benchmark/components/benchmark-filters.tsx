import { Button } from "@/components/forms/button";
import Link from "next/link";
import type { BenchmarkPage } from "../loaders";

type Props = Pick<BenchmarkPage, "query" | "regions" | "types">;

const slug = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, "-");

function Options({
  name,
  legend,
  options,
  chosen,
}: {
  name: "region" | "type";
  legend: string;
  options: { value: string; councils: number }[];
  chosen: readonly string[];
}) {
  return (
    <fieldset className="mb-6">
      <legend className="mb-2 font-bold">{legend}</legend>
      <div className="space-y-2">
        {options.map((option) => (
          <div key={option.value} className="flex items-start gap-2">
            <input
              type="checkbox"
              id={`${name}-${slug(option.value)}`}
              name={name}
              value={option.value}
              defaultChecked={chosen.includes(option.value)}
              className="mt-1 size-5"
            />
            <label htmlFor={`${name}-${slug(option.value)}`}>
              {option.value} <span className="text-gray-700">({option.councils})</span>
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** "Councils like us": a plain GET form, so a filtered view is a link anyone can share or print. */
export function BenchmarkFilters({ query, regions, types }: Props) {
  return (
    <form method="get" aria-labelledby="filter-heading" className="self-start bg-gray-100 p-4 print:hidden">
      <h2 id="filter-heading" className="mb-2 text-xl font-bold">
        Councils like us
      </h2>
      <p className="mb-4 text-base">Compare with councils in any of the chosen regions and of any chosen type.</p>
      <Options name="region" legend="Region" options={regions} chosen={query.region} />
      <Options name="type" legend="Type of council" options={types} chosen={query.type} />
      <Button variant="secondary">Apply filters</Button>
      <p className="mt-4">
        <Link href="/benchmark">Clear filters</Link>
      </p>
    </form>
  );
}
