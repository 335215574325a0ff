import Link from "next/link";
import { Table } from "@/components/data/table";
import { Tag } from "@/components/data/tag";
import { formatDateTime } from "@/components/format/date";
import { FORMAT_LABELS, STATUS_LABELS, sessionStatus } from "../domain";

type Row = {
  id: string;
  title: string;
  team: string;
  format: keyof typeof FORMAT_LABELS;
  startsAt: Date;
  recordedAt: Date | null;
  facilitatorName: string;
  questionCount: number;
  attendeeCount: number;
  pulseAnswerCount: number;
};

const TONES = { planned: "blue", to_record: "yellow", recorded: "green" } as const;

export function SessionsTable({
  caption,
  rows,
  showFacilitator,
  now,
}: {
  caption: string;
  rows: Row[];
  showFacilitator: boolean;
  now: Date;
}) {
  return (
    <Table
      caption={caption}
      captionSize="m"
      className="mb-10"
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        {
          header: "Session",
          cell: (row) => (
            <>
              <Link href={`/preparation/sessions/${row.id}`}>{row.title}</Link>
              <span className="block text-base text-gray-700">{FORMAT_LABELS[row.format]}</span>
            </>
          ),
        },
        { header: "Team", cell: (row) => row.team },
        { header: "When", cell: (row) => formatDateTime(row.startsAt) },
        ...(showFacilitator ? [{ header: "Run by", cell: (row: Row) => row.facilitatorName }] : []),
        { header: "Questions", numeric: true, cell: (row) => row.questionCount },
        { header: "Attended", numeric: true, cell: (row) => (row.recordedAt ? row.attendeeCount : "–") },
        { header: "Pulse answers", numeric: true, cell: (row) => row.pulseAnswerCount },
        {
          header: "Status",
          cell: (row) => {
            const status = sessionStatus(row, now);
            return <Tag tone={TONES[status]}>{STATUS_LABELS[status]}</Tag>;
          },
        },
      ]}
    />
  );
}
