import type { Metadata } from "next";
import Link from "next/link";
import { loadTimelineDate } from "@/features/timeline/loaders";
import { TimelineDateForm } from "@/features/timeline/components/date-forms";
import { formatDate } from "@/components/format/date";
import { isoDay } from "@/lib/calendar";

export const metadata: Metadata = { title: "Change a key date" };

type Props = { params: Promise<{ key: string }> };

export default async function TimelineDatePage({ params }: Props) {
  const { key } = await params;
  const { item, entered, expected } = await loadTimelineDate(key);
  return (
    <>
      <Link href="/timeline" className="mb-6 inline-block">
        Back to the timeline
      </Link>
      <h1 className="mb-4 text-4xl font-bold">{item.label}</h1>
      <p className="mb-2">{expected.rule}</p>
      <p className="mb-8">
        {expected.date ? `Expected: ${formatDate(expected.date)}.` : "No expected date: it is not known until entered."}{" "}
        {entered ? `Entered: ${formatDate(entered.date)}${entered.confirmedAt ? ", confirmed by CQC" : ""}.` : null}
      </p>
      <TimelineDateForm
        dateKey={item.key}
        label="Date"
        entered={
          entered ? { date: isoDay(entered.date), confirmed: entered.confirmedAt !== null, note: entered.note } : null
        }
        clearLabel={expected.date ? "Use the expected date instead" : "Clear this date"}
      />
    </>
  );
}
