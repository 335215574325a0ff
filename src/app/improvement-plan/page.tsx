import type { Metadata } from "next";
import Link from "next/link";
import { loadImprovementPlan } from "@/features/improvement-plan/loaders";
import { PlanTable } from "@/features/improvement-plan/components/plan-table";
import { ACTION_STATUSES, RAGS, RAG_LABELS, STATUS_LABELS, dueLabel } from "@/features/improvement-plan/domain";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { statementOptions } from "@/components/forms/statement-options";
import { FilterPanel } from "@/components/forms/filter-panel";
import { PageHeading } from "@/components/layout/page-heading";

export const metadata: Metadata = { title: "Improvement plan" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ImprovementPlanPage({ searchParams }: Props) {
  const { query, actions, counts, themes, owners, overdue, now, may } = await loadImprovementPlan(await searchParams);
  const labels = new Map(
    themes.flatMap((theme) =>
      theme.statements.map((statement) => [statement.key, `${statement.number}. ${statement.name}`] as const),
    ),
  );
  const total = ACTION_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  return (
    <>
      {overdue.length > 0 ? (
        <NotificationBanner variant="important" title="Overdue">
          <p className="mb-2 font-bold">
            {overdue.length === 1 ? "1 action is" : `${overdue.length} actions are`} past the due date:
          </p>
          <ul className="list-disc pl-6">
            {overdue.map((action) => (
              <li key={action.id}>
                <Link href={`/improvement-plan/${action.id}`}>{action.title}</Link>:{" "}
                {dueLabel(action, now)?.toLowerCase()}, owner {action.owner || "not given"}
              </li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}
      <PageHeading
        description={
          <p>
            What the council is doing about the areas for improvement it has found, who owns each action and how it is
            going.
          </p>
        }
        actions={[
          may.edit && { href: "/improvement-plan/new", label: "Add an action", primary: true },
          may.export && { href: "/api/improvement-plan/export", label: "Download as Excel", download: true },
        ]}
      >
        Improvement plan
      </PageHeading>
      <h2 className="mb-2 text-xl font-bold">Actions by status</h2>
      <dl className="mb-8 flex flex-wrap gap-x-8 gap-y-2">
        {ACTION_STATUSES.map((status) => (
          <div key={status}>
            <dt>{STATUS_LABELS[status]}</dt>
            <dd className="text-2xl font-bold">{counts[status]}</dd>
          </div>
        ))}
        <div>
          <dt>All actions</dt>
          <dd className="text-2xl font-bold">{total}</dd>
        </div>
      </dl>
      <FilterPanel
        path="/improvement-plan"
        query={query}
        hidden={{ sort: query.sort, dir: query.dir }}
        fields={[
          {
            type: "select",
            name: "statement",
            label: "Quality statement",
            options: statementOptions(themes),
          },
          {
            type: "select",
            name: "status",
            label: "Status",
            options: ACTION_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
          },
          {
            type: "select",
            name: "rag",
            label: "RAG rating",
            options: RAGS.map((rag) => ({ value: rag, label: RAG_LABELS[rag] })),
          },
          {
            type: "select",
            name: "owner",
            label: "Owner",
            options: [
              ...owners.map((owner) => ({ value: owner.id, label: owner.name })),
              { value: "none", label: "Someone without an account" },
            ],
          },
          { type: "text", name: "tag", label: "Tag" },
          { type: "checkbox", name: "overdue", label: "Overdue only", value: "yes" },
        ]}
      >
        {actions.length === 0 ? (
          <p className="text-lg">{total === 0 ? "No actions in the plan yet." : "No actions match these filters."}</p>
        ) : (
          <PlanTable actions={actions} query={query} labels={labels} now={now} />
        )}
      </FilterPanel>
    </>
  );
}
