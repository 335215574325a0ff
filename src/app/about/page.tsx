import type { Metadata } from "next";
import { loadAttributions } from "@/features/framework/loaders";

export const metadata: Metadata = { title: "About this service" };
export const dynamic = "force-dynamic";

// Public: the source and licence of the framework texts must be shown to anyone who sees them.
export default async function AboutPage() {
  const attributions = await loadAttributions();
  return (
    <>
      <h1 className="mb-6 text-4xl font-bold">About this service</h1>
      <div className="max-w-3xl space-y-4">
        <p>
          This service helps a council&apos;s adult social care department prepare for the Care Quality
          Commission&apos;s assessment of how it meets its duties under the Care Act 2014: the self-assessment,
          evidence, the information return, case tracking, staff preparation and the on-site visit, in one place.
        </p>
        <p>Ratings shown in this service are indicative. Only CQC awards a rating.</p>
        <h2 className="pt-4 text-2xl font-bold">Sources and licences</h2>
        {attributions.map((attribution) => (
          <div key={`${attribution.name}-${attribution.version}`} className="space-y-2">
            <p>
              <strong>{attribution.name}</strong> (version {attribution.version}).
            </p>
            <p>Source: {attribution.source}.</p>
            <p>{attribution.licence}</p>
          </div>
        ))}
      </div>
    </>
  );
}
