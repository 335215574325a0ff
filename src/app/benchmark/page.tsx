import type { Metadata } from "next";
import Link from "next/link";
import { loadBenchmark } from "@/features/benchmark/loaders";
import { BenchmarkFilters } from "@/features/benchmark/components/benchmark-filters";
import { BenchmarkReport, describeChosen } from "@/features/benchmark/components/benchmark-report";

export const metadata: Metadata = { title: "Benchmark" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** How we compare with every council CQC has assessed. The council's own CQC scores join here once recorded. */
export default async function BenchmarkPage({ searchParams }: Props) {
  const params = await searchParams;
  const page = await loadBenchmark(params);
  const printQuery = new URLSearchParams([
    ...page.query.region.map((region) => ["region", region]),
    ...page.query.type.map((type) => ["type", type]),
  ]).toString();
  return (
    <>
      <h1 className="mb-2 text-4xl font-bold">How we compare</h1>
      <p className="mb-2 text-lg">
        {page.councilName} against the outcomes CQC has published for other councils. {describeChosen(page)}
      </p>
      <p className="mb-8 print:hidden">
        <Link href={`/benchmark/print${printQuery ? `?${printQuery}` : ""}`}>Print view</Link>
        {page.may.import ? (
          <>
            {" · "}
            <Link href="/benchmark/import">Import newer published outcomes</Link>
          </>
        ) : null}
      </p>
      <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
        <BenchmarkFilters query={page.query} regions={page.regions} types={page.types} />
        <div className="min-w-0">
          <BenchmarkReport page={page} />
        </div>
      </div>
    </>
  );
}
