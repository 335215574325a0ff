import Link from "next/link";
import { formatDate } from "@/components/format/date";
import { dueLabel } from "../domain";
import type { StatementActions as Actions } from "../data";
import { RagTag, StatusTag } from "./action-tags";

type Action = Actions["other"][number];

function ActionList({ actions, now }: { actions: Action[]; now: Date }) {
  if (actions.length === 0) return <p className="mb-2">No actions yet.</p>;
  return (
    <ul className="mb-2 space-y-3">
      {actions.map((action) => {
        const due = dueLabel(action, now);
        return (
          <li key={action.id} className="border-l-4 border-gray-300 pl-3">
            <Link href={`/improvement-plan/${action.id}`} className="font-bold">
              {action.title}
            </Link>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-base">
              <StatusTag status={action.status} /> <RagTag rag={action.rag} />
              <span>
                Due {formatDate(action.dueDate)}
                {due ? `: ${due.toLowerCase()}` : ""}.
              </span>
              <span>Owner: {action.owner || "not given"}.</span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The improvement plan's actions for one quality statement, under the area for improvement each
 * came from, so a reader sees what is being done about every weakness the council has named.
 */
export function StatementActions({
  statementKey,
  actions,
  mayEdit,
  now,
}: {
  statementKey: string;
  actions: Actions;
  mayEdit: boolean;
  now: Date;
}) {
  return (
    <section aria-labelledby="improvement-actions" className="mb-12">
      <h2 id="improvement-actions" className="mb-2 text-2xl font-bold">
        What we are doing about it: improvement actions
      </h2>
      {actions.areas.length === 0 && actions.other.length === 0 ? (
        <p className="mb-4">No areas for improvement or actions recorded for this quality statement yet.</p>
      ) : null}
      {actions.areas.map((area, index) => (
        <div key={area.id} className="mb-6">
          <h3 className="mb-2 text-xl font-bold">
            Area for improvement {index + 1}: {area.text}
          </h3>
          <ActionList actions={area.actions} now={now} />
          {mayEdit ? (
            <p>
              <Link
                href={`/improvement-plan/new?statement=${encodeURIComponent(statementKey)}&improvement=${encodeURIComponent(area.id)}`}
              >
                Add an action for this area<span className="sr-only">: {area.text}</span>
              </Link>
            </p>
          ) : null}
        </div>
      ))}
      {actions.other.length > 0 ? (
        <div className="mb-6">
          <h3 className="mb-2 text-xl font-bold">Other actions for this quality statement</h3>
          <ActionList actions={actions.other} now={now} />
        </div>
      ) : null}
      <p>
        <Link href={`/improvement-plan?statement=${encodeURIComponent(statementKey)}`}>
          See these actions in the improvement plan
        </Link>
      </p>
    </section>
  );
}
