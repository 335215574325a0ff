import Link from "next/link";
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
    <table className="mb-10 w-full border-collapse text-left">
      <caption className="mb-2 text-left font-bold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-gray-900">
          <th scope="col" className="py-2 pr-4">
            Session
          </th>
          <th scope="col" className="py-2 pr-4">
            Team
          </th>
          <th scope="col" className="py-2 pr-4">
            When
          </th>
          {showFacilitator ? (
            <th scope="col" className="py-2 pr-4">
              Run by
            </th>
          ) : null}
          <th scope="col" className="py-2 pr-4 text-right">
            Questions
          </th>
          <th scope="col" className="py-2 pr-4 text-right">
            Attended
          </th>
          <th scope="col" className="py-2 pr-4 text-right">
            Pulse answers
          </th>
          <th scope="col" className="py-2">
            Status
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const status = sessionStatus(row, now);
          return (
            <tr key={row.id} className="border-b border-gray-300 align-top">
              <td className="py-2 pr-4">
                <Link href={`/preparation/sessions/${row.id}`}>{row.title}</Link>
                <span className="block text-base text-gray-700">{FORMAT_LABELS[row.format]}</span>
              </td>
              <td className="py-2 pr-4">{row.team}</td>
              <td className="py-2 pr-4">{formatDateTime(row.startsAt)}</td>
              {showFacilitator ? <td className="py-2 pr-4">{row.facilitatorName}</td> : null}
              <td className="py-2 pr-4 text-right tabular-nums">{row.questionCount}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{row.recordedAt ? row.attendeeCount : "–"}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{row.pulseAnswerCount}</td>
              <td className="py-2">
                <Tag tone={TONES[status]}>{STATUS_LABELS[status]}</Tag>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
