import { LineChart } from "@/components/charts/line-chart";
import { MOMENTS, MOMENT_LABELS, type GroupFigures, type TeamConfidence as TeamResults, type Theme } from "../domain";
import { HIDDEN_TEXT, mean, percent } from "./figures";

const cell = "py-2 pr-4";
const SHORT_HIDDEN = "Hidden: fewer than 5 answers";

/** Confident, middle, mean and answers for one moment, or a cell saying why there are none. */
function FigureCells({ figures, theme }: { figures: GroupFigures; theme?: string }) {
  if (figures.status !== "shown")
    return (
      <td colSpan={4} className={cell}>
        {figures.status === "none" ? "No answers" : SHORT_HIDDEN}
      </td>
    );
  const shares = theme
    ? figures.themes.find((entry) => entry.key === theme)
    : { suppressed: false as const, answers: figures.answers, ...figures.overall };
  if (!shares || shares.suppressed)
    return (
      <td colSpan={4} className={cell}>
        {SHORT_HIDDEN}
      </td>
    );
  return (
    <>
      <td className={`${cell} font-bold`}>{percent(shares.confident)}</td>
      <td className={cell}>{percent(shares.middle)}</td>
      <td className={cell}>{mean(shares.mean)}</td>
      <td className={cell}>{shares.answers}</td>
    </>
  );
}

const confidentText = (figures: GroupFigures) =>
  figures.status === "shown"
    ? percent(figures.overall.confident)
    : figures.status === "none"
      ? "No answers"
      : SHORT_HIDDEN;
const answersText = (figures: GroupFigures) =>
  figures.status === "shown" ? String(figures.answers) : figures.status === "none" ? "0" : "Fewer than 5";

/** One team's confidence: before against after by theme, then month by month. */
export function TeamConfidence({ result, themes, index }: { result: TeamResults; themes: Theme[]; index: number }) {
  const headingId = `team-${index}-heading`;
  const team = result.team || "No team recorded";
  const points = result.periods.map((period) => ({
    label: period.label,
    value: period.after.status === "shown" ? Math.round(period.after.overall.confident * 100) : null,
    valueText: period.after.status === "shown" ? percent(period.after.overall.confident) : "",
  }));
  return (
    <section aria-labelledby={headingId} className="mb-12">
      <h2 id={headingId} className="mb-4 text-3xl font-bold">
        {team}
      </h2>
      <div className="mb-8 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-xl font-bold">Before and after sessions, by theme</caption>
          <thead>
            <tr>
              <td />
              {MOMENTS.map((moment) => (
                <th key={moment} scope="colgroup" colSpan={4} className="py-2 pr-4">
                  {MOMENT_LABELS[moment]}
                </th>
              ))}
            </tr>
            <tr className="border-b-2 border-gray-900">
              <th scope="col" className={cell}>
                Theme
              </th>
              {MOMENTS.map((moment) => [
                <th key={`${moment}-c`} scope="col" className={cell}>
                  Confident (4 or 5)
                </th>,
                <th key={`${moment}-m`} scope="col" className={cell}>
                  In the middle (3)
                </th>,
                <th key={`${moment}-a`} scope="col" className={cell}>
                  Mean (1 to 5)
                </th>,
                <th key={`${moment}-n`} scope="col" className={cell}>
                  Answers
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {themes.map((theme) => (
              <tr key={theme.key} className="border-b border-gray-300 align-top">
                <th scope="row" className={`${cell} font-normal`}>
                  {theme.name}
                </th>
                <FigureCells figures={result.overall.before} theme={theme.key} />
                <FigureCells figures={result.overall.after} theme={theme.key} />
              </tr>
            ))}
            <tr className="border-b-2 border-gray-900 align-top">
              <th scope="row" className={cell}>
                All themes
              </th>
              <FigureCells figures={result.overall.before} />
              <FigureCells figures={result.overall.after} />
            </tr>
          </tbody>
        </table>
      </div>

      <h3 className="mb-2 text-xl font-bold">Month by month</h3>
      {points.some((point) => point.value !== null) ? (
        <LineChart
          title={`${team}: share of staff confident (4 or 5) after sessions, by month`}
          description={points
            .map((point) => `${point.label}: ${point.value === null ? "hidden or no answers" : point.valueText}`)
            .join("; ")}
          points={points}
        />
      ) : (
        <p className="mb-4">No month has enough answers after sessions to draw a line yet.</p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left">
            Share of staff confident (4 or 5) across all themes, by the month of the session
          </caption>
          <thead>
            <tr className="border-b-2 border-gray-900">
              <th scope="col" className={cell}>
                Month
              </th>
              <th scope="col" className={cell}>
                Confident before
              </th>
              <th scope="col" className={cell}>
                Answers before
              </th>
              <th scope="col" className={cell}>
                Confident after
              </th>
              <th scope="col" className={cell}>
                Answers after
              </th>
            </tr>
          </thead>
          <tbody>
            {result.periods.map((period) => (
              <tr key={period.period} className="border-b border-gray-300 align-top">
                <th scope="row" className={`${cell} font-normal`}>
                  {period.label}
                </th>
                <td className={cell}>{confidentText(period.before)}</td>
                <td className={cell}>{answersText(period.before)}</td>
                <td className={`${cell} font-bold`}>{confidentText(period.after)}</td>
                <td className={cell}>{answersText(period.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.periods.some(
        (period) => period.before.status === "suppressed" || period.after.status === "suppressed",
      ) ? (
        <p className="mt-2 text-base text-gray-700">
          {HIDDEN_TEXT}, or when the hidden answers could otherwise be worked out from the totals.
        </p>
      ) : null}
    </section>
  );
}
