import Link from "next/link";
import { formatDate } from "@/components/format/date";
import { CYCLE_KIND_LABELS, type Cycle } from "../domain";

type ListedCycle = Cycle & { snapshots: number };

/** Every cycle, newest first; the first is the one everyone is working in. */
export function CycleList({ cycles, statementNames }: { cycles: ListedCycle[]; statementNames: Map<string, string> }) {
  return (
    <table className="mb-8 w-full border-collapse text-left">
      <caption className="mb-2 text-left text-xl font-bold">
        {cycles.length === 1 ? "1 cycle" : `${cycles.length} cycles`}, newest first
      </caption>
      <thead>
        <tr className="border-b-2 border-gray-900">
          <th scope="col" className="py-2 pr-4">
            Cycle
          </th>
          <th scope="col" className="py-2 pr-4">
            Kind
          </th>
          <th scope="col" className="py-2 pr-4">
            Started
          </th>
          <th scope="col" className="py-2 pr-4">
            Notified by CQC
          </th>
          <th scope="col" className="py-2">
            Snapshots
          </th>
        </tr>
      </thead>
      <tbody>
        {cycles.map((cycle, index) => (
          <tr key={cycle.id} className="border-b border-gray-300 align-top">
            <th scope="row" className="py-2 pr-4 font-bold">
              {cycle.name}
              {index === 0 ? <span className="block font-normal">Current cycle</span> : null}
              {cycle.kind === "thematic_review" ? (
                <span className="block font-normal">
                  Lens: {cycle.lens} (
                  <Link href={`/evidence?tag=${encodeURIComponent(cycle.lens)}`}>evidence tagged</Link>,{" "}
                  <Link href={`/improvement-plan?tag=${encodeURIComponent(cycle.lens)}`}>actions tagged</Link>
                  ). Statements: {cycle.statementKeys.map((key) => statementNames.get(key) ?? key).join("; ")}
                </span>
              ) : null}
            </th>
            <td className="py-2 pr-4">{CYCLE_KIND_LABELS[cycle.kind]}</td>
            <td className="py-2 pr-4">{formatDate(cycle.startedOn)}</td>
            <td className="py-2 pr-4">
              {cycle.notificationDate ? formatDate(cycle.notificationDate) : "Not notified"}
            </td>
            <td className="py-2">{cycle.snapshots}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
