import type { Metadata } from "next";
import Link from "next/link";
import { loadPreparationHome } from "@/features/preparation/loaders";
import { SessionsTable } from "@/features/preparation/components/sessions-table";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { FilterBar } from "@/components/forms/filter-panel";
import { PageHeading } from "@/components/layout/page-heading";

export const metadata: Metadata = { title: "Staff preparation" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PreparationPage({ searchParams }: Props) {
  const params = await searchParams;
  const { query, teams, questionCount, upcoming, past, seesAll, may } = await loadPreparationHome(params);
  const now = new Date();
  return (
    <>
      {params.saved === "cancelled" ? (
        <NotificationBanner>
          <p>The session has been cancelled.</p>
        </NotificationBanner>
      ) : null}
      <PageHeading
        description={
          <p>
            Workshops, mock interviews and briefings that help staff tell their own story to CQC and draw on the
            evidence. {seesAll ? "You see every team's sessions." : "You see the sessions you run."}
          </p>
        }
      >
        Staff preparation
      </PageHeading>
      <ul className="mb-8 flex flex-wrap gap-x-8 gap-y-2">
        {may.run ? (
          <li>
            <Link
              href="/preparation/sessions/new"
              className="inline-block bg-success px-4 py-2 font-bold text-white no-underline shadow-[0_2px_0_#002d18] hover:bg-green-900"
            >
              Plan a session
            </Link>
          </li>
        ) : null}
        <li className="self-center">
          <Link href="/preparation/questions">Question bank</Link> ({questionCount}{" "}
          {questionCount === 1 ? "question" : "questions"})
        </li>
        <li className="self-center">
          <Link href="/preparation/confidence">Staff confidence</Link>
        </li>
        <li className="self-center">
          <Link href="/good-practice">Good practice log</Link>
        </li>
      </ul>
      {questionCount === 0 && may.manageBank ? (
        <p className="mb-8 max-w-3xl">
          The question bank is empty. <Link href="/preparation/questions">Load the starting bank</Link> before planning
          a session.
        </p>
      ) : null}
      {teams.length > 1 ? (
        <FilterBar
          query={query}
          submitLabel="Show sessions"
          fields={[
            {
              type: "select",
              name: "team",
              label: "Team",
              all: "All teams",
              options: teams.map((team) => ({ value: team, label: team })),
            },
          ]}
        />
      ) : null}
      <h2 className="mb-2 text-2xl font-bold">Coming up</h2>
      {upcoming.length === 0 ? (
        <p className="mb-10">No sessions planned{query.team ? ` for ${query.team}` : ""}.</p>
      ) : (
        <SessionsTable caption={`${upcoming.length} planned`} rows={upcoming} showFacilitator={seesAll} now={now} />
      )}
      <h2 className="mb-2 text-2xl font-bold">Past sessions</h2>
      {past.length === 0 ? (
        <p>No past sessions yet.</p>
      ) : (
        <SessionsTable caption={`${past.length} held`} rows={past} showFacilitator={seesAll} now={now} />
      )}
    </>
  );
}
