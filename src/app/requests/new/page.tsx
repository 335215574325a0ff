import type { Metadata } from "next";
import Link from "next/link";
import { loadNewRequestForm } from "@/features/evidence-requests/loaders";
import { RequestForm } from "@/features/evidence-requests/components/request-form";

export const metadata: Metadata = { title: "Ask for evidence" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function NewRequestPage({ searchParams }: Props) {
  const form = await loadNewRequestForm(await searchParams);
  return (
    <>
      <Link href="/requests" className="mb-6 inline-block">
        Back to evidence requests
      </Link>
      <h1 className="mb-6 text-4xl font-bold">Ask for evidence</h1>
      <RequestForm {...form} />
    </>
  );
}
