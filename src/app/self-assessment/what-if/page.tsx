import type { Metadata } from "next";
import Link from "next/link";
import { loadSelfAssessment } from "@/features/self-assessment/loaders";
import { WhatIf } from "@/features/self-assessment/components/what-if";
import { suggestedScoreFromCategories } from "@/features/rating/domain";

export const metadata: Metadata = { title: "What-if – Self-assessment" };

export default async function WhatIfPage() {
  const { themes, bands } = await loadSelfAssessment();
  const statements = themes.flatMap((theme) =>
    theme.statements.map(({ key, number, name, score, content }) => ({
      key,
      number,
      name,
      score,
      categoryPercent: suggestedScoreFromCategories(Object.values(content.categoryScores), bands)?.percent ?? null,
    })),
  );
  return (
    <>
      <Link href="/self-assessment" className="mb-6 inline-block">
        Back to the self-assessment
      </Link>
      <h1 className="mb-4 text-4xl font-bold">What-if: try different scores</h1>
      <p className="mb-8 max-w-3xl">
        Change any score to see how the indicative rating would move. This page saves nothing and needs JavaScript.
      </p>
      <noscript>
        <p className="mb-8 font-bold">
          This sandbox needs JavaScript. Your saved rating is on the self-assessment page.
        </p>
      </noscript>
      <WhatIf statements={statements} bands={bands} />
    </>
  );
}
