import Link from "next/link";
import { SmallActionForm } from "@/components/forms/small-action-form";
import { Tag } from "@/components/data/tag";
import { formatDate } from "@/components/format/date";
import { setFollowUpDoneAction } from "../actions";
import { Table } from "@/components/data/table";

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
    <Table
      caption="Follow-ups"
      captionSize="hidden"
      className="mb-6"
      rows={followUps}
      rowKey={(followUp) => followUp.id}
      columns={[
        {
          header: "Follow-up",
          cell: (followUp) => (
            <>
              {followUp.text}
              {actions ? <FollowUpAction followUpId={followUp.id} text={followUp.text} actions={actions} /> : null}
            </>
          ),
        },
        { header: "Owner", cell: (followUp) => followUp.owner || "Not given" },
        { header: "Due", cell: (followUp) => (followUp.dueDate ? formatDate(followUp.dueDate) : "No date") },
        {
          header: "Status",
          cell: (followUp, index) => (
            <>
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
            </>
          ),
        },
      ]}
    />
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
