import type { Metadata } from "next";
import Link from "next/link";
import { loadImprovementPlan } from "@/features/improvement-plan/loaders";
import { PlanTable } from "@/features/improvement-plan/components/plan-table";
import { ACTION_STATUSES, RAGS, RAG_LABELS, STATUS_LABELS, dueLabel } from "@/features/improvement-plan/domain";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { Button } from "@/components/forms/button";

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
  const control = "mt-1 block w-full border-2 border-gray-900 p-2";
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
      <h1 className="mb-4 text-4xl font-bold">Improvement plan</h1>
      <p className="mb-6 max-w-3xl">
        What the council is doing about the areas for improvement it has found, who owns each action and how it is
        going.
      </p>
      <ul className="mb-6 flex flex-wrap gap-x-8 gap-y-2">
        {may.edit ? (
          <li>
            <Link href="/improvement-plan/new" className="font-bold">
              Add an action
            </Link>
          </li>
        ) : null}
        {may.export ? (
          <li>
            <a href="/api/improvement-plan/export" download>
              Download as Excel
            </a>
          </li>
        ) : null}
      </ul>
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
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <form method="get" aria-labelledby="filter-heading" className="bg-gray-100 p-4">
          <h2 id="filter-heading" className="mb-4 text-xl font-bold">
            Filter
          </h2>
          <input type="hidden" name="sort" value={query.sort} />
          <input type="hidden" name="dir" value={query.dir} />
          <label htmlFor="statement" className="block font-bold">
            Quality statement
          </label>
          <select id="statement" name="statement" defaultValue={query.statement ?? ""} className={control}>
            <option value="">All</option>
            {themes.map((theme) => (
              <optgroup key={theme.key} label={`Theme ${theme.number}: ${theme.name}`}>
                {theme.statements.map((statement) => (
                  <option key={statement.key} value={statement.key}>{`${statement.number}. ${statement.name}`}</option>
                ))}
              </optgroup>
            ))}
          </select>
          <label htmlFor="status" className="mt-4 block font-bold">
            Status
          </label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className={control}>
            <option value="">All</option>
            {ACTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
          <label htmlFor="rag" className="mt-4 block font-bold">
            RAG rating
          </label>
          <select id="rag" name="rag" defaultValue={query.rag ?? ""} className={control}>
            <option value="">All</option>
            {RAGS.map((rag) => (
              <option key={rag} value={rag}>
                {RAG_LABELS[rag]}
              </option>
            ))}
          </select>
          <label htmlFor="owner" className="mt-4 block font-bold">
            Owner
          </label>
          <select id="owner" name="owner" defaultValue={query.owner ?? ""} className={control}>
            <option value="">All</option>
            {owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
            <option value="none">Someone without an account</option>
          </select>
          <label htmlFor="tag" className="mt-4 block font-bold">
            Tag
          </label>
          <input id="tag" name="tag" type="text" defaultValue={query.tag ?? ""} className={control} />
          <div className="mt-4 flex items-start gap-3">
            <input
              type="checkbox"
              id="overdue"
              name="overdue"
              value="yes"
              defaultChecked={query.overdue === "yes"}
              className="mt-1 size-6 shrink-0 accent-gray-900"
            />
            <label htmlFor="overdue">Overdue only</label>
          </div>
          <Button variant="secondary" className="mt-6">
            Apply filters
          </Button>
          <p className="mt-4">
            <Link href="/improvement-plan">Clear filters</Link>
          </p>
        </form>
        <div>
          {actions.length === 0 ? (
            <p className="text-lg">{total === 0 ? "No actions in the plan yet." : "No actions match these filters."}</p>
          ) : (
            <PlanTable actions={actions} query={query} labels={labels} now={now} />
          )}
        </div>
      </div>
    </>
  );
}
