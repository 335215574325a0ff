import type { Metadata } from "next";
import Link from "next/link";
import { loadCaseSettings } from "@/features/cases/loaders";
import { AddCohortForm, AddQuestionForm, CloseCaseTrackingForm } from "@/features/cases/components/settings-forms";
import { removeCohortAction, retireAuditQuestionAction } from "@/features/cases/actions";
import { SmallActionForm } from "@/components/forms/small-action-form";

export const metadata: Metadata = { title: "Case tracking settings" };

export default async function CaseSettingsPage() {
  const { cohorts, questions, statements, cases } = await loadCaseSettings();
  const statementName = (key: string) => {
    const statement = statements.find((entry) => entry.key === key);
    return statement ? `${statement.number}. ${statement.name}` : key;
  };
  return (
    <>
      <Link href="/cases" className="mb-6 inline-block">
        Back to cases
      </Link>
      <h1 className="mb-8 text-4xl font-bold">Case tracking settings</h1>

      <section aria-labelledby="cohorts-heading" className="mb-12">
        <h2 id="cohorts-heading" className="mb-2 text-2xl font-bold">
          Cohorts and pathways
        </h2>
        <p className="mb-4 max-w-3xl">
          CQC sets its criteria for each assessment. Match this list to them; a cohort with cases cannot be removed.
        </p>
        <ul className="mb-6 max-w-3xl">
          {cohorts.map((cohort) => (
            <li
              key={cohort.id}
              className="flex flex-wrap items-center justify-between gap-4 border-b border-gray-300 py-2"
            >
              <span>
                {cohort.name}{" "}
                <span className="text-gray-700">
                  ({cohort.cases} {cohort.cases === 1 ? "case" : "cases"})
                </span>
              </span>
              {cohort.cases === 0 ? (
                <SmallActionForm
                  action={removeCohortAction}
                  fields={{ cohortId: cohort.id }}
                  label="Remove"
                  target={cohort.name}
                />
              ) : null}
            </li>
          ))}
        </ul>
        <AddCohortForm />
      </section>

      <section aria-labelledby="questions-heading" className="mb-12">
        <h2 id="questions-heading" className="mb-2 text-2xl font-bold">
          Case audit questions
        </h2>
        <p className="mb-4 max-w-3xl">
          Each question informs one quality statement; the answers show on that statement&apos;s self-assessment page. A
          question no longer asked keeps the answers it has.
        </p>
        <ol className="mb-6 max-w-3xl list-decimal pl-6">
          {questions.map((question) => (
            <li key={question.id} className="border-b border-gray-300 py-2">
              <p>{question.text}</p>
              <p className="text-base text-gray-700">{statementName(question.statementKey)}</p>
              <SmallActionForm
                action={retireAuditQuestionAction}
                fields={{ questionId: question.id }}
                label="Stop asking"
                target={question.text}
              />
            </li>
          ))}
        </ol>
        <AddQuestionForm statements={statements} />
      </section>

      <section aria-labelledby="export-heading" className="mb-12">
        <h2 id="export-heading" className="mb-2 text-2xl font-bold">
          Export the sample for CQC
        </h2>
        <p className="mb-4 max-w-3xl">
          A CSV of every case on the long list, selected or engaged. Each export is recorded in the audit log.
        </p>
        <ul className="list-disc pl-6">
          <li>
            <a href="/api/cases/export" download>
              Download the sample (CSV, without equality information)
            </a>
          </li>
          <li>
            <a href="/api/cases/export?equality=yes" download>
              Download the sample with equality information (CSV)
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="close-heading">
        <h2 id="close-heading" className="mb-2 text-2xl font-bold">
          After the assessment
        </h2>
        <p className="mb-4 max-w-3xl">
          Keep case data no longer than you need it. When CQC has published its report, anonymise or delete every case
          in one step. It is recorded in the audit log.
        </p>
        {cases > 0 ? <CloseCaseTrackingForm cases={cases} /> : <p>There are no cases.</p>}
      </section>
    </>
  );
}
