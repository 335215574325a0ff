import type { Metadata } from "next";
import Link from "next/link";
import { loadCycles } from "@/features/cycles/loaders";
import { CycleList } from "@/features/cycles/components/cycle-list";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { Button } from "@/components/forms/button";

export const metadata: Metadata = { title: "Assessment cycles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CyclesPage({ searchParams }: Props) {
  const query = await searchParams;
  const { cycles, statementNames, mayStart } = await loadCycles();
  const current = cycles[0]!;
  const started = typeof query.started === "string" ? cycles.find((cycle) => cycle.id === query.started) : undefined;
  return (
    <>
      {started ? (
        <NotificationBanner>
          <p>
            {started.name} started. Its self-assessment is a draft copy of the previous cycle&apos;s: review each
            statement and agree it again.
          </p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-4 text-4xl font-bold">Assessment cycles</h1>
      <p className="mb-4 max-w-3xl">
        Each cycle has its own self-assessment, snapshots, key dates and checklist. The newest cycle is the current one:
        the self-assessment, timeline and dashboard show it. Earlier cycles are kept as they were, to compare.
      </p>
      <p className="mb-8 text-lg">
        Current cycle: <strong>{current.name}</strong>.
      </p>
      <CycleList cycles={cycles} statementNames={statementNames} />
      {cycles.length > 1 ? (
        <form method="get" action="/cycles/compare" className="mb-8 flex flex-wrap items-end gap-4">
          {(["a", "b"] as const).map((name, index) => (
            <div key={name}>
              <label htmlFor={`cycle-${name}`} className="block font-bold">
                {index === 0 ? "Compare" : "with"}
              </label>
              <select
                id={`cycle-${name}`}
                name={name}
                defaultValue={cycles[index === 0 ? 1 : 0]!.id}
                className="border-2 border-gray-900 p-2"
              >
                {cycles.map((cycle) => (
                  <option key={cycle.id} value={cycle.id}>
                    {cycle.name}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <Button variant="secondary">Compare cycles</Button>
        </form>
      ) : null}
      {mayStart ? (
        <p>
          <Link href="/cycles/new" className="text-lg font-bold">
            Start a new cycle
          </Link>
        </p>
      ) : null}
    </>
  );
}
