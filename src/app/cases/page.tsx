import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/data/pagination";
import { loadCaseList } from "@/features/cases/loaders";
import { SampleForm } from "@/features/cases/components/sample-form";
import { SAMPLE_FORM_ID } from "@/features/cases/components/sample-form-id";
import { SampleProgress } from "@/features/cases/components/sample-progress";
import { SetUpCaseTrackingForm } from "@/features/cases/components/settings-forms";
import { STAGES, STAGE_LABELS } from "@/features/cases/domain";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { Button } from "@/components/forms/button";
import { Tag } from "@/components/data/tag";
import { formatDate } from "@/components/format/date";

export const metadata: Metadata = { title: "Cases" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const AUDIT_LABELS = { none: "Not audited", started: "Started", done: "Audited" } as const;
const LOG_LABELS = { draft: "Draft", submitted: "For sign-off", signed_off: "Signed off" } as const;

export default async function CasesPage({ searchParams }: Props) {
  const params = await searchParams;
  const { query, cohorts, teams, cases, total, pageSize, progress, setUp, may } = await loadCaseList(params);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const one = (name: string) => (typeof params[name] === "string" ? (params[name] as string) : undefined);
  const control = "mt-1 block w-full border-2 border-gray-900 p-2";
  return (
    <>
      {one("imported") !== undefined ? (
        <NotificationBanner>
          <p>
            {one("imported")} {one("imported") === "1" ? "case" : "cases"} imported
            {one("skipped") && one("skipped") !== "0"
              ? `; ${one("skipped")} already recorded and left as they were`
              : ""}
            {one("dropped") && one("dropped") !== "0" ? `; ${one("dropped")} rows with problems left out` : ""}.
          </p>
        </NotificationBanner>
      ) : null}
      {one("closed") ? (
        <NotificationBanner>
          <p>
            {one("closed") === "delete"
              ? `All ${one("count")} cases have been deleted.`
              : `All ${one("count")} cases have been anonymised.`}{" "}
            This is recorded in the audit log.
          </p>
        </NotificationBanner>
      ) : null}
      {one("saved") === "set-up" ? (
        <NotificationBanner>
          <p>Case tracking is set up with the standard cohorts and audit questions. Change them in the settings.</p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-4 text-4xl font-bold">Cases</h1>
      <p className="mb-6 max-w-3xl">
        The sample of people&apos;s journeys CQC may follow: recorded without names, by your case management
        system&apos;s reference. Every look at a case is recorded.
      </p>
      {!setUp ? (
        <div className="max-w-3xl">
          <p className="mb-4">
            Case tracking is not set up yet. It starts with the usual cohorts (hospital discharge, transitions, carers
            and others) and a standard case audit, which you can change.
          </p>
          {may.manage ? <SetUpCaseTrackingForm /> : <p>Your readiness lead can set it up.</p>}
        </div>
      ) : (
        <>
          <ul className="mb-8 flex flex-wrap gap-x-8 gap-y-2">
            {may.edit ? (
              <li>
                <Link href="/cases/new" className="font-bold">
                  Add a case
                </Link>
              </li>
            ) : null}
            {may.edit ? (
              <li>
                <Link href="/cases/import">Import cases</Link>
              </li>
            ) : null}
            <li>
              <Link href="/cases/timeliness">Timeliness</Link>
            </li>
            {may.manage ? (
              <li>
                <Link href="/cases/settings">Settings, export and closing down</Link>
              </li>
            ) : null}
          </ul>
          <SampleProgress progress={progress} />
          <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
            <form method="get" aria-labelledby="filter-heading" className="bg-gray-100 p-4">
              <h2 id="filter-heading" className="mb-4 text-xl font-bold">
                Filter
              </h2>
              <label htmlFor="q" className="block font-bold">
                Case reference
              </label>
              <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={control} />
              <label htmlFor="cohort" className="mt-4 block font-bold">
                Cohort
              </label>
              <select id="cohort" name="cohort" defaultValue={query.cohort ?? ""} className={control}>
                <option value="">All</option>
                {cohorts.map((cohort) => (
                  <option key={cohort.id} value={cohort.id}>
                    {cohort.name}
                  </option>
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
              <label htmlFor="stage" className="mt-4 block font-bold">
                Stage
              </label>
              <select id="stage" name="stage" defaultValue={query.stage ?? ""} className={control}>
                <option value="">All</option>
                {STAGES.map((stage) => (
                  <option key={stage} value={stage}>
                    {STAGE_LABELS[stage]}
                  </option>
                ))}
              </select>
              <label htmlFor="from" className="mt-4 block font-bold">
                First contact from
              </label>
              <input id="from" name="from" type="date" defaultValue={query.from ?? ""} className={control} />
              <label htmlFor="to" className="mt-4 block font-bold">
                First contact to
              </label>
              <input id="to" name="to" type="date" defaultValue={query.to ?? ""} className={control} />
              <Button variant="secondary" className="mt-6">
                Apply filters
              </Button>
              <p className="mt-4">
                <Link href="/cases">Clear filters</Link>
              </p>
            </form>
            <div>
              {may.edit && cases.length > 0 ? <SampleForm /> : null}
              {cases.length === 0 ? (
                <p className="text-lg">{total === 0 ? "No cases match these filters." : "No cases on this page."}</p>
              ) : (
                <table className="w-full border-collapse text-left">
                  <caption className="mb-2 text-left text-xl font-bold">{`${total} ${total === 1 ? "case" : "cases"}, page ${query.page} of ${pages}`}</caption>
                  <thead>
                    <tr className="border-b-2 border-gray-900">
                      {may.edit ? (
                        <th scope="col" className="py-2 pr-2">
                          <span className="sr-only">Tick</span>
                        </th>
                      ) : null}
                      <th scope="col" className="py-2 pr-4">
                        Case
                      </th>
                      <th scope="col" className="py-2 pr-4">
                        Cohort
                      </th>
                      <th scope="col" className="py-2 pr-4">
                        Team
                      </th>
                      <th scope="col" className="py-2 pr-4">
                        First contact
                      </th>
                      <th scope="col" className="py-2 pr-4">
                        Stage
                      </th>
                      <th scope="col" className="py-2">
                        Audit and log
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {cases.map((item) => (
                      <tr key={item.id} className="border-b border-gray-300 align-top">
                        {may.edit ? (
                          <td className="py-2 pr-2">
                            <input
                              type="checkbox"
                              name="caseIds"
                              value={item.id}
                              form={SAMPLE_FORM_ID}
                              id={`tick-${item.id}`}
                              aria-label={`Tick case ${item.reference}`}
                              className="size-6 accent-gray-900"
                            />
                          </td>
                        ) : null}
                        <td className="py-2 pr-4">
                          <Link href={`/cases/${item.id}`}>{item.reference}</Link>
                        </td>
                        <td className="py-2 pr-4">{item.cohort}</td>
                        <td className="py-2 pr-4">{item.team || "Not recorded"}</td>
                        <td className="py-2 pr-4">
                          {item.firstContactDate ? formatDate(item.firstContactDate) : "Not recorded"}
                        </td>
                        <td className="py-2 pr-4">
                          {item.stage === "none" ? (
                            "Not in sample"
                          ) : (
                            <Tag
                              tone={item.stage === "engaged" ? "green" : item.stage === "selected" ? "blue" : "grey"}
                            >
                              {STAGE_LABELS[item.stage]}
                            </Tag>
                          )}
                        </td>
                        <td className="py-2 text-base">
                          {AUDIT_LABELS[item.audit]}
                          {item.log ? <span className="block">Log: {LOG_LABELS[item.log]}</span> : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <Pagination path="/cases" query={query} page={query.page} pages={pages} />
            </div>
          </div>
        </>
      )}
    </>
  );
}
