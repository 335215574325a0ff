import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { loadNewAction } from "@/features/improvement-plan/loaders";
import { ActionForm } from "@/features/improvement-plan/components/action-form";

export const metadata: Metadata = { title: "Add an action" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewActionPage({ searchParams }: Props) {
  const loaded = await loadNewAction(await searchParams);
  if (loaded.kind === "existing") redirect(`/improvement-plan/${loaded.existingActionId}?saved=exists`);
  const { themes, owners, sources, defaults } = loaded;
  return (
    <>
      <Link href="/improvement-plan" className="mb-6 inline-block">
        Back to the improvement plan
      </Link>
      <h1 className="mb-6 text-4xl font-bold">Add an action</h1>
      <ActionForm existing={null} defaults={defaults} themes={themes} owners={owners} sources={sources} />
    </>
  );
}
