"use client";

import { Button } from "@/components/forms/button";
import { useState } from "react";
import { calculateRating, rankedRoutesToNextBand, type Band, type Score } from "@/features/rating/domain";
import { RatingSummary } from "./rating-summary";

type Statement = { key: string; number: number; name: string; score: Score | null; categoryPercent: number | null };

/**
 * A sandbox: change scores and watch the rating move. Nothing here is saved. Also lists the
 * ways of reaching the next band with the fewest points, least effort first (statements whose
 * evidence category scores are nearest the next score).
 */
export function WhatIf({ statements, bands }: { statements: Statement[]; bands: Band[] }) {
  const [scores, setScores] = useState<Record<string, Score | null>>(() =>
    Object.fromEntries(statements.map((statement) => [statement.key, statement.score])),
  );
  const current = statements.map((statement) => ({ key: statement.key, score: scores[statement.key] ?? null }));
  const rating = calculateRating(
    statements.map((statement) => ({
      key: statement.key,
      score: scores[statement.key] ?? null,
      name: `${statement.number}. ${statement.name}`,
    })),
    bands,
  );
  const complete = current.every((statement) => statement.score !== null);
  const moves = complete
    ? rankedRoutesToNextBand(
        statements.map((statement) => ({
          key: statement.key,
          score: scores[statement.key]!,
          categoryPercent: statement.categoryPercent,
          evidenceGaps: [],
        })),
        bands,
        5,
      )
    : null;
  const nameOf = (key: string) => statements.find((statement) => statement.key === key)?.name ?? key;
  const changed = statements.filter((statement) => scores[statement.key] !== statement.score).length;

  return (
    <div className="grid gap-10 lg:grid-cols-2">
      <form aria-labelledby="sandbox-heading" onSubmit={(event) => event.preventDefault()}>
        <h2 id="sandbox-heading" className="mb-2 text-2xl font-bold">
          Scores to try
        </h2>
        <p className="mb-4 text-gray-700">
          {changed === 0
            ? "These are your saved scores."
            : `${changed} changed from your saved scores. Nothing here is saved.`}
        </p>
        {statements.map((statement) => (
          <div key={statement.key} className="mb-4">
            <label htmlFor={`whatif-${statement.key}`} className="block font-bold">
              {statement.number}. {statement.name}
              {scores[statement.key] !== statement.score ? (
                <span className="font-normal"> (saved: {statement.score ?? "none"})</span>
              ) : null}
            </label>
            <select
              id={`whatif-${statement.key}`}
              value={scores[statement.key] ?? ""}
              onChange={(event) =>
                setScores({
                  ...scores,
                  [statement.key]: event.currentTarget.value ? (Number(event.currentTarget.value) as Score) : null,
                })
              }
              className="mt-1 border-2 border-gray-900 p-2"
            >
              <option value="">Not scored</option>
              {[1, 2, 3, 4].map((score) => (
                <option key={score} value={score}>
                  {score}
                </option>
              ))}
            </select>
          </div>
        ))}
        <Button
          type="button"
          variant="link"
          onClick={() => setScores(Object.fromEntries(statements.map((statement) => [statement.key, statement.score])))}
        >
          Go back to the saved scores
        </Button>
      </form>
      <div aria-live="polite">
        <RatingSummary rating={rating} />
        <section aria-labelledby="moves-heading">
          <h2 id="moves-heading" className="mb-2 text-2xl font-bold">
            What would move us up a band
          </h2>
          {!complete ? (
            <p>Score all nine statements to see this.</p>
          ) : !moves ? (
            <p>Outstanding is the top band.</p>
          ) : (
            <>
              <p className="mb-4">
                {moves.pointsNeeded} more {moves.pointsNeeded === 1 ? "point" : "points"} would reach {moves.nextRating}
                . The ways needing least effort, statements whose evidence category scores are nearest the next score
                first:
              </p>
              <ol className="list-decimal space-y-2 pl-6">
                {moves.routes.map((route, index) => (
                  <li key={index}>
                    {route.changes
                      .map((change) => `${nameOf(change.key)} from ${change.from} to ${change.to}`)
                      .join("; and ")}
                  </li>
                ))}
              </ol>
              {moves.more > 0 ? <p className="mt-2">…and {moves.more} more ways of the same size.</p> : null}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
