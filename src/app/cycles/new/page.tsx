import type { Metadata } from "next";
import Link from "next/link";
import { loadStartCycle } from "@/features/self-assessment/loaders";
import { StartCycleForm } from "@/features/self-assessment/components/start-cycle-form";

export const metadata: Metadata = { title: "Start a new cycle – Assessment cycles" };

export default async function StartCyclePage() {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
  const { current, themes, suggestedName } = await loadStartCycle(today);
  return (
    <>
      <Link href="/cycles" className="mb-6 inline-block">
        Back to the cycles
      </Link>
      <h1 className="mb-4 text-4xl font-bold">Start a new cycle</h1>
      <div className="mb-8 max-w-3xl space-y-2">
        <p>
          The new cycle starts from <strong>{current.name}</strong>: every statement&apos;s text and scores are carried
          forward as a draft, and agreed statements go back to &quot;in progress&quot; to be reviewed and agreed again.
        </p>
        <p>
          {current.name} is kept as it is, with its history, snapshots and key dates. The new cycle starts with no key
          dates and an empty checklist.
        </p>
      </div>
      <StartCycleForm fromCycleId={current.id} themes={themes} today={today} suggestedName={suggestedName} />
    </>
  );
}
