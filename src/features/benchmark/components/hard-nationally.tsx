import { BarChart } from "@/components/charts/bar-chart";
import { NumbersTable } from "@/components/data/numbers-table";
import type { BenchmarkPage } from "../loaders";

type Props = Pick<BenchmarkPage, "statements" | "figures"> & { printing: boolean };

/** The statements most often scored 2 or lower, and how often each differs from the council's overall band. */
export function HardNationally({ statements, figures, printing }: Props) {
  const { councils, hardest } = figures;
  const name = (number: number) => `${number}. ${statements[number - 1]?.name ?? ""}`;
  return (
    <section aria-labelledby="hard-heading" className="mb-12 print:break-before-page">
      <h2 id="hard-heading" className="mb-2 text-3xl font-bold">
        What is hard nationally
      </h2>
      <p className="mb-6 max-w-3xl">
        The statements most often scored 2 or lower by the {councils} councils, most first. A statement&apos;s score
        &ldquo;differs from the band&rdquo; when it is not the score of the council&apos;s overall rating (Outstanding
        4, Good 3, Requires improvement 2, Inadequate 1): above it, the statement is a strength against the rating;
        below it, a weakness.
      </p>
      <BarChart
        title="Councils that scored each statement 2 or lower"
        description={hardest.map((entry) => `${name(entry.statement)}: ${entry.twoOrLower} of ${councils}`).join("; ")}
        max={Math.max(1, councils)}
        data={hardest.map((entry) => ({
          label: name(entry.statement),
          value: entry.twoOrLower,
          valueText: `${entry.twoOrLower} of ${councils}`,
        }))}
      />
      <NumbersTable
        open={printing}
        caption="Statements scored 2 or lower, and scores that differ from the council's overall band"
        headings={[
          "Quality statement",
          "Scored 2 or lower",
          "Differs from the overall band",
          "Above the band",
          "Below the band",
        ]}
        rows={hardest.map((entry) => [
          name(entry.statement),
          `${entry.twoOrLower} of ${councils}`,
          `${entry.differsFromBand} of ${councils}`,
          entry.aboveBand,
          entry.belowBand,
        ])}
      />
    </section>
  );
}
