import type { Metadata } from "next";
import Link from "next/link";
import { loadGoodPracticeList } from "@/features/good-practice/loaders";
import { GOOD_PRACTICE_KINDS, KIND_LABELS } from "@/features/good-practice/domain";
import { Pagination } from "@/components/data/pagination";
import { Tag } from "@/components/data/tag";
import { Button } from "@/components/forms/button";
import { formatDate } from "@/components/format/date";

export const metadata: Metadata = { title: "Good practice log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GoodPracticePage({ searchParams }: Props) {
  const { query, total, pageSize, entries, teams, themes, mayCreate } = await loadGoodPracticeList(await searchParams);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const control = "mt-1 block w-full border-2 border-gray-900 bg-white p-2";
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">Good practice log</h1>
      <p className="mb-4 max-w-3xl">
        Examples of good practice, and challenges, from across adult social care, recorded by the people who work there.
        They show CQC how the council knows what works and learns from what does not. The readiness team can add an
        entry to the evidence library.
      </p>
      {mayCreate ? (
        <p className="mb-8">
          <Link href="/good-practice/new" className="font-bold">
            Record good practice or a challenge
          </Link>
        </p>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <form method="get" aria-labelledby="filter-heading" className="self-start bg-gray-100 p-4">
          <h2 id="filter-heading" className="mb-4 text-xl font-bold">
            Filter
          </h2>
          <label htmlFor="kind" className="block font-bold">
            Good practice or challenge
          </label>
          <select id="kind" name="kind" defaultValue={query.kind ?? ""} className={control}>
            <option value="">Both</option>
            {GOOD_PRACTICE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
          <label htmlFor="statement" className="mt-4 block font-bold">
            Quality statement
          </label>
          <select id="statement" name="statement" defaultValue={query.statement ?? ""} className={control}>
            <option value="">All</option>
            {themes.map((theme) => (
              <optgroup key={theme.key} label={`Theme ${theme.number}: ${theme.name}`}>
                {theme.statements.map((statement) => (
                  <option key={statement.key} value={statement.key}>
                    {statement.number}. {statement.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <label htmlFor="team" className="mt-4 block font-bold">
            Team
          </label>
          <select id="team" name="team" defaultValue={query.team ?? ""} className={control}>
            <option value="">All</option>
            {teams.map((team) => (
              <option key={team} value={team}>
                {team}
              </option>
            ))}
          </select>
          <label htmlFor="converted" className="mt-4 block font-bold">
            Evidence library
          </label>
          <select id="converted" name="converted" defaultValue={query.converted ?? ""} className={control}>
            <option value="">All</option>
            <option value="yes">In the evidence library</option>
            <option value="no">Not yet in the evidence library</option>
          </select>
          <Button variant="secondary" className="mt-6">
            Apply filters
          </Button>
          <p className="mt-4">
            <Link href="/good-practice">Clear filters</Link>
          </p>
        </form>
        <div>
          {entries.length === 0 ? (
            <p className="text-lg">{total === 0 ? "No entries match these filters." : "No entries on this page."}</p>
          ) : (
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left text-xl font-bold">{`${total} ${total === 1 ? "entry" : "entries"}, page ${query.page} of ${pages}`}</caption>
              <thead>
                <tr className="border-b-2 border-gray-900">
                  <th scope="col" className="py-2 pr-4">
                    Title
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Type
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Team
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Quality statements
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Recorded by
                  </th>
                  <th scope="col" className="py-2">
                    Evidence library
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id} className="border-b border-gray-300 align-top">
                    <td className="py-2 pr-4">
                      <Link href={`/good-practice/${entry.id}`}>{entry.title}</Link>
                    </td>
                    <td className="py-2 pr-4">
                      <Tag tone={entry.kind === "challenge" ? "orange" : "green"}>{KIND_LABELS[entry.kind]}</Tag>
                    </td>
                    <td className="py-2 pr-4">{entry.team || "Not given"}</td>
                    <td className="py-2 pr-4 text-base">
                      {entry.statements.length ? (
                        <ul>
                          {entry.statements.map((statement) => (
                            <li key={statement}>{statement}</li>
                          ))}
                        </ul>
                      ) : (
                        "None chosen"
                      )}
                    </td>
                    <td className="py-2 pr-4">
                      {entry.author}
                      <span className="block text-base text-gray-700">{formatDate(entry.createdAt)}</span>
                    </td>
                    <td className="py-2">
                      {entry.evidenceItemId ? (
                        <>
                          <Tag tone="blue">In evidence library</Tag>
                          <Link href={`/evidence/${entry.evidenceItemId}`} className="mt-1 block text-base">
                            Evidence item<span className="sr-only"> for {entry.title}</span>
                          </Link>
                        </>
                      ) : (
                        "Not yet"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pagination path="/good-practice" query={query} page={query.page} pages={pages} />
        </div>
      </div>
    </>
  );
}
