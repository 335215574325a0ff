import { DIRECTION_LABELS, type StatementContent } from "../domain";

/** The written self-assessment of one statement, read-only: for agreed statements, readers, print. */
export function StatementReadView({
  content,
  scoreLabels,
  headingLevel = 2,
}: {
  content: StatementContent;
  scoreLabels: { score: number; label: string }[];
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  const scoreLabel = scoreLabels.find((option) => option.score === content.score)?.label;
  return (
    <div className="space-y-6">
      <section>
        <Heading className="text-xl font-bold">What we know: strengths</Heading>
        {content.strengths.length ? (
          <ul className="mt-2 list-disc space-y-2 pl-6">
            {content.strengths.map((item) => (
              <li key={item.id} className="whitespace-pre-wrap">
                {item.text}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-gray-700">None recorded yet.</p>
        )}
      </section>
      <section>
        <Heading className="text-xl font-bold">How we know</Heading>
        <p className="mt-2 whitespace-pre-wrap">{content.howWeKnow || "Not written yet."}</p>
      </section>
      <section>
        <Heading className="text-xl font-bold">Areas for improvement</Heading>
        {content.improvements.length ? (
          <ul className="mt-2 list-disc space-y-2 pl-6">
            {content.improvements.map((item) => (
              <li key={item.id} className="whitespace-pre-wrap">
                {item.text}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-gray-700">None recorded yet.</p>
        )}
      </section>
      <section>
        <Heading className="text-xl font-bold">Direction of travel</Heading>
        <p className="mt-2">
          {content.direction ? <strong>{DIRECTION_LABELS[content.direction]}</strong> : "Not set."}
          {content.directionReason ? ` ${content.directionReason}` : ""}
        </p>
      </section>
      <section>
        <Heading className="text-xl font-bold">Score</Heading>
        <p className="mt-2">
          {content.score ? (
            <strong>
              {content.score}: {scoreLabel}
            </strong>
          ) : (
            "Not scored."
          )}
        </p>
        {content.scoreRationale ? <p className="mt-2 whitespace-pre-wrap">{content.scoreRationale}</p> : null}
      </section>
    </div>
  );
}
