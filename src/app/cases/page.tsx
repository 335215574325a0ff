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
import { FilterPanel } from "@/components/forms/filter-panel";
import { Table } from "@/components/data/table";
import { PageHeading } from "@/components/layout/page-heading";
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
      <PageHeading
        description={
          <p>
            The sample of people&apos;s journeys CQC may follow: recorded without names, by your case management
            system&apos;s reference. Every look at a case is recorded.
          </p>
        }
        actions={
          setUp
            ? [
                may.edit && { href: "/cases/new", label: "Add a case", primary: true },
                may.edit && { href: "/cases/import", label: "Import cases" },
                { href: "/cases/timeliness", label: "Timeliness" },
                may.manage && { href: "/cases/settings", label: "Settings, export and closing down" },
              ]
            : []
        }
      >
        Cases
      </PageHeading>
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
          <SampleProgress progress={progress} />
          <FilterPanel
            path="/cases"
            query={query}
            fields={[
              { type: "search", name: "q", label: "Case reference" },
              {
                type: "select",
                name: "cohort",
                label: "Cohort",
                options: cohorts.map((cohort) => ({ value: cohort.id, label: cohort.name })),
              },
              {
                type: "select",
                name: "team",
                label: "Team",
                options: teams.map((team) => ({ value: team, label: team })),
              },
              {
                type: "select",
                name: "stage",
                label: "Stage",
                options: STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] })),
              },
              { type: "date", name: "from", label: "First contact from" },
              { type: "date", name: "to", label: "First contact to" },
            ]}
          >
            {may.edit && cases.length > 0 ? <SampleForm /> : null}
            {cases.length === 0 ? (
              <p className="text-lg">{total === 0 ? "No cases match these filters." : "No cases on this page."}</p>
            ) : (
              <Table
                caption={`${total} ${total === 1 ? "case" : "cases"}, page ${query.page} of ${pages}`}
                rows={cases}
                rowKey={(item) => item.id}
                columns={[
                  ...(may.edit
                    ? [
                        {
                          header: <span className="sr-only">Tick</span>,
                          cell: (item: (typeof cases)[number]) => (
                            <input
                              type="checkbox"
                              name="caseIds"
                              value={item.id}
                              form={SAMPLE_FORM_ID}
                              id={`tick-${item.id}`}
                              aria-label={`Tick case ${item.reference}`}
                              className="size-6 accent-gray-900"
                            />
                          ),
                        },
                      ]
                    : []),
                  { header: "Case", cell: (item) => <Link href={`/cases/${item.id}`}>{item.reference}</Link> },
                  { header: "Cohort", cell: (item) => item.cohort },
                  { header: "Team", cell: (item) => item.team || "Not recorded" },
                  {
                    header: "First contact",
                    cell: (item) => (item.firstContactDate ? formatDate(item.firstContactDate) : "Not recorded"),
                  },
                  {
                    header: "Stage",
                    cell: (item) =>
                      item.stage === "none" ? (
                        "Not in sample"
                      ) : (
                        <Tag tone={item.stage === "engaged" ? "green" : item.stage === "selected" ? "blue" : "grey"}>
                          {STAGE_LABELS[item.stage]}
                        </Tag>
                      ),
                  },
                  {
                    header: "Audit and log",
                    className: "text-base",
                    cell: (item) => (
                      <>
                        {AUDIT_LABELS[item.audit]}
                        {item.log ? <span className="block">Log: {LOG_LABELS[item.log]}</span> : null}
                      </>
                    ),
                  },
                ]}
              />
            )}
            <Pagination path="/cases" query={query} page={query.page} pages={pages} />
          </FilterPanel>
        </>
      )}
    </>
  );
}
