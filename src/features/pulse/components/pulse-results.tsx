import { MOMENTS, MOMENT_LABELS, type GroupFigures, type Moment } from "../domain";
import { HIDDEN_TEXT, mean, percent } from "./figures";

export type PulseResultsSummary = { counts: Record<Moment, number> } & Record<Moment, GroupFigures>;

const cell = "py-2 pr-4";

function MomentTable({ moment, figures }: { moment: Moment; figures: GroupFigures }) {
  const heading = <h3 className="mb-2 text-xl font-bold">{MOMENT_LABELS[moment]}</h3>;
  if (figures.status === "none")
    return (
      <div className="mb-6">
        {heading}
        <p>No answers yet.</p>
      </div>
    );
  if (figures.status === "suppressed")
    return (
      <div className="mb-6">
        {heading}
        <p>{HIDDEN_TEXT}.</p>
      </div>
    );
  return (
    <div className="mb-6 overflow-x-auto">
      {heading}
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left">
          How confident staff felt {moment} the session, by theme: {figures.answers} answers
        </caption>
        <thead>
          <tr className="border-b-2 border-gray-900">
            <th scope="col" className={cell}>
              Theme
            </th>
            <th scope="col" className={cell}>
              Answers
            </th>
            <th scope="col" className={cell}>
              Confident (4 or 5)
            </th>
            <th scope="col" className={cell}>
              In the middle (3)
            </th>
            <th scope="col" className={cell}>
              Not confident (1 or 2)
            </th>
            <th scope="col" className="py-2">
              Mean (1 to 5)
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.themes.map((theme) => (
            <tr key={theme.key} className="border-b border-gray-300 align-top">
              <th scope="row" className={`${cell} font-normal`}>
                {theme.name}
              </th>
              {theme.suppressed ? (
                <td colSpan={5} className="py-2">
                  {HIDDEN_TEXT}
                </td>
              ) : (
                <>
                  <td className={cell}>{theme.answers}</td>
                  <td className={`${cell} font-bold`}>{percent(theme.confident)}</td>
                  <td className={cell}>{percent(theme.middle)}</td>
                  <td className={cell}>{percent(theme.low)}</td>
                  <td className="py-2">{mean(theme.mean)}</td>
                </>
              )}
            </tr>
          ))}
          <tr className="border-b-2 border-gray-900 align-top">
            <th scope="row" className={cell}>
              All themes
            </th>
            <td className={cell}>{figures.answers}</td>
            <td className={`${cell} font-bold`}>{percent(figures.overall.confident)}</td>
            <td className={cell}>{percent(figures.overall.middle)}</td>
            <td className={cell}>{percent(figures.overall.low)}</td>
            <td className="py-2">{mean(figures.overall.mean)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** A session's pulse results, before and after, each hidden until it has enough answers. */
export function PulseResults({ summary }: { summary: PulseResultsSummary }) {
  return (
    <section aria-labelledby="pulse-results-heading" className="mb-10 max-w-4xl">
      <h2 id="pulse-results-heading" className="mb-2 text-2xl font-bold">
        How confident staff felt
      </h2>
      <p className="mb-4">
        Answers so far: {summary.counts.before} before, {summary.counts.after} after. Staff chose from 1 (not at all
        confident) to 5 (very confident) for each theme.
      </p>
      {MOMENTS.map((moment) => (
        <MomentTable key={moment} moment={moment} figures={summary[moment]} />
      ))}
    </section>
  );
}
