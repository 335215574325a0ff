import Link from "next/link";
import { SmallActionForm } from "@/components/forms/small-action-form";
import { Tag } from "@/components/data/tag";
import { formatDate } from "@/components/format/date";
import { setFollowUpDoneAction } from "../actions";

type FollowUp = { id: string; text: string; owner: string; dueDate: Date | null; doneAt: Date | null };
/** The improvement action each follow-up became, by follow-up id, and what the viewer may do with them. */
type Actions = { byFollowUp: Record<string, { id: string; title: string }>; mayRead: boolean; mayMake: boolean };

export function FollowUpList({
  sessionId,
  followUps,
  mayRun,
  actions,
}: {
  sessionId: string;
  followUps: FollowUp[];
  mayRun: boolean;
  actions?: Actions;
}) {
  return (
    <table className="mb-6 w-full border-collapse text-left">
      <caption className="sr-only">Follow-ups</caption>
      <thead>
        <tr className="border-b-2 border-gray-900">
          <th scope="col" className="py-2 pr-4">
            Follow-up
          </th>
          <th scope="col" className="py-2 pr-4">
            Owner
          </th>
          <th scope="col" className="py-2 pr-4">
            Due
          </th>
          <th scope="col" className="py-2">
            Status
          </th>
        </tr>
      </thead>
      <tbody>
        {followUps.map((followUp, index) => (
          <tr key={followUp.id} className="border-b border-gray-300 align-top">
            <td className="py-2 pr-4">
              {followUp.text}
              {actions ? <FollowUpAction followUpId={followUp.id} text={followUp.text} actions={actions} /> : null}
            </td>
            <td className="py-2 pr-4">{followUp.owner || "Not given"}</td>
            <td className="py-2 pr-4">{followUp.dueDate ? formatDate(followUp.dueDate) : "No date"}</td>
            <td className="py-2">
              <Tag tone={followUp.doneAt ? "green" : "blue"}>{followUp.doneAt ? "Done" : "Open"}</Tag>
              {mayRun ? (
                <div className="mt-2">
                  <SmallActionForm
                    action={setFollowUpDoneAction}
                    fields={{ sessionId, followUpId: followUp.id, done: followUp.doneAt ? "no" : "yes" }}
                    label={followUp.doneAt ? "Mark as not done" : "Mark as done"}
                    target={`follow-up ${index + 1}`}
                  />
                </div>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A follow-up can become an action in the improvement plan, once. */
function FollowUpAction({ followUpId, text, actions }: { followUpId: string; text: string; actions: Actions }) {
  const action = actions.byFollowUp[followUpId];
  if (action && actions.mayRead) {
    return (
      <p className="mt-1 text-base">
        <Link href={`/improvement-plan/${action.id}`}>Action: {action.title}</Link>
      </p>
    );
  }
  if (!action && actions.mayMake) {
    return (
      <p className="mt-1 text-base">
        <Link href={`/improvement-plan/new?followUp=${followUpId}`}>
          Make this an action<span className="sr-only">: {text}</span>
        </Link>
      </p>
    );
  }
  return null;
}
