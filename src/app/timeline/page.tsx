import type { Metadata } from "next";
import Link from "next/link";
import { loadTimeline } from "@/features/timeline/loaders";
import { NotificationDateForm } from "@/features/information-return/components/workbench-forms";
import { StartChecklistForm } from "@/features/timeline/components/checklist-forms";
import { VisitWeeksForm } from "@/features/timeline/components/date-forms";
import { ChecklistItemRow } from "@/features/timeline/components/checklist-item-row";
import { PHASE_LABELS, daysToGo, describeDaysToGo, type KeyDateSource } from "@/features/timeline/domain";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { Tag, type TagTone } from "@/components/data/tag";
import { formatDate } from "@/components/format/date";
import { isoDay } from "@/lib/calendar";
import { Table } from "@/components/data/table";

export const metadata: Metadata = { title: "Assessment timeline" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const BANNERS: Record<string, string> = {
  date: "Date saved. Later expected dates now follow from it.",
  cleared: "Date cleared. The expected date shows again.",
  started: "The checklist has been started. Give each item an owner.",
  added: "Item added to the checklist.",
  item: "Checklist item saved.",
  visit: "Visit setting saved. The expected visit dates now follow from it.",
};

const SOURCE: Record<KeyDateSource, { label: string; tone: TagTone }> = {
  expected: { label: "Expected", tone: "grey" },
  entered: { label: "Entered, not confirmed", tone: "yellow" },
  confirmed: { label: "Confirmed by CQC", tone: "green" },
  unknown: { label: "Not known yet", tone: "grey" },
};

export default async function TimelinePage({ searchParams }: Props) {
  const query = await searchParams;
  const { now, notificationDate, visitWeeks, dates, phase, checklist, started, may } = await loadTimeline();
  const banner = query.saved ? BANNERS[query.saved] : undefined;
  const later = dates.filter((item) => item.key !== "notification");
  return (
    <>
      {banner ? (
        <NotificationBanner>
          <p>{banner}</p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-4 text-4xl font-bold">Assessment timeline</h1>
      <p className="mb-6 max-w-3xl">
        The key dates of CQC&apos;s assessment, from notification to publication. Expected dates are worked out from the
        notification date; a date entered here replaces the expected one, and later dates follow from it.
      </p>
      {notificationDate ? (
        <p className="mb-6 text-xl font-bold">
          CQC notified the council on {formatDate(notificationDate)}.{" "}
          {phase ? `We are in: ${PHASE_LABELS[phase]}.` : null}
        </p>
      ) : (
        <p className="mb-6 text-xl font-bold">Enter the notification date to see the expected dates.</p>
      )}
      {may.setNotification ? (
        <NotificationDateForm
          value={notificationDate ? isoDay(notificationDate) : ""}
          hint="Every expected date below is worked out from it. Leave it empty and save to clear it."
        />
      ) : null}
      {may.manage ? <VisitWeeksForm value={visitWeeks} /> : null}

      <Table
        caption="Key dates"
        className="mb-10"
        rows={later}
        rowKey={(item) => item.key}
        columns={[
          {
            header: "What",
            rowHeader: true,
            className: "font-normal",
            cell: (item) => (
              <>
                <span className="font-bold">{item.label}</span>
                <span className="block text-base text-gray-700">
                  {PHASE_LABELS[item.phase]}.{" "}
                  {item.source === "expected" || item.source === "unknown" ? item.rule : null}
                </span>
                {item.note ? <span className="block text-base">{item.note}</span> : null}
              </>
            ),
          },
          { header: "Date", cell: (item) => (item.date ? formatDate(item.date) : "Not known yet") },
          {
            header: "Expected or confirmed",
            cell: (item) => <Tag tone={SOURCE[item.source].tone}>{SOURCE[item.source].label}</Tag>,
          },
          { header: "Days to go", cell: (item) => (item.date ? describeDaysToGo(daysToGo(item.date, now)) : "–") },
          may.manage && {
            header: <span className="sr-only">Change</span>,
            cell: (item) => (
              <Link href={`/timeline/dates/${item.key}`}>
                Change<span className="sr-only"> {item.label.toLowerCase()}</span>
              </Link>
            ),
          },
        ]}
      />
      {may.readAccuracy ? (
        <p className="mb-10">
          After the draft report: <Link href="/factual-accuracy">the factual accuracy check</Link>, against its 10
          working day deadline.
        </p>
      ) : null}

      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading" className="mb-2 text-2xl font-bold">
          Readiness checklist
        </h2>
        {!started ? (
          <div className="max-w-3xl">
            <p className="mb-4">
              No checklist yet. Start from a standard list for each phase, with due dates from the key dates, then edit
              it.
            </p>
            {may.manage ? <StartChecklistForm /> : <p>Your readiness lead can start it.</p>}
          </div>
        ) : (
          <>
            {may.manage ? (
              <p className="mb-6">
                <Link href="/timeline/checklist/new">Add an item to the checklist</Link>
              </p>
            ) : null}
            {checklist.map((group) => (
              <section key={group.phase} aria-labelledby={`phase-${group.phase}`} className="mb-8">
                <h3 id={`phase-${group.phase}`} className="mb-2 text-xl font-bold">
                  {PHASE_LABELS[group.phase]}{" "}
                  <span className="font-normal">
                    ({group.done} of {group.total} done)
                  </span>
                </h3>
                {group.items.length === 0 ? (
                  <p>No items in this phase.</p>
                ) : (
                  <ul className="space-y-4">
                    {group.items.map((item) => (
                      <ChecklistItemRow key={item.id} item={item} now={now} may={may} />
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </>
        )}
      </section>
    </>
  );
}
