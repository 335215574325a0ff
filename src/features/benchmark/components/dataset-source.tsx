import { formatDate } from "@/components/format/date";
import type { BenchmarkPage } from "../loaders";

/** Which version of the published outcomes the figures use, and where it comes from. */
export function DatasetSource({ set }: { set: NonNullable<BenchmarkPage["set"]> }) {
  return (
    <section aria-labelledby="source-heading" className="mb-12 border-t-2 border-gray-300 pt-4">
      <h2 id="source-heading" className="mb-2 text-2xl font-bold">
        About these figures
      </h2>
      <dl className="grid max-w-4xl gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">Version</dt>
        <dd>
          {set.version} ({set.councils} councils;{" "}
          {set.origin === "bundled"
            ? "comes with this service"
            : `imported${set.fileName ? ` from ${set.fileName}` : ""} by an administrator`}
          , loaded {formatDate(set.loadedAt)})
        </dd>
        <dt className="font-bold">Source</dt>
        <dd>{set.source}</dd>
        {set.notes.map((note, index) => (
          <div key={index} className="contents">
            <dt className="font-bold">{index === 0 ? "About the data" : "Region and type"}</dt>
            <dd>{note}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 max-w-3xl text-base text-gray-700">
        Published percentages are kept only where a source showed them; none is worked out into the data. Our own
        position uses our indicative rating, which only the Care Quality Commission can confirm.
      </p>
    </section>
  );
}
