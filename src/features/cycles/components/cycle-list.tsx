import Link from "next/link";
import { Table } from "@/components/data/table";
import { formatDate } from "@/components/format/date";
import { CYCLE_KIND_LABELS, type Cycle } from "../domain";

type ListedCycle = Cycle & { snapshots: number };

/** Every cycle, newest first; the first is the one everyone is working in. */
export function CycleList({ cycles, statementNames }: { cycles: ListedCycle[]; statementNames: Map<string, string> }) {
  const current = cycles[0]?.id;
  return (
    <Table
      caption={`${cycles.length === 1 ? "1 cycle" : `${cycles.length} cycles`}, newest first`}
      className="mb-8"
      rows={cycles}
      rowKey={(cycle) => cycle.id}
      columns={[
        {
          header: "Cycle",
          rowHeader: true,
          className: "font-bold",
          cell: (cycle) => (
            <>
              {cycle.name}
              {cycle.id === current ? <span className="block font-normal">Current cycle</span> : null}
              {cycle.kind === "thematic_review" ? (
                <span className="block font-normal">
                  Lens: {cycle.lens} (
                  <Link href={`/evidence?tag=${encodeURIComponent(cycle.lens)}`}>evidence tagged</Link>,{" "}
                  <Link href={`/improvement-plan?tag=${encodeURIComponent(cycle.lens)}`}>actions tagged</Link>
                  ). Statements: {cycle.statementKeys.map((key) => statementNames.get(key) ?? key).join("; ")}
                </span>
              ) : null}
            </>
          ),
        },
        { header: "Kind", cell: (cycle) => CYCLE_KIND_LABELS[cycle.kind] },
        { header: "Started", cell: (cycle) => formatDate(cycle.startedOn) },
        {
          header: "Notified by CQC",
          cell: (cycle) => (cycle.notificationDate ? formatDate(cycle.notificationDate) : "Not notified"),
        },
        { header: "Snapshots", numeric: true, cell: (cycle) => cycle.snapshots },
      ]}
    />
  );
}
