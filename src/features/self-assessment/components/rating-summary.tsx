import { describeSignificantShortfalls, scoresNotAgreedNote, type IndicativeRating } from "@/features/rating/domain";
import { WarningText } from "@/components/feedback/warning-text";

/** The indicative rating in words: rating and percentage, where in the band, or why there is none yet. */
export function RatingSummary({
  rating,
  notAgreed = [],
  headingLevel = 2,
}: {
  rating: IndicativeRating;
  /** Scored statements not yet agreed, named, e.g. "7. Safeguarding (in progress)". */
  notAgreed?: string[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const note = scoresNotAgreedNote(notAgreed);
  // Shown whatever the band, partial ratings included: a statement at 1 is a warning of its own.
  const shortfalls = describeSignificantShortfalls(rating.significantShortfalls);
  return (
    <section aria-labelledby="rating-heading" className="mb-10 border-4 border-gray-900 p-4">
      <Heading id="rating-heading" className="text-2xl font-bold">
        Indicative rating
      </Heading>
      {rating.kind === "complete" ? (
        <>
          <p className="mt-2 text-3xl font-bold">
            {rating.rating}, {rating.percent}%
          </p>
          <p className="mt-2">
            {rating.total} out of {rating.maxTotal} points: {rating.position.placement} {rating.rating}
            {rating.position.nextRating
              ? `, ${rating.position.pointsToNextBand} ${rating.position.pointsToNextBand === 1 ? "point" : "points"} from ${rating.position.nextRating}.`
              : "."}
          </p>
        </>
      ) : rating.kind === "partial" ? (
        <>
          <p className="mt-2 text-2xl font-bold">
            No rating yet: {rating.unscored} of {rating.scored + rating.unscored} statements unscored
          </p>
          <p className="mt-2">
            Partial: the {rating.scored} scored statements come to {rating.percent}% ({rating.total} of{" "}
            {rating.maxTotal} points). CQC rates only when all nine are scored.
          </p>
        </>
      ) : (
        <p className="mt-2 text-2xl font-bold">No statements scored yet</p>
      )}
      {note ? <p className="mt-2 font-bold">{note}</p> : null}
      {shortfalls ? <WarningText>{shortfalls}</WarningText> : null}
      <p className="mt-2 text-base text-gray-700">
        Worked out as CQC does: the nine scores add up to a percentage of 36, rounded up, then read against the rating
        bands. Only CQC awards a rating.
      </p>
    </section>
  );
}
