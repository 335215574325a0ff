import { BarChart } from "@/components/charts/bar-chart";
import { NumbersTable } from "@/components/data/numbers-table";
import { SCORES } from "@/features/rating/domain";
import { describeStanding } from "../domain";
import type { BenchmarkPage } from "../loaders";

type Props = Pick<BenchmarkPage, "statements" | "figures" | "hasCqcScores"> & { printing: boolean };

/** The words on the bar with our score (chart labels are cut at 32 characters). */
function ours(score: number, self: number | null, cqc: number | null): string {
  if (self === score && cqc === score) return "self-assessed and CQC";
  if (self === score) return "our self-assessment";
  return cqc === score ? "our CQC score" : "";
}

/** For each quality statement: how many councils scored 1, 2, 3 and 4, and where our scores sit. */
export function StatementSpreads({ statements, figures, hasCqcScores, printing }: Props) {
  const councils = figures.councils;
  return (
    <section aria-labelledby="spreads-heading" className="mb-12">
      <h2 id="spreads-heading" className="mb-2 text-3xl font-bold">
        Each quality statement
      </h2>
      <p className="mb-6 max-w-3xl">
        How many of the {councils} councils scored each statement 1, 2, 3 or 4 (4 is best), and where our self-assessed
        score sits{hasCqcScores ? ", and our CQC score" : ""}. The bar with our score says so in its label.
      </p>
      <div className="grid gap-x-8 lg:grid-cols-2">
        {figures.statements.map((spread) => {
          const statement = statements[spread.statement - 1];
          const name = `${spread.statement}. ${statement?.name ?? ""}`;
          const self = spread.selfAssessed?.score ?? null;
          const cqc = spread.cqc?.score ?? null;
          return (
            <section
              key={spread.statement}
              aria-labelledby={`spread-${spread.statement}`}
              className="mb-6 print:break-inside-avoid-page"
            >
              <h3 id={`spread-${spread.statement}`} className="text-xl font-bold">
                {name}
              </h3>
              <p className="mb-1">
                {spread.selfAssessed ? (
                  <>
                    Our self-assessed score: <strong>{spread.selfAssessed.score}</strong> (
                    {describeStanding(spread.selfAssessed)}).
                  </>
                ) : (
                  "Not yet scored in our self-assessment."
                )}
                {spread.cqc ? (
                  <>
                    {" "}
                    Our CQC score: <strong>{spread.cqc.score}</strong> ({describeStanding(spread.cqc)}).
                  </>
                ) : null}
              </p>
              <BarChart
                title={`${name}: councils by score`}
                description={`Of ${councils} councils, ${SCORES.map((score) => `${spread.counts[score]} scored ${score}`).join(", ")}.${self ? ` Our self-assessed score is ${self}.` : ""}${cqc ? ` Our CQC score is ${cqc}.` : ""}`}
                max={Math.max(1, ...SCORES.map((score) => spread.counts[score]))}
                data={SCORES.map((score) => {
                  const mark = ours(score, self, cqc);
                  return {
                    label: `Score ${score}${mark ? `: ${mark}` : ""}`,
                    value: spread.counts[score],
                    valueText: String(spread.counts[score]),
                  };
                })}
              />
            </section>
          );
        })}
      </div>
      <NumbersTable
        open={printing}
        caption="Councils by score for each quality statement, with our scores"
        headings={[
          "Quality statement",
          "Scored 1",
          "Scored 2",
          "Scored 3",
          "Scored 4",
          "Our self-assessed score",
          "Councils higher / same / lower",
          ...(hasCqcScores ? ["Our CQC score", "Councils higher / same / lower (CQC)"] : []),
        ]}
        rows={figures.statements.map((spread) => [
          `${spread.statement}. ${statements[spread.statement - 1]?.name ?? ""}`,
          ...SCORES.map((score) => spread.counts[score]),
          spread.selfAssessed?.score ?? "Not scored",
          spread.selfAssessed
            ? `${spread.selfAssessed.higher} / ${spread.selfAssessed.same} / ${spread.selfAssessed.lower}`
            : "–",
          ...(hasCqcScores
            ? [
                spread.cqc?.score ?? "Not recorded",
                spread.cqc ? `${spread.cqc.higher} / ${spread.cqc.same} / ${spread.cqc.lower}` : "–",
              ]
            : []),
        ])}
      />
    </section>
  );
}
