import { Button } from "@/components/forms/button";

/**
 * Narrows the evidence offered on the point form by title. A plain GET form, so it works without
 * JavaScript; it reloads the page, so it sits above the point form and is used before writing.
 */
export function EvidenceFilter({ q, limited, limit }: { q: string | undefined; limited: boolean; limit: number }) {
  return (
    <form method="get" role="search" aria-label="Evidence" className="mb-8 max-w-3xl border-l-4 border-gray-300 pl-4">
      <label htmlFor="q" className="block font-bold">
        Find evidence by title
      </label>
      <p id="q-hint" className="text-base text-gray-700">
        The form below offers the {limit} most recently updated ready or approved items
        {q ? ` whose title contains "${q}"` : ""}. Filter before you write: filtering reloads the page.
        {limited ? " There are more: filter to find others." : ""}
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="q"
          name="q"
          defaultValue={q ?? ""}
          aria-describedby="q-hint"
          className="border-2 border-gray-900 bg-white p-2"
        />
        <Button variant="secondary">Filter evidence</Button>
      </div>
    </form>
  );
}
