import type { Metadata } from "next";
import Link from "next/link";
import { loadBenchmark } from "@/features/benchmark/loaders";
import { BenchmarkReport, describeChosen } from "@/features/benchmark/components/benchmark-report";
import { formatDate } from "@/components/format/date";

export const metadata: Metadata = { title: "Print – Benchmark" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The benchmark laid out to print for a board paper: no filters, every table open beside its chart.
export default async function BenchmarkPrintPage({ searchParams }: Props) {
  const page = await loadBenchmark(await searchParams);
  return (
    <article>
      <p className="mb-6 print:hidden">
        <Link href="/benchmark">Back to the benchmark</Link>. Use your browser&apos;s print command to print this page
        or save it as a PDF.
      </p>
      <h1 className="mb-2 text-4xl font-bold">{page.councilName}: how we compare with published CQC outcomes</h1>
      <p className="mb-8 text-lg">
        Printed {formatDate(new Date())}. {describeChosen(page)}
      </p>
      <BenchmarkReport page={page} printing />
    </article>
  );
}
