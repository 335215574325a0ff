import type { Metadata } from "next";
import Link from "next/link";
import { loadSelfAssessment } from "@/features/self-assessment/loaders";
import { RatingSummary } from "@/features/self-assessment/components/rating-summary";
import { StatementTaskList } from "@/features/self-assessment/components/statement-task-list";

export const metadata: Metadata = { title: "Self-assessment" };

export default async function SelfAssessmentPage() {
  const { themes, rating, notAgreed, cycle } = await loadSelfAssessment();
  const statements = themes.flatMap((theme) => theme.statements);
  const agreed = statements.filter((statement) => statement.status === "agreed").length;
  return (
    <>
      <h1 className="mb-2 text-4xl font-bold">Self-assessment</h1>
      <p className="mb-8 text-lg">
        {cycle.name}: {agreed} of {statements.length} quality statements agreed. <Link href="/cycles">All cycles</Link>
      </p>
      <RatingSummary rating={rating} notAgreed={notAgreed} />
      <ul className="mb-10 flex flex-wrap gap-x-8 gap-y-2">
        <li>
          <Link href="/self-assessment/what-if">Try different scores (what-if)</Link>
        </li>
        <li>
          <Link href="/self-assessment/snapshots">Snapshots</Link>
        </li>
        <li>
          <Link href="/cycles">Assessment cycles: start one or compare two</Link>
        </li>
        <li>
          <Link href="/self-assessment/print">Print the whole self-assessment</Link>
        </li>
      </ul>
      <StatementTaskList themes={themes} />
    </>
  );
}
