import { STAGE_LABELS } from "../domain";

type Progress = {
  stages: { stage: "long_list" | "selected" | "engaged"; count: number; target: number }[];
  byCohort: { id: string; name: string; recorded: number; longList: number; selected: number }[];
  byTeam: { team: string; recorded: number; longList: number }[];
  cohortsMissing: string[];
};

/** The sample against CQC's numbers, and its spread across cohorts and teams, as tables. */
export function SampleProgress({ progress }: { progress: Progress }) {
  return (
    <section aria-labelledby="progress-heading" className="mb-10">
      <h2 id="progress-heading" className="mb-2 text-2xl font-bold">
        The sample
      </h2>
      <table className="mb-4 border-collapse text-left">
        <caption className="sr-only">
          Cases at each stage of the sample, against the numbers CQC worked to in its pilots
        </caption>
        <thead>
          <tr className="border-b-2 border-gray-900">
            <th scope="col" className="py-1 pr-8">
              Stage
            </th>
            <th scope="col" className="py-1 pr-8">
              Cases
            </th>
            <th scope="col" className="py-1">
              Target
            </th>
          </tr>
        </thead>
        <tbody>
          {progress.stages.map((row) => (
            <tr key={row.stage} className="border-b border-gray-300">
              <th scope="row" className="py-1 pr-8 font-normal">
                {STAGE_LABELS[row.stage]}
              </th>
              <td className="py-1 pr-8 font-bold">{row.count}</td>
              <td className="py-1">
                {row.target} {row.count >= row.target ? "(reached)" : `(${row.target - row.count} to go)`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {progress.cohortsMissing.length > 0 ? (
        <p className="mb-4 max-w-3xl">
          <strong>No case on the long list yet for:</strong> {progress.cohortsMissing.join(", ")}.
        </p>
      ) : (
        <p className="mb-4">Every cohort has at least one case on the long list.</p>
      )}
      <div className="flex flex-wrap gap-10">
        <table className="border-collapse text-left">
          <caption className="mb-1 text-left font-bold">By cohort</caption>
          <thead>
            <tr className="border-b-2 border-gray-900">
              <th scope="col" className="py-1 pr-6">
                Cohort
              </th>
              <th scope="col" className="py-1 pr-6">
                Recorded
              </th>
              <th scope="col" className="py-1 pr-6">
                Long list
              </th>
              <th scope="col" className="py-1">
                Selected
              </th>
            </tr>
          </thead>
          <tbody>
            {progress.byCohort.map((row) => (
              <tr key={row.id} className="border-b border-gray-300">
                <th scope="row" className="py-1 pr-6 font-normal">
                  {row.name}
                </th>
                <td className="py-1 pr-6">{row.recorded}</td>
                <td className="py-1 pr-6">{row.longList}</td>
                <td className="py-1">{row.selected}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="border-collapse text-left">
          <caption className="mb-1 text-left font-bold">By team</caption>
          <thead>
            <tr className="border-b-2 border-gray-900">
              <th scope="col" className="py-1 pr-6">
                Team
              </th>
              <th scope="col" className="py-1 pr-6">
                Recorded
              </th>
              <th scope="col" className="py-1">
                Long list
              </th>
            </tr>
          </thead>
          <tbody>
            {progress.byTeam.map((row) => (
              <tr key={row.team} className="border-b border-gray-300">
                <th scope="row" className="py-1 pr-6 font-normal">
                  {row.team}
                </th>
                <td className="py-1 pr-6">{row.recorded}</td>
                <td className="py-1">{row.longList}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
