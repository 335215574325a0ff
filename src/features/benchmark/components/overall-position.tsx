import { BarChart } from "@/components/charts/bar-chart";
import { NumbersTable } from "@/components/data/numbers-table";
import { describeStanding, type OverallPlace } from "../domain";
import type { BenchmarkPage } from "../loaders";

type Props = { overall: BenchmarkPage["figures"]["overall"]; printing: boolean };

function mark(value: string | number, self: string | number | undefined, cqc: string | number | undefined) {
  if (value === self && value === cqc) return " (self-assessed and CQC)";
  if (value === self) return " (our self-assessment)";
  return value === cqc ? " (our CQC result)" : "";
}

function Place({ label, place }: { label: string; place: OverallPlace | null }) {
  if (!place) return null;
  return (
    <p className="mb-2 text-lg">
      {label}: <strong>{place.rating}</strong>, <strong>{place.percent}%</strong> ({describeStanding(place)}).
    </p>
  );
}

/** The spread of overall ratings and of percentages, with where our own sits. */
export function OverallPosition({ overall, printing }: Props) {
  const self = overall.selfAssessed;
  const cqc = overall.cqc;
  return (
    <section aria-labelledby="overall-heading" className="mb-12">
      <h2 id="overall-heading" className="mb-2 text-3xl font-bold">
        Overall ratings and percentages
      </h2>
      {self ? (
        <Place label="Our self-assessment" place={self} />
      ) : (
        <p className="mb-2 text-lg">
          Our self-assessment has no overall position yet: CQC rates only when all nine statements are scored.
        </p>
      )}
      <Place label="Our CQC result" place={cqc} />
      <p className="mb-6 max-w-3xl text-base text-gray-700">
        A council&apos;s percentage is worked out from its nine published scores by the same rule as our indicative
        rating (decision record 0011); it matches every percentage CQC has published.
      </p>

      <div className="print:break-inside-avoid-page">
        <BarChart
          title="Councils by overall rating"
          description={`Of ${overall.councils} councils: ${overall.ratings.map((entry) => `${entry.councils} rated ${entry.rating}`).join(", ")}.${self ? ` Our self-assessment comes to ${self.rating}.` : ""}${cqc ? ` CQC rated us ${cqc.rating}.` : ""}`}
          max={Math.max(1, ...overall.ratings.map((entry) => entry.councils))}
          data={overall.ratings.map((entry) => ({
            label: `${entry.rating}${mark(entry.rating, self?.rating, cqc?.rating) ? " (ours)" : ""}`,
            value: entry.councils,
            valueText: String(entry.councils),
          }))}
        />
        <NumbersTable
          open={printing}
          caption="Councils by overall rating"
          headings={["Overall rating", "Councils", "Ours"]}
          rows={overall.ratings.map((entry) => [
            entry.rating,
            entry.councils,
            mark(entry.rating, self?.rating, cqc?.rating).replace(/[()]/g, "").trim() || "–",
          ])}
        />
      </div>

      <div className="print:break-inside-avoid-page">
        <BarChart
          title="Councils by overall percentage"
          description={`Each percentage some council has, lowest first, with how many councils have it: ${overall.percentages.map((entry) => `${entry.percent}%, ${entry.councils}`).join("; ")}.${self ? ` Ours, self-assessed, is ${self.percent}%.` : ""}`}
          max={Math.max(1, ...overall.percentages.map((entry) => entry.councils))}
          data={overall.percentages.map((entry) => ({
            label: `${entry.percent}%${mark(entry.percent, self?.percent, cqc?.percent) ? " (ours)" : ""}`,
            value: entry.councils,
            valueText: String(entry.councils),
          }))}
        />
        <NumbersTable
          open={printing}
          caption="Councils by overall percentage"
          headings={["Percentage", "Councils", "Ours"]}
          rows={overall.percentages.map((entry) => [
            `${entry.percent}%`,
            entry.councils,
            mark(entry.percent, self?.percent, cqc?.percent).replace(/[()]/g, "").trim() || "–",
          ])}
        />
      </div>
    </section>
  );
}
