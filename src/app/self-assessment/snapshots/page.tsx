import type { Metadata } from "next";
import Link from "next/link";
import { loadSnapshots } from "@/features/self-assessment/loaders";
import { SnapshotForm } from "@/features/self-assessment/components/snapshot-form";
import { SnapshotComparison } from "@/features/self-assessment/components/snapshot-comparison";
import { formatDate } from "@/components/format/date";
import { FilterBar } from "@/components/forms/filter-panel";
import { Table } from "@/components/data/table";

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
          <Table
            caption={`${snapshots.length} snapshots, newest first`}
            className="mb-8"
            rows={snapshots}
            rowKey={(snapshot) => snapshot.id}
            columns={[
              { header: "Name", rowHeader: true, cell: (snapshot) => snapshot.name },
              { header: "Date", cell: (snapshot) => formatDate(snapshot.takenOn) },
              {
                header: "Indicative rating",
                cell: (snapshot) =>
                  snapshot.rating.kind === "complete"
                    ? `${snapshot.rating.rating}, ${snapshot.rating.percent}%`
                    : `No rating (${snapshot.rating.unscored} unscored)`,
              },
              { header: "Taken by", cell: (snapshot) => snapshot.createdBy },
            ]}
          />
          {snapshots.length > 1 ? (
            <FilterBar
              submitLabel="Compare snapshots"
              plain
              query={{ a: query.a ?? snapshots[1]?.id, b: query.b ?? snapshots[0]?.id }}
              fields={(["a", "b"] as const).map((name, index) => ({
                type: "select",
                name,
                label: index === 0 ? "Compare" : "with",
                all: null,
                options: snapshots.map((snapshot) => ({
                  value: snapshot.id,
                  label: `${snapshot.name} (${formatDate(snapshot.takenOn)})`,
                })),
              }))}
            />
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
