import type { Metadata } from "next";
import Link from "next/link";
import { FilterBar } from "@/components/forms/filter-panel";
import { loadConfidencePage } from "@/features/pulse/loaders";
import { TeamConfidence } from "@/features/pulse/components/team-confidence";
import { MIN_GROUP } from "@/features/pulse/domain";

export const metadata: Metadata = { title: "Staff confidence" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ConfidencePage({ searchParams }: Props) {
  const { teams, team, seesAll, themes, results } = await loadConfidencePage(await searchParams);
  return (
    <>
      <Link href="/preparation" className="mb-6 inline-block">
        Back to staff preparation
      </Link>
      <h1 className="mb-4 text-4xl font-bold">Staff confidence</h1>
      <div className="mb-8 max-w-3xl space-y-4">
        <p>
          {seesAll
            ? "From the confidence pulses of every preparation session."
            : "From the confidence pulses of the sessions you run."}{" "}
          Before and after a session, staff say how confident they feel talking about their work under each of
          CQC&apos;s themes, from 1 (not at all confident) to 5 (very confident).
        </p>
        <p>
          &ldquo;Confident&rdquo; is the share of scores of 4 or 5, &ldquo;in the middle&rdquo; the share of 3, and the
          mean is the average score. Months are those in which the sessions were held. These figures measure how staff
          feel, not how they would do in an interview with CQC.
        </p>
        <p>
          Answers are anonymous. Figures for fewer than {MIN_GROUP} answers are hidden, and so is a larger group when
          the hidden answers could otherwise be worked out from the totals, so that no one can be identified.
        </p>
      </div>
      {teams.length > 1 || team ? (
        <FilterBar
          query={{ team }}
          submitLabel="Show results"
          className="mb-10"
          fields={[
            {
              type: "select",
              name: "team",
              label: "Team",
              all: "All teams",
              options: teams.map((name) => ({ value: name, label: name || "No team recorded" })),
            },
          ]}
        />
      ) : null}
      {results.length === 0 ? (
        <p className="max-w-3xl">
          No pulse answers yet{team ? ` for ${team}` : ""}. Create a pulse link from a session&apos;s page and share it
          with staff before and after the session.
        </p>
      ) : (
        results.map((result, index) => (
          <TeamConfidence key={result.team} result={result} themes={themes} index={index} />
        ))
      )}
    </>
  );
}
