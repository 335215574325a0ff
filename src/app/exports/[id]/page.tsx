import type { Metadata } from "next";
import Link from "next/link";
import { loadExport } from "@/features/exports/loaders";
import { ExportProgress } from "@/features/exports/components/export-progress";

export const metadata: Metadata = { title: "Your export" };

type Props = { params: Promise<{ id: string }> };

export default async function ExportPage({ params }: Props) {
  const { id } = await params;
  const item = await loadExport(id);
  const heading = item.name.charAt(0).toUpperCase() + item.name.slice(1);
  return (
    <>
      <p className="mb-4">
        <Link href={item.startedFrom.href}>Back to {item.startedFrom.name}</Link>
      </p>
      <h1 className="mb-6 text-4xl font-bold">{heading}</h1>
      <ExportProgress item={item} />
    </>
  );
}
