"use client";

import { scoreChoices } from "@/features/framework/domain";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { idle } from "@/lib/actions/result";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Textarea } from "@/components/forms/textarea";
import { Radios } from "@/components/forms/radios";
import { Button } from "@/components/forms/button";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { suggestedScoreFromCategories, type Score } from "@/features/rating/domain";
import { saveStatementAction } from "../actions";
import {
  DIRECTION_LABELS,
  DIRECTIONS,
  RECOMMENDED_WORDS,
  countWords,
  type ListItem,
  type StatementContent,
} from "../domain";
import { ConflictPanel } from "./conflict-panel";

type Props = {
  statementKey: string;
  /** Ids for the empty rows, made on the server, so an item keeps its id from its first save. */
  newItemIds: string[];
  version: number;
  content: StatementContent;
  savedBy: string | null;
  scoreLabels: { score: number; label: string }[];
  /** CQC's rating characteristics for this statement, when the framework version carries them. */
  ratingCharacteristics?: { score: number; text: string }[] | null;
  categories: { key: string; name: string }[];
};

export const BLANK_ROWS = 2;

/** The self-assessment of one statement. Works without JavaScript; with it, warns before leaving unsaved text. */
export function StatementForm({
  statementKey,
  newItemIds,
  version,
  content,
  savedBy,
  scoreLabels,
  ratingCharacteristics,
  categories,
}: Props) {
  const [state, formAction, pending] = useActionState(saveStatementAction, idle);
  // Unsaved text since the last successful save: a ref, read by the leave-page guards below.
  const dirty = useRef(false);
  const [categoryScores, setCategoryScores] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(content.categoryScores).map(([key, score]) => [key, String(score)])),
  );
  const formRef = useRef<HTMLFormElement>(null);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};

  useEffect(() => {
    if (state.status === "ok") dirty.current = false;
  }, [state]);
  useEffect(() => {
    // Closing the tab or reloading: the browser's own warning.
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    // Links inside the app navigate without unloading the page, so ask before following them.
    const confirmLeave = (event: MouseEvent) => {
      if (!dirty.current) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!link || link.getAttribute("href")?.startsWith("#")) return;
      if (!window.confirm("You have changes that are not saved. Leave this page and lose them?")) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", confirmLeave, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", confirmLeave, true);
    };
  }, []);

  const chosen = Object.values(categoryScores)
    .filter(Boolean)
    .map((value) => Number(value) as Score);
  const suggestion = suggestedScoreFromCategories(chosen);

  return (
    <>
      {state.status === "ok" ? (
        <NotificationBanner>
          <p>{state.message}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary
        formError={state.status === "error" ? state.formError : undefined}
        fieldErrors={errors}
        errorId={state.status === "error" ? state.errorId : undefined}
      />
      {state.status === "error" && state.code === "stale" ? (
        <ConflictPanel yours={state.values} theirs={content} savedBy={savedBy} />
      ) : null}
      <form
        ref={formRef}
        action={formAction}
        onInput={() => (dirty.current = true)}
        onSubmit={(event) => {
          // Sent by hand rather than as a form action, so React does not reset the fields afterwards
          // and text typed while a save is under way stays put.
          event.preventDefault();
          const formData = new FormData(event.currentTarget);
          startTransition(() => formAction(formData));
        }}
        noValidate
      >
        <input type="hidden" name="statementKey" value={statementKey} />
        <input type="hidden" name="expectedVersion" value={version} readOnly />

        <ListSection
          name="strengths"
          legend="What we know: strengths"
          hint="One strength per box, each something you can show evidence for. Add more boxes by saving."
          itemLabel="Strength"
          items={content.strengths}
          newIds={newItemIds.slice(0, BLANK_ROWS)}
          values={values}
          recommended={RECOMMENDED_WORDS.strengths}
        />
        <Textarea
          id="howWeKnow"
          name="howWeKnow"
          label="How we know"
          hint="The evidence and data behind these strengths: audits, feedback, performance data."
          defaultValue={values.howWeKnow ?? content.howWeKnow}
          error={errors.howWeKnow}
          recommendedWords={RECOMMENDED_WORDS.howWeKnow}
        />
        <ListSection
          name="improvements"
          legend="Areas for improvement"
          hint="Be open about weaknesses and say what you are doing about them."
          itemLabel="Area for improvement"
          items={content.improvements}
          newIds={newItemIds.slice(BLANK_ROWS)}
          values={values}
          recommended={RECOMMENDED_WORDS.improvements}
        />

        <Radios
          id="direction"
          name="direction"
          legend="Direction of travel"
          options={DIRECTIONS.map((direction) => ({ value: direction, label: DIRECTION_LABELS[direction] }))}
          defaultValue={values.direction ?? content.direction ?? undefined}
          error={errors.direction}
        />
        <Textarea
          id="directionReason"
          name="directionReason"
          label="Reason for the direction of travel"
          rows={3}
          defaultValue={values.directionReason ?? content.directionReason}
          error={errors.directionReason}
          recommendedWords={RECOMMENDED_WORDS.directionReason}
        />

        <Radios
          id="score"
          name="score"
          legend="Score"
          hint="CQC scores each quality statement from 1 to 4."
          options={scoreChoices(scoreLabels, ratingCharacteristics ?? null)}
          defaultValue={values.score ?? (content.score ? String(content.score) : undefined)}
          error={errors.score}
        />
        <Textarea
          id="scoreRationale"
          name="scoreRationale"
          label="Why this score"
          rows={4}
          defaultValue={values.scoreRationale ?? content.scoreRationale}
          error={errors.scoreRationale}
          recommendedWords={RECOMMENDED_WORDS.scoreRationale}
        />

        <details className="mb-8 border-l-4 border-gray-300 pl-4" open={chosen.length > 0}>
          <summary className="cursor-pointer font-bold underline">Score each evidence category (optional)</summary>
          <p className="mt-2">
            CQC&apos;s earlier method scored each evidence category and converted the total into a statement score.
            Current guidance scores the statement directly.
          </p>
          <div className="mt-4 grid gap-4 sm:grid-cols-2">
            {categories.map((category) => (
              <div key={category.key}>
                <label htmlFor={`category.${category.key}`} className="block font-bold">
                  {category.name}
                </label>
                <select
                  id={`category.${category.key}`}
                  name={`category.${category.key}`}
                  value={categoryScores[category.key] ?? ""}
                  onChange={(event) =>
                    setCategoryScores({ ...categoryScores, [category.key]: event.currentTarget.value })
                  }
                  className="mt-1 border-2 border-gray-900 p-2"
                >
                  <option value="">Not scored</option>
                  {scoreLabels.map((option) => (
                    <option key={option.score} value={option.score}>
                      {option.score}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <p className="mt-4" aria-live="polite">
            {suggestion
              ? `The earlier method would suggest a score of ${suggestion.score} (${suggestion.percent}%). It is only a suggestion: the score above is the one that counts.`
              : "Score one or more categories to see what the earlier method would suggest."}
          </p>
        </details>

        <Button pending={pending}>Save statement</Button>
      </form>
    </>
  );
}

function ListSection({
  name,
  legend,
  hint,
  itemLabel,
  items,
  newIds,
  values,
  recommended,
}: {
  name: string;
  legend: string;
  hint: string;
  itemLabel: string;
  items: ListItem[];
  newIds: string[];
  values: Record<string, string>;
  recommended: number;
}) {
  const rows = [...items, ...newIds.map((id) => ({ id, text: "" }))];
  const [total, setTotal] = useState(() => items.reduce((sum, item) => sum + countWords(item.text), 0));
  return (
    <fieldset
      className="mb-8"
      aria-describedby={`${name}-hint ${name}-count`}
      onInput={(event) => {
        const texts = [...event.currentTarget.querySelectorAll("textarea")].map((element) => element.value);
        setTotal(texts.reduce((sum, text) => sum + countWords(text), 0));
      }}
    >
      <legend className="text-2xl font-bold">{legend}</legend>
      <p id={`${name}-hint`} className="mb-4 text-gray-700">
        {hint}
      </p>
      {rows.map((item, index) => (
        <div key={index}>
          <input type="hidden" name={`${name}.${index}.id`} value={item.id} />
          <Textarea
            id={`${name}.${index}.text`}
            name={`${name}.${index}.text`}
            label={`${itemLabel} ${index + 1}`}
            labelClassName="block"
            rows={3}
            defaultValue={values[`${name}.${index}.text`] ?? item.text}
          />
        </div>
      ))}
      <p
        id={`${name}-count`}
        aria-live="polite"
        className={total > recommended ? "font-bold text-[var(--color-error)]" : "text-gray-700"}
      >
        {total} words in all (recommended up to {recommended})
        {total > recommended ? `: ${total - recommended} over` : ""}
      </p>
    </fieldset>
  );
}
