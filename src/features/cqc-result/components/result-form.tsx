"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Radios } from "@/components/forms/radios";
import { TextInput } from "@/components/forms/text-input";
import { DateInput } from "@/components/forms/date-input";
import { Textarea } from "@/components/forms/textarea";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { readCqcReportAction, recordCqcResultAction } from "../actions";
import { RATINGS } from "../domain";

type Statement = { key: string; number: number; name: string };
type Recorded = {
  version: number;
  publishedOn: Date;
  rating: string;
  percent: number;
  reportUrl: string;
  scores: Record<string, number>;
  findings: Record<string, { text: string }[]>;
};

function valuesOf(result: Recorded | null, statements: Statement[]): Record<string, string> {
  if (!result) return {};
  const values: Record<string, string> = {
    publishedOn: result.publishedOn.toISOString().slice(0, 10),
    rating: result.rating,
    percent: String(result.percent),
    reportUrl: result.reportUrl,
  };
  for (const statement of statements) {
    values[`score-${statement.key}`] = String(result.scores[statement.key] ?? "");
    values[`findings-${statement.key}`] = (result.findings[statement.key] ?? []).map((f) => f.text).join("\n\n");
  }
  return values;
}

/**
 * Paste the report's text to fill the form, check it, then save; or type it in. Each step is a
 * plain form post, so it works before JavaScript loads: the read comes back as the filled form.
 */
export function CqcResultForm({
  statements,
  scoreLabels,
  result,
}: {
  statements: Statement[];
  scoreLabels: { score: number; label: string }[];
  result: Recorded | null;
}) {
  const [pasted, readAction, reading] = useActionState(readCqcReportAction, idle);
  const [saved, saveAction, saving] = useActionState(recordCqcResultAction, idle);
  const pastedData = pasted.status === "ok" ? pasted.data : undefined;
  const values = saved.status === "error" ? saved.values : (pastedData ?? valuesOf(result, statements));
  const errors = saved.status === "error" ? saved.fieldErrors : {};
  const problems = pastedData?.problems ? pastedData.problems.split("\n").filter(Boolean) : [];
  // A new reading of the text fills the fields afresh.
  const formKey = pastedData ? JSON.stringify(pastedData).length + (pastedData.percent ?? "") : "typed";

  return (
    <>
      {saved.status === "error" ? (
        <ErrorSummary formError={saved.formError} fieldErrors={errors} errorId={saved.errorId} />
      ) : null}
      {pasted.status === "error" ? (
        <ErrorSummary formError={pasted.formError} fieldErrors={pasted.fieldErrors} errorId={pasted.errorId} />
      ) : null}
      {pasted.status === "ok" ? (
        <NotificationBanner variant="important" title="Read from the report">
          <p>{pasted.message}</p>
          {problems.length ? (
            <>
              <p className="mt-2 font-bold">Not found in the text:</p>
              <ul className="ml-6 list-disc">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </>
          ) : null}
        </NotificationBanner>
      ) : null}

      <form action={readAction} className="mb-10 max-w-3xl border-l-4 border-gray-300 pl-4">
        <h2 className="mb-2 text-2xl font-bold">Fill the form from the report</h2>
        <Textarea
          id="reportText"
          name="reportText"
          label="Text of the report's pages"
          hint="Open the report on CQC's website, select all of its text, copy it and paste it here. Nothing is saved until you check the form below and save it."
          rows={8}
          error={pasted.status === "error" ? pasted.fieldErrors.reportText : undefined}
        />
        <Button variant="secondary" pending={reading}>
          Fill the form from this text
        </Button>
      </form>

      <form key={formKey} action={saveAction} className="mb-10 max-w-3xl">
        <h2 className="mb-4 text-2xl font-bold">Check and save the result</h2>
        <input type="hidden" name="expectedVersion" value={result?.version ?? 0} />
        <DateInput
          id="publishedOn"
          name="publishedOn"
          label="Date published"
          defaultValue={values.publishedOn ?? ""}
          error={errors.publishedOn}
        />
        <Radios
          name="rating"
          legend="Overall rating"
          options={RATINGS.map((rating) => ({ value: rating, label: rating }))}
          defaultValue={values.rating ?? ""}
          error={errors.rating}
        />
        <TextInput
          id="percent"
          name="percent"
          label="Overall percentage"
          hint="As CQC published it, for example 59 for 59%."
          inputMode="numeric"
          width={3}
          defaultValue={values.percent ?? ""}
          error={errors.percent}
        />
        <TextInput
          id="reportUrl"
          name="reportUrl"
          type="url"
          label="Report's address"
          hint="For example https://www.cqc.org.uk/care-services/local-authority-assessment-reports/…"
          defaultValue={values.reportUrl ?? ""}
          error={errors.reportUrl}
        />
        {statements.map((statement) => (
          <fieldset key={statement.key} className="mb-8 border-t-2 border-gray-300 pt-4">
            <legend className="pt-4 text-xl font-bold">
              {statement.number}. {statement.name}
            </legend>
            <Radios
              name={`score-${statement.key}`}
              legend={`CQC's score for ${statement.name}`}
              options={scoreLabels.map((score) => ({
                value: String(score.score),
                label: `${score.score}: ${score.label}`,
              }))}
              defaultValue={values[`score-${statement.key}`] ?? ""}
              error={errors[`score-${statement.key}`]}
            />
            <Textarea
              id={`findings-${statement.key}`}
              name={`findings-${statement.key}`}
              label={`Key findings for ${statement.name} (optional)`}
              hint="One finding per paragraph, with a blank line between findings."
              rows={5}
              defaultValue={values[`findings-${statement.key}`] ?? ""}
              error={errors[`findings-${statement.key}`]}
            />
          </fieldset>
        ))}
        <Button pending={saving}>Save the CQC result</Button>
      </form>
    </>
  );
}
