import type { Metadata } from "next";
import { loadFramework } from "@/features/framework/loaders";
import { FrameworkOverview } from "@/features/framework/components/framework-overview";

export const metadata: Metadata = { title: "The CQC framework" };

export default async function FrameworkPage() {
  const framework = await loadFramework();
  return (
    <>
      <h1 className="mb-6 text-4xl font-bold">The CQC framework</h1>
      <FrameworkOverview framework={framework} />
    </>
  );
}
