import type { Metadata } from "next";
import Link from "next/link";
import { loadPrintView } from "@/features/self-assessment/loaders";
import { RatingSummary } from "@/features/self-assessment/components/rating-summary";
import { StatementReadView } from "@/features/self-assessment/components/statement-read-view";
import { STATUS_LABELS } from "@/features/self-assessment/domain";
import { formatDate } from "@/components/format/date";

export const metadata: Metadata = { title: "Print – Self-assessment" };

// The whole self-assessment, theme by theme, laid out to print cleanly for a board paper.
export default async function PrintPage() {
  const { councilName, themes, rating, notAgreed, scoreLabels } = await loadPrintView();
  return (
    <article>
      <p className="mb-6 print:hidden">
        <Link href="/self-assessment">Back to the self-assessment</Link>. Use your browser&apos;s print command to print
        this page or save it as a PDF.
      </p>
      <h1 className="mb-2 text-4xl font-bold">{councilName}: adult social care self-assessment</h1>
      <p className="mb-8 text-lg">
        Printed {formatDate(new Date())}. Prepared for the Care Quality Commission&apos;s assessment of the
        council&apos;s Care Act duties.
      </p>
      <RatingSummary rating={rating} notAgreed={notAgreed} />
      {themes.map((theme) => (
        <section key={theme.key} aria-labelledby={`print-theme-${theme.key}`} className="mb-12">
          <h2
            id={`print-theme-${theme.key}`}
            className="mb-6 border-b-4 border-gray-900 pb-2 text-3xl font-bold print:break-before-page"
          >
            Theme {theme.number}: {theme.name}
          </h2>
          {theme.statements.map((statement) => (
            <section
              key={statement.key}
              aria-labelledby={`print-${statement.key}`}
              className="mb-10 print:break-inside-avoid-page"
            >
              <h3 id={`print-${statement.key}`} className="text-2xl font-bold">
                {statement.number}. {statement.name}
              </h3>
              <p className="mb-2 text-base text-gray-700">Status: {STATUS_LABELS[statement.status]}</p>
              <blockquote className="mb-2 border-l-4 border-gray-500 pl-4 italic">{statement.weStatement}</blockquote>
              {statement.iStatements.length ? (
                <ul className="mb-4 list-disc pl-6 text-base">
                  {statement.iStatements.map((item) => (
                    <li key={item.key}>{item.text}</li>
                  ))}
                </ul>
              ) : null}
              <StatementReadView content={statement.content} scoreLabels={scoreLabels} headingLevel={4} />
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}
