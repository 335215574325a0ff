import Link from "next/link";
import { describePointsToNextBand, type WaysUp as WaysUpFigures } from "../domain";

/** The three least-effort ways to the next band, as the board pack gives them. */
export function WaysUp({ waysUp }: { waysUp: WaysUpFigures | null }) {
  if (!waysUp) return null;
  return (
    <section aria-labelledby="ways-up-heading" className="mb-10">
      <h2 id="ways-up-heading" className="mb-2 text-2xl font-bold">
        What would move us up a band
      </h2>
      <p className="mb-2">
        {describePointsToNextBand(waysUp)}. The ways needing least effort, judged by how near each statement&apos;s
        evidence category scores are to the next score and where evidence is missing:
      </p>
      <ol className="mb-2 list-decimal space-y-2 pl-6">
        {waysUp.ways.map((changes, index) => (
          <li key={index}>
            {changes.length === 1 ? (
              changes[0]
            ) : (
              <ul className="list-disc pl-6">
                {changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {waysUp.more > 0 ? (
        <p className="mb-2">There are {waysUp.more} other ways of the same number of points.</p>
      ) : null}
      <p>
        <Link href="/self-assessment/what-if">Try other scores</Link>
      </p>
    </section>
  );
}
