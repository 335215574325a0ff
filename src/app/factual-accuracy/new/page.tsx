import type { Metadata } from "next";
import Link from "next/link";
import { loadNewPoint } from "@/features/factual-accuracy/loaders";
import { EvidenceFilter } from "@/features/factual-accuracy/components/evidence-filter";
import { PointForm } from "@/features/factual-accuracy/components/point-forms";

export const metadata: Metadata = { title: "Add a factual accuracy point" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function NewPointPage({ searchParams }: Props) {
  const { q: filter } = await searchParams;
  const { q, choices, limited, limit } = await loadNewPoint(filter);
  return (
    <>
      <Link href="/factual-accuracy" className="mb-6 inline-block">
        Back to the factual accuracy check
      </Link>
      <h1 className="mb-6 text-4xl font-bold">Add a factual accuracy point</h1>
      <EvidenceFilter q={q} limited={limited} limit={limit} />
      <PointForm choices={choices} />
    </>
  );
}
