import type { Metadata } from "next";
import Link from "next/link";
import { loadSnapshots } from "@/features/self-assessment/loaders";
import { SnapshotForm } from "@/features/self-assessment/components/snapshot-form";
import { SnapshotComparison } from "@/features/self-assessment/components/snapshot-comparison";
import { formatDate } from "@/components/format/date";
import { Button } from "@/components/forms/button";

export const metadata: Metadata = { title: "Snapshots – Self-assessment" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function SnapshotsPage({ searchParams }: Props) {
  const query = await searchParams;
  const { snapshots, canCreate } = await loadSnapshots();
  const a = snapshots.find((snapshot) => snapshot.id === query.a);
  const b = snapshots.find((snapshot) => snapshot.id === query.b);
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
  return (
    <>
      <Link href="/self-assessment" className="mb-6 inline-block">
        Back to the self-assessment
      </Link>
      <h1 className="mb-4 text-4xl font-bold">Snapshots</h1>
      <p className="mb-8 max-w-3xl">
        A snapshot freezes the whole self-assessment and its rating under a name and date, so you can show how it has
        moved.
      </p>
      {snapshots.length === 0 ? (
        <p className="mb-8">No snapshots yet.</p>
      ) : (
        <>
          <table className="mb-8 w-full border-collapse text-left">
            <caption className="mb-2 text-left text-xl font-bold">{snapshots.length} snapshots, newest first</caption>
            <thead>
              <tr className="border-b-2 border-gray-900">
                <th scope="col" className="py-2 pr-4">
                  Name
                </th>
                <th scope="col" className="py-2 pr-4">
                  Date
                </th>
                <th scope="col" className="py-2 pr-4">
                  Indicative rating
                </th>
                <th scope="col" className="py-2">
                  Taken by
                </th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((snapshot) => (
                <tr key={snapshot.id} className="border-b border-gray-300">
                  <th scope="row" className="py-2 pr-4 font-bold">
                    {snapshot.name}
                  </th>
                  <td className="py-2 pr-4">{formatDate(snapshot.takenOn)}</td>
                  <td className="py-2 pr-4">
                    {snapshot.rating.kind === "complete"
                      ? `${snapshot.rating.rating}, ${snapshot.rating.percent}%`
                      : `No rating (${snapshot.rating.unscored} unscored)`}
                  </td>
                  <td className="py-2">{snapshot.createdBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {snapshots.length > 1 ? (
            <form method="get" className="mb-8 flex flex-wrap items-end gap-4">
              {(["a", "b"] as const).map((name, index) => (
                <div key={name}>
                  <label htmlFor={`snapshot-${name}`} className="block font-bold">
                    {index === 0 ? "Compare" : "with"}
                  </label>
                  <select
                    id={`snapshot-${name}`}
                    name={name}
                    defaultValue={query[name] ?? snapshots[index === 0 ? 1 : 0]?.id}
                    className="border-2 border-gray-900 p-2"
                  >
                    {snapshots.map((snapshot) => (
                      <option key={snapshot.id} value={snapshot.id}>
                        {snapshot.name} ({formatDate(snapshot.takenOn)})
                      </option>
                    ))}
                  </select>
                </div>
              ))}
              <Button variant="secondary">Compare snapshots</Button>
            </form>
          ) : null}
          {a && b ? <SnapshotComparison a={a} b={b} /> : null}
        </>
      )}
      {canCreate ? (
        <section aria-labelledby="new-snapshot" className="mt-12">
          <h2 id="new-snapshot" className="mb-4 text-2xl font-bold">
            Take a snapshot
          </h2>
          <SnapshotForm today={today} />
        </section>
      ) : null}
    </>
  );
}
