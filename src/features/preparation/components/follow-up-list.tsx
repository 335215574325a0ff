import { SmallActionForm } from "@/components/forms/small-action-form";
import { Tag } from "@/components/data/tag";
import { formatDate } from "@/components/format/date";
import { setFollowUpDoneAction } from "../actions";

type FollowUp = { id: string; text: string; owner: string; dueDate: Date | null; doneAt: Date | null };

export function FollowUpList({ sessionId, followUps, mayRun }: { sessionId: string; followUps: FollowUp[]; mayRun: boolean }) {
  return (
    <table className="mb-6 w-full border-collapse text-left">
      <caption className="sr-only">Follow-ups</caption>
      <thead>
        <tr className="border-b-2 border-gray-900">
          <th scope="col" className="py-2 pr-4">Follow-up</th>
          <th scope="col" className="py-2 pr-4">Owner</th>
          <th scope="col" className="py-2 pr-4">Due</th>
          <th scope="col" className="py-2">Status</th>
        </tr>
      </thead>
      <tbody>
        {followUps.map((followUp, index) => (
          <tr key={followUp.id} className="border-b border-gray-300 align-top">
            <td className="py-2 pr-4">{followUp.text}</td>
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
