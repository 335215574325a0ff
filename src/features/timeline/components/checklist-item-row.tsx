import Link from "next/link";
import { SmallActionForm } from "@/components/forms/small-action-form";
import { Tag } from "@/components/data/tag";
import { formatDate } from "@/components/format/date";
import { removeChecklistItemAction, tickChecklistItemAction } from "../actions";
import { daysToGo } from "../domain";

type Item = { id: string; text: string; owner: string; dueDate: Date | null; doneAt: Date | null };

/** One checklist item: done or not (never by colour alone), owner, due date and its buttons. */
export function ChecklistItemRow({
  item,
  now,
  may,
}: {
  item: Item;
  now: Date;
  may: { manage: boolean; tick: boolean };
}) {
  const overdue = !item.doneAt && item.dueDate !== null && daysToGo(item.dueDate, now) < 0;
  return (
    <li className="border-b border-gray-300 pb-3">
      <p className="mb-1">
        {item.doneAt ? (
          <Tag tone="green">Done</Tag>
        ) : overdue ? (
          <Tag tone="red">Overdue</Tag>
        ) : (
          <Tag tone="grey">To do</Tag>
        )}{" "}
        <span className="font-bold">{item.text}</span>
      </p>
      <p className="mb-2 text-base text-gray-700">
        {item.owner ? `Owner: ${item.owner}` : "No owner yet"}.{" "}
        {item.dueDate ? `Due ${formatDate(item.dueDate)}` : "No due date"}.
        {item.doneAt ? ` Done on ${formatDate(item.doneAt)}.` : null}
      </p>
      <div className="flex flex-wrap items-start gap-4">
        {may.tick ? (
          <SmallActionForm
            action={tickChecklistItemAction}
            fields={{ id: item.id, done: item.doneAt ? "no" : "yes" }}
            label={item.doneAt ? "Mark as not done" : "Mark as done"}
            target={item.text}
          />
        ) : null}
        {may.manage ? (
          <>
            <Link href={`/timeline/checklist/${item.id}`} className="py-2">
              Edit<span className="sr-only"> {item.text}</span>
            </Link>
            <SmallActionForm
              action={removeChecklistItemAction}
              fields={{ id: item.id }}
              label="Remove"
              target={item.text}
              variant="warning"
            />
          </>
        ) : null}
      </div>
    </li>
  );
}
