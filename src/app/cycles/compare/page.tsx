import type { Metadata } from "next";
import Link from "next/link";
import { loadCycleComparison } from "@/features/self-assessment/loaders";
import { SnapshotComparison } from "@/features/self-assessment/components/snapshot-comparison";

export const metadata: Metadata = { title: "Compare cycles – Assessment cycles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CompareCyclesPage({ searchParams }: Props) {
  const comparison = await loadCycleComparison(await searchParams);
  return (
    <>
      <Link href="/cycles" className="mb-6 inline-block">
        Back to the cycles
      </Link>
      <h1 className="mb-4 text-4xl font-bold">Compare cycles</h1>
      {comparison ? (
        <SnapshotComparison a={comparison.a} b={comparison.b} />
      ) : (
        <p className="text-lg">Those cycles were not found. Go back to the cycles and choose two to compare.</p>
      )}
    </>
  );
}
